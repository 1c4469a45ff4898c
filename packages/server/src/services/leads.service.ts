import type { Knex } from 'knex';
import { transaction } from '../db/transaction';
import { NotFoundError } from '../http/errors';
import type { Precondition } from '../http/preconditions';
import type { LeadRow } from '../mappers/lead.mapper';
import { findLead, lockLeads } from '../repositories/leads.repository';

/**
 * Runs a write to a lead. With a precondition (`If-Match`) it runs in a transaction, after
 * locking the lead (the lock every change to its current disposition takes too) and
 * checking the lead as it is then; without one it just runs, and the last write wins.
 */
export async function writeLead<T>(
  db: Knex,
  businessId: string,
  id: string,
  precondition: Precondition<LeadRow> | undefined,
  write: (db: Knex) => Promise<T>,
): Promise<T> {
  if (!precondition) return write(db);
  return transaction(db, async (trx) => {
    const [locked] = await lockLeads(trx, businessId, [id]);
    const current = locked ? await findLead(trx, businessId, id) : undefined;
    if (!current) throw new NotFoundError('Lead', id);
    precondition(current);
    return write(trx);
  });
}
