import type { DispositionFilterField, DispositionOrderField, DispositionRangeField, DispositionSearchField } from '@dispositions/api-types';
import type { Knex } from 'knex';
import { type Bindable, statement } from '../db/statement';
import { fetchPage, keysetPages, type Page, type PageQuery, type QueryField } from '../query/keyset-page';
import type { DispositionRow } from './tables';

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

const selectById = statement<ById>((db, { businessId, id }) => db(table).select(allColumns(db)).where({ business_id: businessId, id }).first());

export async function findDisposition(db: Knex, businessId: string, id: string): Promise<DispositionRow | undefined> {
  return selectById.first(db, { businessId, id });
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
// Both reads answer for the lead too, in the same statement, so that a missing lead and an
// empty history are told apart without a second one.

const selectNewestOfLead = statement<OfLead, { count: number }>((db, { businessId, leadId }, { count }) => {
  const newest = db(table)
    .select(`${table}.*`)
    .where({ business_id: businessId, lead_id: leadId })
    .orderBy([
      { column: 'timestamp', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .limit(count);
  return db('leads as l')
    .select('h.*', db.raw(`nullif(concat_ws(' ', l.first_name, l.last_name), '') AS lead_name`))
    .joinRaw('LEFT JOIN LATERAL (?) AS h ON true', [newest as unknown as Knex.Raw])
    .where({ 'l.business_id': businessId, 'l.id': leadId })
    .orderBy([
      { column: 'h.timestamp', order: 'desc' },
      { column: 'h.id', order: 'desc' },
    ]);
});

/** The lead's newest `count` dispositions, newest first; undefined when the lead does not exist. */
export async function newestOfLeadHistory(db: Knex, businessId: string, leadId: string, count: number): Promise<DispositionRow[] | undefined> {
  const rows = await selectNewestOfLead.rows<DispositionRow>(db, { businessId, leadId }, { count });
  if (rows.length === 0) return undefined;
  return rows[0]!.id === null ? [] : rows;
}

const selectLengthCheck = statement<OfLead, { count: number }>((db, { businessId, leadId }, { count }) =>
  db
    .select({
      lead_exists: db('leads').select(db.raw('true')).where({ business_id: businessId, id: leadId }),
      longer: leadHistory(db, businessId, leadId).clearSelect().select(db.raw('true')).offset(count).limit(1),
    })
    .first(),
);

/** Whether the lead exists, and whether it has more than `count` dispositions, without reading them. */
export async function leadHistoryLength(
  db: Knex,
  businessId: string,
  leadId: string,
  count: number,
): Promise<{ leadExists: boolean; longerThanCount: boolean }> {
  const row = await selectLengthCheck.first<{ lead_exists: boolean | null; longer: boolean | null }>(db, { businessId, leadId }, { count });
  return { leadExists: row?.lead_exists === true, longerThanCount: row?.longer === true };
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
