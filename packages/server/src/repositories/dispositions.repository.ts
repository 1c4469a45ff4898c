import type { DispositionFilterField, DispositionOrderField, DispositionRangeField, DispositionSearchField } from '@dispositions/api-types';
import type { Knex } from 'knex';
import { type Bindable, statement } from '../db/statement';
import { fetchPage, keysetPages, type Page, type PageQuery, type QueryField } from '../query/keyset-page';
import type { DispositionColumns, DispositionRow } from './tables';

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
type OfLead = { businessId: string; leadId: string };

const insertReturningAll = statement<DispositionColumns>((db, row) =>
  db(table)
    .insert(row)
    .returning(allColumns(db) as never),
);

export async function insertDisposition(db: Knex, row: DispositionColumns): Promise<DispositionRow> {
  return (await insertReturningAll.first<DispositionRow>(db, row))!;
}

const selectById = statement<ById>((db, { businessId, id }) => db(table).select(allColumns(db)).where({ business_id: businessId, id }).first());

export async function findDisposition(db: Knex, businessId: string, id: string): Promise<DispositionRow | undefined> {
  return selectById.first(db, { businessId, id });
}

const selectLeadIdById = statement<ById>((db, { businessId, id }) => db(table).select('lead_id').where({ business_id: businessId, id }).first());

/** Which lead a disposition belongs to, if it exists: all a write needs to know before it locks the lead. */
export async function findDispositionLead(db: Knex, businessId: string, id: string): Promise<Pick<DispositionRow, 'lead_id'> | undefined> {
  return selectLeadIdById.first(db, { businessId, id });
}

const updateReturningAll = statement<ById & DispositionColumns>((db, { businessId, id, ...columns }) =>
  db(table)
    .where({ business_id: businessId, id })
    .update({ ...columns, updated_at: db.fn.now() })
    .returning(allColumns(db) as never),
);

export async function updateDisposition(db: Knex, businessId: string, id: string, columns: DispositionColumns): Promise<DispositionRow> {
  return (await updateReturningAll.first<DispositionRow>(db, { ...columns, businessId, id }))!;
}

export async function deleteDisposition(db: Knex, businessId: string, id: string): Promise<void> {
  await db(table).where({ business_id: businessId, id }).delete();
}

const selectCurrentOfLead = statement<OfLead>((db, { businessId, leadId }) =>
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
  return selectCurrentOfLead.first(db, { businessId, leadId });
}

/** The lead's history, newest first by (timestamp, id). */
function leadHistory(db: Knex, businessId: Bindable<string>, leadId: Bindable<string>): Knex.QueryBuilder<DispositionRow, DispositionRow[]> {
  return db(table)
    .select<DispositionRow[]>(allColumns(db))
    .where({ business_id: businessId, lead_id: leadId })
    .orderBy([
      { column: 'timestamp', order: 'desc' },
      { column: 'id', order: 'desc' },
    ]);
}

// How many rows is part of the shape (Knex writes a limit or an offset into the SQL itself).
const selectNewestOfLead = statement<OfLead, { count: number }>((db, { businessId, leadId }, { count }) => leadHistory(db, businessId, leadId).limit(count));

/** The lead's newest `count` dispositions, newest first. */
export async function newestOfLeadHistory(db: Knex, businessId: string, leadId: string, count: number): Promise<DispositionRow[]> {
  return selectNewestOfLead.rows(db, { businessId, leadId }, { count });
}

const selectBeyondCount = statement<OfLead, { count: number }>((db, { businessId, leadId }, { count }) =>
  leadHistory(db, businessId, leadId).clearSelect().select('id').offset(count).limit(1),
);

/** Whether the lead has more than `count` dispositions, without reading them. */
export async function leadHistoryIsLongerThan(db: Knex, businessId: string, leadId: string, count: number): Promise<boolean> {
  return (await selectBeyondCount.first(db, { businessId, leadId }, { count })) !== undefined;
}

/**
 * The lead's newest `count` dispositions, newest first, read in keyset batches so that memory
 * stays flat however many they are; each batch is one short query, so no connection is held
 * between them, and records added meanwhile never stretch the read past `count`.
 */
export async function* leadHistoryInBatches(db: Knex, businessId: string, leadId: string, count: number, batchSize = 1000): AsyncGenerator<DispositionRow> {
  let after: DispositionRow | undefined;
  for (let left = count; left > 0; ) {
    const size = Math.min(batchSize, left);
    const query = leadHistory(db, businessId, leadId).limit(size);
    if (after) query.whereRaw('("timestamp", id) < (?, ?)', [after.timestamp, after.id]);
    const batch: DispositionRow[] = await query;
    yield* batch;
    left -= batch.length;
    if (batch.length < size) return;
    after = batch[batch.length - 1];
  }
}

const repointLead = statement<OfLead & { editedId: string }>((db, { businessId, leadId, editedId }) => {
  const newest = db('dispositions')
    .select('id')
    .where({ business_id: businessId, lead_id: leadId })
    .orderBy([
      { column: 'timestamp', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .limit(1);
  const changed = 'leads.current_disposition_id IS DISTINCT FROM newest.id OR newest.id = ?::uuid';
  return db.raw(
    `UPDATE leads SET current_disposition_id = newest.id,
       current_disposition_changed_at = CASE WHEN ${changed} THEN now() ELSE leads.current_disposition_changed_at END,
       modified_at = CASE WHEN ${changed} THEN now() ELSE leads.modified_at END
     FROM (SELECT (?) AS id) AS newest
     WHERE leads.business_id = ? AND leads.id = ?`,
    [editedId, editedId, newest, businessId, leadId],
  );
});

/**
 * Points the lead at its newest disposition by (timestamp, id), found by the same statement.
 * `changedAt` and `modifiedAt` move when the pointer does, or when the disposition just
 * edited is the current one.
 */
export async function pointLeadAtNewestDisposition(trx: Knex.Transaction, businessId: string, leadId: string, editedId: string): Promise<void> {
  await repointLead.rows(trx, { businessId, leadId, editedId });
}

/** The allow-list of a disposition query's fields, which reports filter by too. */
export const dispositionQueryFields: Record<DispositionOrderField | DispositionFilterField | DispositionRangeField | DispositionSearchField, QueryField> = {
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
  oldDispositionOutcome: { column: 'old_disposition_outcome', kind: 'text' },
};

export const dispositionSearchFields: readonly DispositionSearchField[] = [
  'type',
  'outcome',
  'reason',
  'notes',
  'followUpStatus',
  'appointmentNotes',
  'assignedToUserId',
];

const pages = keysetPages((db, businessId) => db(table).select(allColumns(db)).where(`${table}.business_id`, businessId));

export async function queryDispositions(db: Knex, businessId: string, options: PageQuery['options'], tokenSecret: string): Promise<Page<DispositionRow>> {
  return fetchPage<DispositionRow & Record<string, unknown>>({
    db,
    businessId,
    pages,
    fields: dispositionQueryFields,
    idColumn: 'id',
    defaultOrder: { field: 'timestamp', direction: 'desc' },
    defaultSearchFields: dispositionSearchFields,
    options,
    tokenSecret,
    tokenScope: `dispositions:${businessId}`,
  });
}
