import { randomUUID } from 'node:crypto';
import type { CreateDispositionRequest, UpdateDispositionRequest } from '@dispositions/api-types';
import type { Knex } from 'knex';
import { transaction } from '../db/transaction';
import { LeadStatusUnavailableError, NotFoundError, ValidationError } from '../http/errors';
import type { Precondition } from '../http/preconditions';
import { type DispositionColumns, type DispositionRow, toDispositionColumns } from '../mappers/disposition.mapper';
import * as dispositions from '../repositories/dispositions.repository';
import { findLeadStatusNamed } from '../repositories/lead-statuses.repository';
import { lockLeads, pointAtNewestDisposition } from '../repositories/leads.repository';

// The rules that span tables, for both vocabularies (dispositions and lead status changes
// are the same rows). A lead's current disposition is always its newest by (timestamp, id):
// every write locks the lead(s) it touches first, then brings the pointer up to date in the
// same transaction. A change's outcome that names a lead status of the catalog takes its
// category, and may not name an archived one anew.

/** Who records a change: the API key's business, and the user the key was issued to, if any. */
export interface Caller {
  businessId: string;
  userId: string | null;
}

function checkAppointment(start: Date | string | null | undefined, end: Date | string | null | undefined): void {
  if (start && end && new Date(end).getTime() < new Date(start).getTime()) {
    throw ValidationError.at('/body/appointmentEndAt', 'must not be before appointmentStartAt', 'appointment.range');
  }
}

/**
 * The columns with the catalog's say: an outcome naming an active lead status (ignoring
 * case) gives its category when the request sends none; naming an archived one is refused
 * when the outcome is new (`previousOutcome` is the stored one, on an update).
 */
async function withCatalog(db: Knex, businessId: string, columns: DispositionColumns, previousOutcome?: string): Promise<DispositionColumns> {
  const outcome = columns.outcome as string | undefined;
  if (outcome === undefined) return columns;
  const status = await findLeadStatusNamed(db, businessId, outcome);
  if (!status) return columns;
  if (status.is_archived) {
    if (previousOutcome?.toLowerCase() === outcome.toLowerCase()) return columns;
    throw new LeadStatusUnavailableError(status.name);
  }
  return columns.category === undefined ? { ...columns, category: status.category } : columns;
}

export async function createDisposition(db: Knex, caller: Caller, request: CreateDispositionRequest): Promise<DispositionRow> {
  checkAppointment(request.appointmentStartAt, request.appointmentEndAt);
  const { businessId } = caller;
  return transaction(db, async (trx) => {
    const [leadId] = await lockLeads(trx, businessId, [request.leadId]);
    if (!leadId) throw new NotFoundError('Lead', request.leadId);
    const columns = await withCatalog(trx, businessId, toDispositionColumns(request));
    const previous = await dispositions.currentDispositionOf(trx, businessId, leadId);
    const row = await dispositions.insertDisposition(trx, {
      business_id: businessId,
      id: randomUUID(),
      timestamp: trx.fn.now(),
      changed_by_user_id: caller.userId,
      old_disposition_id: previous?.id ?? null,
      old_disposition_outcome: previous?.outcome ?? null,
      old_disposition_type: previous?.type ?? null,
      ...columns,
    });
    await pointAtNewestDisposition(trx, businessId, leadId, row.id);
    return row;
  });
}

/** A disposition named as its vocabulary names it ('Disposition', 'Lead status change'), for problems. */
export interface Named {
  what: string;
  id: string;
}

/** Thrown when the disposition moved to another lead between the read and the lock. */
class MovedMeanwhile extends Error {}

/**
 * Runs `work` with the disposition's lead (and `otherLeadId`, if given) locked and the
 * disposition read again under that lock. Which lead to lock is only known from a read
 * before the lock, so a concurrent move is detected and the whole thing started over.
 */
async function withDispositionLocked<T>(
  db: Knex,
  businessId: string,
  what: string,
  id: string,
  otherLeadId: string | undefined,
  work: (trx: Knex.Transaction, current: DispositionRow, lockedLeadIds: string[]) => Promise<T>,
): Promise<T> {
  for (;;) {
    const before = await dispositions.findDispositionLead(db, businessId, id);
    if (!before) throw new NotFoundError(what, id);
    try {
      return await transaction(db, async (trx) => {
        const locked = await lockLeads(trx, businessId, otherLeadId ? [before.lead_id, otherLeadId] : [before.lead_id]);
        const current = await dispositions.findDisposition(trx, businessId, id);
        if (!current) throw new NotFoundError(what, id);
        if (current.lead_id !== before.lead_id) throw new MovedMeanwhile();
        return work(trx, current, locked);
      });
    } catch (error) {
      if (!(error instanceof MovedMeanwhile)) throw error;
    }
  }
}

export async function updateDisposition(
  db: Knex,
  businessId: string,
  { what, id }: Named,
  request: UpdateDispositionRequest,
  precondition?: Precondition<DispositionRow>,
): Promise<DispositionRow> {
  return withDispositionLocked(db, businessId, what, id, request.leadId, async (trx, current, lockedLeadIds) => {
    precondition?.(current);
    if (request.leadId && !lockedLeadIds.includes(request.leadId)) throw new NotFoundError('Lead', request.leadId);
    checkAppointment(
      request.appointmentStartAt !== undefined ? request.appointmentStartAt : current.appointment_start_at,
      request.appointmentEndAt !== undefined ? request.appointmentEndAt : current.appointment_end_at,
    );
    const columns = await withCatalog(trx, businessId, toDispositionColumns(request), current.outcome);
    const row = await dispositions.updateDisposition(trx, businessId, id, columns);
    for (const leadId of new Set([current.lead_id, row.lead_id])) {
      await pointAtNewestDisposition(trx, businessId, leadId, id);
    }
    return row;
  });
}

export async function deleteDisposition(db: Knex, businessId: string, { what, id }: Named, precondition?: Precondition<DispositionRow>): Promise<void> {
  await withDispositionLocked(db, businessId, what, id, undefined, async (trx, current) => {
    precondition?.(current);
    await dispositions.deleteDisposition(trx, businessId, id);
    await pointAtNewestDisposition(trx, businessId, current.lead_id, id);
  });
}
