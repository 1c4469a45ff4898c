import { randomUUID } from 'node:crypto';
import type { LeadQueryOptions, LeadRequest } from '@dispositions/api-types';
import type { Knex } from 'knex';
import { transaction } from '../db/transaction';
import { NotFoundError } from '../domain/errors';
import type { Precondition } from '../domain/precondition';
import { toLeadColumns } from '../mappers/lead.mapper';
import type { Page } from '../query/keyset-page';
import * as leads from '../repositories/leads.repository';
import type { LeadRow } from '../repositories/tables';

export async function createLead(db: Knex, businessId: string, request: LeadRequest): Promise<LeadRow> {
  return leads.insertLead(db, { business_id: businessId, id: randomUUID(), ...toLeadColumns(request) });
}

export async function findLead(db: Knex, businessId: string, id: string): Promise<LeadRow> {
  const row = await leads.findLead(db, businessId, id);
  if (!row) throw new NotFoundError('Lead', id);
  return row;
}

/**
 * Runs a write to a lead. With a precondition (`If-Match`) it runs in a transaction, after
 * locking the lead (the lock every change to its current disposition takes too) and
 * checking the lead as it is then; without one it just runs, and the last write wins.
 */
async function writeLead<T>(
  db: Knex,
  businessId: string,
  id: string,
  precondition: Precondition<LeadRow> | undefined,
  write: (db: Knex) => Promise<T>,
): Promise<T> {
  if (!precondition) return write(db);
  return transaction(db, async (trx) => {
    const [locked] = await leads.lockLeads(trx, businessId, [id]);
    const current = locked ? await leads.findLead(trx, businessId, id) : undefined;
    if (!current) throw new NotFoundError('Lead', id);
    precondition(current);
    return write(trx);
  });
}

/** Changes the fields the request sends (null clears). */
export async function updateLead(db: Knex, businessId: string, id: string, request: LeadRequest, precondition?: Precondition<LeadRow>): Promise<LeadRow> {
  return writeLead(db, businessId, id, precondition, async (from) => {
    if (!(await leads.updateLead(from, businessId, id, toLeadColumns(request)))) throw new NotFoundError('Lead', id);
    return findLead(from, businessId, id);
  });
}

/** Deletes the lead and, with it, its history. */
export async function deleteLead(db: Knex, businessId: string, id: string, precondition?: Precondition<LeadRow>): Promise<void> {
  await writeLead(db, businessId, id, precondition, async (from) => {
    if (!(await leads.deleteLead(from, businessId, id))) throw new NotFoundError('Lead', id);
  });
}

export async function queryLeads(db: Knex, businessId: string, options: LeadQueryOptions, tokenSecret: string): Promise<Page<LeadRow>> {
  return leads.queryLeads(db, businessId, options, tokenSecret);
}
