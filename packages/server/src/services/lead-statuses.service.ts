import { randomUUID } from 'node:crypto';
import type { CreateLeadStatusRequest, LeadStatusRequest } from '@dispositions/api-types';
import type { Knex } from 'knex';
import { transaction } from '../db/transaction';
import { ConflictError, NotFoundError, UnprocessableError } from '../domain/errors';
import type { Precondition } from '../domain/precondition';
import { toLeadStatusColumns } from '../mappers/lead-status.mapper';
import { lockBusiness } from '../repositories/businesses.repository';
import * as statuses from '../repositories/lead-statuses.repository';
import type { LeadStatusRow } from '../repositories/tables';

/** The most statuses a business holds, archived ones included, so that its list stays one bounded answer. */
export const leadStatusLimit = 1_000;

const uniqueViolation = '23505';

class NameTakenError extends ConflictError {
  constructor(name: string) {
    super(`An active lead status named "${name}" already exists.`, '/problems/lead-status-name-taken');
  }
}

/** Runs a write that may give an active status a name; the unique index has the last word when two race. */
async function naming<T>(name: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if ((error as { code?: string }).code === uniqueViolation && name !== undefined) throw new NameTakenError(name);
    throw error;
  }
}

/** The business's statuses by sort order, then name; archived ones only when asked for. */
export async function listLeadStatuses(db: Knex, businessId: string, includeArchived: boolean): Promise<LeadStatusRow[]> {
  return statuses.listLeadStatuses(db, businessId, includeArchived, leadStatusLimit);
}

export async function findLeadStatus(db: Knex, businessId: string, id: string): Promise<LeadStatusRow> {
  const row = await statuses.findLeadStatus(db, businessId, id);
  if (!row) throw new NotFoundError('Lead status', id);
  return row;
}

export async function createLeadStatus(db: Knex, businessId: string, request: CreateLeadStatusRequest): Promise<LeadStatusRow> {
  return naming(request.name, () =>
    transaction(db, async (trx) => {
      // One create at a time per business, so the count below stays true until the insert.
      await lockBusiness(trx, businessId);
      if ((await statuses.countLeadStatuses(trx, businessId)) >= leadStatusLimit) {
        throw new UnprocessableError(`This business already has ${leadStatusLimit} lead statuses, the most it holds.`, '/problems/lead-status-catalog-full');
      }
      if (await statuses.activeNameTaken(trx, businessId, request.name)) throw new NameTakenError(request.name);
      return statuses.insertLeadStatus(trx, { category: 'Open', ...toLeadStatusColumns(request), business_id: businessId, id: randomUUID() });
    }),
  );
}

/** Runs `work` on the status locked, after checking the request's precondition against it. */
async function withLeadStatusLocked<T>(
  db: Knex,
  businessId: string,
  id: string,
  precondition: Precondition<LeadStatusRow> | undefined,
  work: (trx: Knex.Transaction, current: LeadStatusRow) => Promise<T>,
): Promise<T> {
  return transaction(db, async (trx) => {
    const current = await statuses.lockLeadStatus(trx, businessId, id);
    if (!current) throw new NotFoundError('Lead status', id);
    precondition?.(current);
    return work(trx, current);
  });
}

export async function updateLeadStatus(
  db: Knex,
  businessId: string,
  id: string,
  request: LeadStatusRequest,
  precondition?: Precondition<LeadStatusRow>,
): Promise<LeadStatusRow> {
  return naming(request.name, () =>
    withLeadStatusLocked(db, businessId, id, precondition, async (trx, current) => {
      if (request.name !== undefined && !current.is_archived && (await statuses.activeNameTaken(trx, businessId, request.name, id))) {
        throw new NameTakenError(request.name);
      }
      return statuses.updateLeadStatus(trx, businessId, id, toLeadStatusColumns(request));
    }),
  );
}

/** Archives the status; archiving an archived one changes nothing, so a retry is safe. */
export async function archiveLeadStatus(db: Knex, businessId: string, id: string, precondition?: Precondition<LeadStatusRow>): Promise<void> {
  await withLeadStatusLocked(db, businessId, id, precondition, async (trx, current) => {
    if (!current.is_archived) await statuses.updateLeadStatus(trx, businessId, id, { is_archived: true }, 'lead_status.archived');
  });
}
