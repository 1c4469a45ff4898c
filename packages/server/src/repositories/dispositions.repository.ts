import type { DispositionFilterField, DispositionOrderField, DispositionRangeField, DispositionSearchField } from '@dispositions/api-types';
import type { Knex } from 'knex';
import { statement } from '../db/statement';
import type { DispositionColumns, DispositionRow } from '../mappers/disposition.mapper';
import { fetchPage, keysetPages, type Page, type PageQuery, type QueryField } from '../query/keyset-page';

const table = 'dispositions';

/** Every column, and the lead's contact name (`lead_name`) by its primary key. */
function allColumns(db: Knex): (string | Knex.Raw)[] {
  return [
    `${table}.*`,
    db.raw(
      `(SELECT nullif(concat_ws(' ', l.first_name, l.last_name), '') FROM leads AS l WHERE l.business_id = ${table}.business_id AND l.id = ${table}.lead_id) AS lead_name`,
    ),
  ];
}

type ById = { businessId: string; id: string };

const inserting = statement((db, row: DispositionColumns) =>
  db(table)
    .insert(row)
    .returning(allColumns(db) as never),
);

export async function insertDisposition(db: Knex, row: DispositionColumns): Promise<DispositionRow> {
  return (await inserting.first<DispositionRow>(db, row))!;
}

const byId = statement((db, { businessId, id }: ById) => db(table).select(allColumns(db)).where({ business_id: businessId, id }).first());

export async function findDisposition(db: Knex, businessId: string, id: string): Promise<DispositionRow | undefined> {
  return byId.first(db, { businessId, id });
}

const leadById = statement((db, { businessId, id }: ById) => db(table).select('lead_id').where({ business_id: businessId, id }).first());

/** Which lead a disposition belongs to, if it exists: all a write needs to know before it locks the lead. */
export async function findDispositionLead(db: Knex, businessId: string, id: string): Promise<Pick<DispositionRow, 'lead_id'> | undefined> {
  return leadById.first(db, { businessId, id });
}

const updating = statement((db, { businessId, id, ...columns }: ById & DispositionColumns) =>
  db(table)
    .where({ business_id: businessId, id })
    .update({ ...columns, updated_at: db.fn.now() })
    .returning(allColumns(db) as never),
);

export async function updateDisposition(db: Knex, businessId: string, id: string, columns: DispositionColumns): Promise<DispositionRow> {
  return (await updating.first<DispositionRow>(db, { ...columns, businessId, id }))!;
}

export async function deleteDisposition(db: Knex, businessId: string, id: string): Promise<void> {
  await db(table).where({ business_id: businessId, id }).delete();
}

const currentOfLead = statement((db, { businessId, leadId }: { businessId: string; leadId: string }) =>
  db('leads')
    .join(`${table} as d`, function joinCurrent() {
      this.on('d.business_id', '=', 'leads.business_id').andOn('d.id', '=', 'leads.current_disposition_id');
    })
    .select('d.id', 'd.outcome', 'd.type')
    .where({ 'leads.business_id': businessId, 'leads.id': leadId })
    .first(),
);

/** The id, outcome and type of the lead's current disposition, if it has one. */
export async function currentDispositionOf(db: Knex, businessId: string, leadId: string): Promise<Pick<DispositionRow, 'id' | 'outcome' | 'type'> | undefined> {
  return currentOfLead.first(db, { businessId, leadId });
}

/** The lead's history, newest first by (timestamp, id). */
export function leadHistory(db: Knex, businessId: string, leadId: string): Knex.QueryBuilder<DispositionRow, DispositionRow[]> {
  return db(table)
    .select<DispositionRow[]>(allColumns(db))
    .where({ business_id: businessId, lead_id: leadId })
    .orderBy([
      { column: 'timestamp', order: 'desc' },
      { column: 'id', order: 'desc' },
    ]);
}

/**
 * The most records one JSON document holds: the history and the JSON export. A longer
 * history answers 422, so no answer grows without bound; the query endpoints page through any number.
 */
export const jsonHistoryLimit = 1_000;

const boundedHistory = statement((db, { businessId, leadId }: { businessId: string; leadId: string }) =>
  leadHistory(db, businessId, leadId).limit(jsonHistoryLimit + 1),
);

/** The lead's newest `jsonHistoryLimit` + 1 dispositions: one more than an answer holds, to tell a history too long for one. */
export async function leadHistoryBeyondLimit(db: Knex, businessId: string, leadId: string): Promise<DispositionRow[]> {
  return boundedHistory.rows(db, { businessId, leadId });
}

/**
 * The lead's whole history, newest first, read in keyset batches so that memory stays
 * flat however long it is; each batch is one short query, so no connection is held between them.
 */
export async function* leadHistoryInBatches(db: Knex, businessId: string, leadId: string, batchSize = 1000): AsyncGenerator<DispositionRow> {
  let after: DispositionRow | undefined;
  for (;;) {
    const query = leadHistory(db, businessId, leadId).limit(batchSize);
    if (after) query.whereRaw('("timestamp", id) < (?, ?)', [after.timestamp, after.id]);
    const batch: DispositionRow[] = await query;
    yield* batch;
    if (batch.length < batchSize) return;
    after = batch[batch.length - 1];
  }
}

const queryFields: Record<DispositionOrderField | DispositionFilterField | DispositionRangeField | DispositionSearchField, QueryField> = {
  leadId: { column: 'lead_id', kind: 'uuid', notNull: true },
  type: { column: 'type', kind: 'text', notNull: true },
  outcome: { column: 'outcome', kind: 'text', notNull: true },
  category: { column: 'category', kind: 'text' },
  changeSource: { column: 'change_source', kind: 'text', notNull: true },
  reason: { column: 'reason', kind: 'text' },
  changedByAutomationId: { column: 'changed_by_automation_id', kind: 'text' },
  changedByUserId: { column: 'changed_by_user_id', kind: 'text' },
  notes: { column: 'notes', kind: 'text' },
  timestamp: { column: 'timestamp', kind: 'timestamp', notNull: true },
  changedAt: { column: 'timestamp', kind: 'timestamp', notNull: true },
  createdAt: { column: 'created_at', kind: 'timestamp', notNull: true },
  updatedAt: { column: 'updated_at', kind: 'timestamp', notNull: true },
  followUpStatus: { column: 'follow_up_status', kind: 'text' },
  callbackAt: { column: 'callback_at', kind: 'timestamp' },
  taskDueAt: { column: 'task_due_at', kind: 'timestamp' },
  appointmentStartAt: { column: 'appointment_start_at', kind: 'timestamp' },
  appointmentEndAt: { column: 'appointment_end_at', kind: 'timestamp' },
  appointmentNotes: { column: 'appointment_notes', kind: 'text' },
  assignedToUserId: { column: 'assigned_to_user_id', kind: 'text' },
  relatedCallEventId: { column: 'related_call_event_id', kind: 'text' },
  sourceId: { column: 'source_id', kind: 'text' },
  isMissedCallFollowUp: { column: 'is_missed_call_follow_up', kind: 'boolean', notNull: true },
};

const searchFields: readonly DispositionSearchField[] = ['type', 'outcome', 'reason', 'notes', 'followUpStatus', 'appointmentNotes', 'assignedToUserId'];

const pages = keysetPages((db, businessId) => db(table).select(allColumns(db)).where(`${table}.business_id`, businessId));

export async function queryDispositions(db: Knex, businessId: string, options: PageQuery['options'], tokenSecret: string): Promise<Page<DispositionRow>> {
  return fetchPage<DispositionRow & Record<string, unknown>>({
    db,
    businessId,
    pages,
    fields: queryFields,
    idColumn: 'id',
    defaultOrder: { field: 'timestamp', direction: 'desc' },
    defaultSearchFields: searchFields,
    options,
    tokenSecret,
    tokenScope: `dispositions:${businessId}`,
  });
}
