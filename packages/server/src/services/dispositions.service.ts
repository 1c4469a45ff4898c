import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { CreateDispositionRequest, UpdateDispositionRequest } from '@dispositions/api-types';
import { transaction } from '../db/transaction';
import { NotFoundError, ValidationError } from '../http/errors';
import type { Precondition } from '../http/preconditions';
import { toDispositionColumns, type DispositionRow } from '../mappers/disposition.mapper';
import * as dispositions from '../repositories/dispositions.repository';
import { lockLeads, pointAtNewestDisposition } from '../repositories/leads.repository';

// The rule that spans tables: a lead's current disposition is always its newest by
// (timestamp, id). Every write locks the lead(s) it touches first, then brings the
// pointer up to date in the same transaction.

function checkAppointment(start: Date | string | null | undefined, end: Date | string | null | undefined): void {
  if (start && end && new Date(end).getTime() < new Date(start).getTime()) {
    throw ValidationError.at('/body/appointmentEndAt', 'must not be before appointmentStartAt', 'appointment.range');
  }
}

export async function createDisposition(db: Knex, businessId: string, request: CreateDispositionRequest): Promise<DispositionRow> {
  checkAppointment(request.appointmentStartAt, request.appointmentEndAt);
  return transaction(db, async (trx) => {
    const [leadId] = await lockLeads(trx, businessId, [request.leadId]);
    if (!leadId) throw new NotFoundError('Lead', request.leadId);
    const row = await dispositions.insertDisposition(trx, {
      business_id: businessId,
      id: randomUUID(),
      timestamp: trx.fn.now(),
      ...toDispositionColumns(request),
    });
    await pointAtNewestDisposition(trx, businessId, leadId, row.id);
    return row;
  });
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
  id: string,
  otherLeadId: string | undefined,
  work: (trx: Knex.Transaction, current: DispositionRow, lockedLeadIds: string[]) => Promise<T>,
): Promise<T> {
  for (;;) {
    const before = await dispositions.findDisposition(db, businessId, id);
    if (!before) throw new NotFoundError('Disposition', id);
    try {
      return await transaction(db, async (trx) => {
        const locked = await lockLeads(trx, businessId, otherLeadId ? [before.lead_id, otherLeadId] : [before.lead_id]);
        const current = await dispositions.findDisposition(trx, businessId, id);
        if (!current) throw new NotFoundError('Disposition', id);
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
  id: string,
  request: UpdateDispositionRequest,
  precondition?: Precondition<DispositionRow>,
): Promise<DispositionRow> {
  return withDispositionLocked(db, businessId, id, request.leadId, async (trx, current, lockedLeadIds) => {
    precondition?.(current);
    if (request.leadId && !lockedLeadIds.includes(request.leadId)) throw new NotFoundError('Lead', request.leadId);
    checkAppointment(
      request.appointmentStartAt !== undefined ? request.appointmentStartAt : current.appointment_start_at,
      request.appointmentEndAt !== undefined ? request.appointmentEndAt : current.appointment_end_at,
    );
    const row = await dispositions.updateDisposition(trx, businessId, id, toDispositionColumns(request));
    for (const leadId of new Set([current.lead_id, row.lead_id])) {
      await pointAtNewestDisposition(trx, businessId, leadId, id);
    }
    return row;
  });
}

export async function deleteDisposition(db: Knex, businessId: string, id: string, precondition?: Precondition<DispositionRow>): Promise<void> {
  await withDispositionLocked(db, businessId, id, undefined, async (trx, current) => {
    precondition?.(current);
    await dispositions.deleteDisposition(trx, businessId, id);
    await pointAtNewestDisposition(trx, businessId, current.lead_id, id);
  });
}
