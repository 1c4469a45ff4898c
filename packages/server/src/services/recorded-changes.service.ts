import { randomUUID } from 'node:crypto';
import type { CreateDispositionRequest, DispositionQueryOptions, UpdateDispositionRequest } from '@dispositions/api-types';
import type { Knex } from 'knex';
import { transaction } from '../db/transaction';
import { HistoryTooLongError, InvalidFieldsError, LeadStatusUnavailableError, NotFoundError } from '../domain/errors';
import type { Precondition } from '../domain/precondition';
import { toDispositionColumns } from '../mappers/recorded-change.mapper';
import type { Page } from '../query/keyset-page';
import type { NamedStatus } from '../repositories/disposition-writes.repository';
import * as writes from '../repositories/disposition-writes.repository';
import * as dispositions from '../repositories/dispositions.repository';
import type { DispositionColumns, DispositionRow } from '../repositories/tables';

// The rules of recorded changes, for both vocabularies: a Leadping disposition and a lead
// status change are the same row. A lead's current disposition is always its newest by
// (timestamp, id): every write locks the lead(s) it touches first, then brings the pointer up
// to date in the same transaction. A change's outcome that names a lead status of the catalog
// takes its category, and may not name an archived one anew.

/** The most records one JSON document holds (the history, the JSON export); the query endpoints page through any number. */
export const jsonHistoryLimit = 1_000;

/** The most records a CSV export streams, in constant memory. */
export const csvExportLimit = 100_000;

/** What the problems of this service call a record; each vocabulary names it its own way. */
export const recordNoun = 'Disposition';

/** Who records a change: the API key's business, and the user the key was issued to, if any. */
export interface Caller {
  businessId: string;
  userId: string | null;
}

function checkAppointment(start: Date | string | null | undefined, end: Date | string | null | undefined): void {
  if (start && end && new Date(end).getTime() < new Date(start).getTime()) {
    throw InvalidFieldsError.at('/body/appointmentEndAt', 'must not be before appointmentStartAt', 'appointment.range');
  }
}

/**
 * The columns with the catalog's say: an outcome naming an active lead status (ignoring
 * case) gives its category when the request sends none; naming an archived one is refused
 * when the outcome is new (`previousOutcome` is the stored one, on an update).
 */
function withCatalog(columns: DispositionColumns, status: NamedStatus | undefined, previousOutcome?: string): DispositionColumns {
  const outcome = columns.outcome as string | undefined;
  if (outcome === undefined || !status) return columns;
  if (status.is_archived) {
    if (previousOutcome?.toLowerCase() === outcome.toLowerCase()) return columns;
    throw new LeadStatusUnavailableError(status.name);
  }
  return columns.category === undefined ? { ...columns, category: status.category } : columns;
}

// Each write is four statements: BEGIN, the lock (with what the write depends on, read
// under it), the write with the repoint of the current disposition, COMMIT.

/** Records a change of a lead; it becomes the lead's current one when it is the newest. */
export async function recordChange(db: Knex, caller: Caller, request: CreateDispositionRequest): Promise<DispositionRow> {
  checkAppointment(request.appointmentStartAt, request.appointmentEndAt);
  const { businessId } = caller;
  return transaction(db, async (trx) => {
    const locked = await writes.lockLeadForNewChange(trx, businessId, request.leadId, request.outcome);
    if (!locked) throw new NotFoundError('Lead', request.leadId);
    const columns = withCatalog(toDispositionColumns(request), locked.status);
    return writes.insertChangeAndRepoint(trx, {
      timestamp: trx.fn.now(),
      changed_by_user_id: caller.userId,
      ...columns,
      business_id: businessId,
      id: randomUUID(),
      lead_id: request.leadId,
    });
  });
}

export async function findRecordedChange(db: Knex, businessId: string, id: string): Promise<DispositionRow> {
  const row = await dispositions.findDisposition(db, businessId, id);
  if (!row) throw new NotFoundError(recordNoun, id);
  return row;
}

/** Thrown when the disposition moved to another lead between the read of its lead and the lock. */
class MovedMeanwhile extends Error {}

/**
 * Runs `work` with the disposition's lead (and `otherLeadId`, if given) locked and the
 * disposition as it is under that lock. Which lead to lock is read before the lock, so a
 * concurrent move is detected and the whole thing started over.
 */
async function withChangeLocked<T>(
  db: Knex,
  businessId: string,
  id: string,
  otherLeadId: string | undefined,
  outcome: string | undefined,
  work: (trx: Knex.Transaction, locked: { row: DispositionRow; lockedLeadIds: string[]; status: NamedStatus | undefined }) => Promise<T>,
): Promise<T> {
  for (;;) {
    try {
      return await transaction(db, async (trx) => {
        const locked = await writes.lockChangeForWrite(trx, businessId, id, otherLeadId, outcome);
        if (!locked) throw new NotFoundError(recordNoun, id);
        if (!locked.lockedLeadIds.includes(locked.row.lead_id)) throw new MovedMeanwhile();
        return work(trx, locked);
      });
    } catch (error) {
      if (!(error instanceof MovedMeanwhile)) throw error;
    }
  }
}

/** Changes the fields the request sends (null clears); moving it to another lead updates both leads' current one. */
export async function updateRecordedChange(
  db: Knex,
  businessId: string,
  id: string,
  request: UpdateDispositionRequest,
  precondition?: Precondition<DispositionRow>,
): Promise<DispositionRow> {
  return withChangeLocked(db, businessId, id, request.leadId, request.outcome, async (trx, { row: current, lockedLeadIds, status }) => {
    precondition?.(current);
    if (request.leadId && !lockedLeadIds.includes(request.leadId)) throw new NotFoundError('Lead', request.leadId);
    checkAppointment(
      request.appointmentStartAt !== undefined ? request.appointmentStartAt : current.appointment_start_at,
      request.appointmentEndAt !== undefined ? request.appointmentEndAt : current.appointment_end_at,
    );
    const columns = withCatalog(toDispositionColumns(request), status, current.outcome);
    const leadId = request.leadId ?? current.lead_id;
    return writes.updateChangeAndRepoint(trx, businessId, id, [...new Set([current.lead_id, leadId])], leadId, columns);
  });
}

export async function deleteRecordedChange(db: Knex, businessId: string, id: string, precondition?: Precondition<DispositionRow>): Promise<void> {
  await withChangeLocked(db, businessId, id, undefined, undefined, async (trx, { row: current }) => {
    precondition?.(current);
    await writes.deleteChangeAndRepoint(trx, businessId, id, current.lead_id);
  });
}

/** The lead's whole history, newest first, for one JSON answer: longer than `jsonHistoryLimit` is refused. */
export async function leadHistoryForJson(db: Knex, businessId: string, leadId: string, answer: 'history' | 'json-export'): Promise<DispositionRow[]> {
  const rows = await dispositions.newestOfLeadHistory(db, businessId, leadId, jsonHistoryLimit + 1);
  if (!rows) throw new NotFoundError('Lead', leadId);
  if (rows.length > jsonHistoryLimit) throw new HistoryTooLongError(answer, jsonHistoryLimit);
  return rows;
}

/** The lead's whole history, newest first, to stream: checked before the first row, so an error is still an answer. */
export async function leadHistoryForCsv(db: Knex, businessId: string, leadId: string): Promise<AsyncIterable<DispositionRow>> {
  const { leadExists, longerThanCount } = await dispositions.leadHistoryLength(db, businessId, leadId, csvExportLimit);
  if (!leadExists) throw new NotFoundError('Lead', leadId);
  if (longerThanCount) throw new HistoryTooLongError('csv-export', csvExportLimit);
  return dispositions.leadHistoryInBatches(db, businessId, leadId, csvExportLimit);
}

export async function queryRecordedChanges(db: Knex, businessId: string, options: DispositionQueryOptions, tokenSecret: string): Promise<Page<DispositionRow>> {
  return dispositions.queryDispositions(db, businessId, options, tokenSecret);
}
