import type { Knex } from 'knex';
import { type Bindable, type StandIns, statement } from '../db/statement';
import { dispositionSnapshot, eventColumns, leadSnapshot, newEventId } from './change-events.repository';
import type { DispositionColumns, DispositionRow, LeadStatusRow } from './tables';

// A write to a lead's dispositions in two statements, inside the caller's transaction: the
// first locks the lead(s) it touches (and reads, under that lock, what the write depends
// on), the second writes and brings each lead's current disposition up to date. The second
// starts once the locks are held, so it sees every earlier writer of those leads; within it,
// the write's own row is not yet visible to the other parts of the statement, so the newest
// disposition of a lead is worked out from the stored ones without it, and the written row.

/** The active status of the catalog an outcome names (ignoring case), or an archived one: what a change's category and checks depend on. */
export type NamedStatus = Pick<LeadStatusRow, 'name' | 'category' | 'is_archived'>;

interface StatusColumns {
  status_name: string | null;
  status_category: LeadStatusRow['category'] | null;
  status_is_archived: boolean | null;
}

function namedStatus(row: StatusColumns): NamedStatus | undefined {
  return row.status_name === null ? undefined : { name: row.status_name, category: row.status_category!, is_archived: row.status_is_archived! };
}

/** The catalog status an outcome names, joined to the row being locked; nulls when there is no outcome. */
function withNamedStatus(db: Knex, query: Knex.QueryBuilder, businessId: Bindable<string>, outcome: Bindable<string> | undefined): Knex.QueryBuilder {
  if (outcome === undefined) return query.select(db.raw('null::text AS status_name, null::text AS status_category, null::boolean AS status_is_archived'));
  return query
    .select({ status_name: 'st.name', status_category: 'st.category', status_is_archived: 'st.is_archived' })
    .joinRaw(
      'LEFT JOIN LATERAL (SELECT name, category, is_archived FROM lead_statuses AS s WHERE s.business_id = ? AND lower(s.name) = lower(?) ORDER BY s.is_archived LIMIT 1) AS st ON true',
      [businessId, outcome],
    );
}

const lockLeadForChange = statement<{ businessId: string; leadId: string; outcome: string | undefined }>((db, { businessId, leadId, outcome }) =>
  withNamedStatus(db, db('leads as l').select('l.id').where({ 'l.business_id': businessId, 'l.id': leadId }), businessId, outcome).forNoKeyUpdate('l'),
);

/** Locks the lead a new change is for; undefined when it does not exist. With the status the change's outcome names. */
export async function lockLeadForNewChange(
  trx: Knex.Transaction,
  businessId: string,
  leadId: string,
  outcome: string | undefined,
): Promise<{ status: NamedStatus | undefined } | undefined> {
  const row = await lockLeadForChange.first<StatusColumns>(trx, { businessId, leadId, outcome });
  return row && { status: namedStatus(row) };
}

type Ids = { businessId: string; id: string };

const lockChange = statement<Ids & { otherLeadIds: string[]; outcome: string | undefined }>((db, { businessId, id, otherLeadIds, outcome }) => {
  // One array of ids, so that each lead is found by its key. An array (its subquery run once,
  // before the scan), not `id IN (subquery)`: PostgreSQL's recheck of a row a concurrent write
  // updated (EvalPlanQual) can drop it from a semi-join with a de-duplicated subquery, so the
  // lead would seem not to exist; a condition on the row's own columns is rechecked exactly.
  const others = otherLeadIds.length > 0 ? ` || ARRAY[${otherLeadIds.map(() => '?').join(', ')}]::uuid[]` : '';
  const locked = db('leads')
    .select('id', 'first_name', 'last_name')
    .where('business_id', businessId)
    .whereRaw(`id = ANY(ARRAY(SELECT d.lead_id FROM dispositions AS d WHERE d.business_id = ? AND d.id = ?)${others})`, [businessId, id, ...otherLeadIds])
    .orderBy('id')
    .forNoKeyUpdate();
  const query = db
    .with('locked', locked)
    .from('dispositions as d')
    .select(
      'd.*',
      db.raw(`(SELECT nullif(concat_ws(' ', first_name, last_name), '') FROM locked WHERE locked.id = d.lead_id) AS lead_name`),
      db.raw('ARRAY(SELECT id FROM locked ORDER BY id) AS locked_lead_ids'),
    )
    .where({ 'd.business_id': businessId, 'd.id': id });
  return withNamedStatus(db, query, businessId, outcome).forNoKeyUpdate('d');
});

/**
 * Locks a disposition's lead (and `otherLeadId`, a lead it moves to), in id order so that
 * writers never deadlock, then the disposition, and reads it as it is under those locks:
 * with the ids of the leads locked, which a concurrent move makes differ from its lead.
 */
export async function lockChangeForWrite(
  trx: Knex.Transaction,
  businessId: string,
  id: string,
  otherLeadId: string | undefined,
  outcome: string | undefined,
): Promise<{ row: DispositionRow; lockedLeadIds: string[]; status: NamedStatus | undefined } | undefined> {
  const found = await lockChange.first<DispositionRow & StatusColumns & { locked_lead_ids: string[] }>(trx, {
    businessId,
    id,
    otherLeadIds: otherLeadId ? [otherLeadId] : [],
    outcome,
  });
  if (!found) return undefined;
  const { status_name, status_category, status_is_archived, locked_lead_ids, ...row } = found;
  return { row, lockedLeadIds: locked_lead_ids, status: namedStatus({ status_name, status_category, status_is_archived }) };
}

/**
 * The statement that points each lead of `leadIds` at its newest disposition by (timestamp,
 * id): the newest stored one other than `editedId`, or the edited row (in the `edited` CTE,
 * if the write has one) when it is newer. `changedAt` and `modifiedAt` move when the pointer
 * does, or when the disposition edited is the current one: the lead's current disposition
 * changed. Each lead's event sequence grows by the events the write records of it: the
 * disposition's own (on `ownLeadId`, its lead after the write) and a change of the current
 * one. It returns each lead as it is now, with `changed` and `before` (its snapshot before).
 */
function repoint(
  db: Knex,
  businessId: Bindable<string>,
  leadIds: readonly Bindable<string>[],
  editedId: Bindable<string>,
  ownLeadId: Bindable<string>,
  edited: 'inserted' | 'updated' | null,
): Knex.Raw {
  const newestStored = `(SELECT d.id, d."timestamp" FROM dispositions AS d WHERE d.business_id = l.business_id AND d.lead_id = l.id AND d.id <> ?
      ORDER BY d."timestamp" DESC, d.id DESC LIMIT 1)`;
  const newest = edited ? `CASE WHEN e.id IS NOT NULL AND (x.id IS NULL OR (e."timestamp", e.id) > (x."timestamp", x.id)) THEN e.id ELSE x.id END` : 'x.id';
  const joinEdited = edited ? `LEFT JOIN ${edited} AS e ON e.lead_id = l.id` : '';
  return db.raw(
    `UPDATE leads SET current_disposition_id = newest.id,
       current_disposition_changed_at = CASE WHEN newest.changed THEN now() ELSE leads.current_disposition_changed_at END,
       modified_at = CASE WHEN newest.changed THEN now() ELSE leads.modified_at END,
       event_sequence = leads.event_sequence + newest.own + newest.changed::int
     FROM (SELECT n.*, (n.current_id IS DISTINCT FROM n.id OR n.id = ?::uuid) AS changed
           FROM (SELECT l.id AS lead_id, ${newest} AS id, l.current_disposition_id AS current_id, (l.id = ?::uuid)::int AS own, ${leadSnapshot('l')} AS before
                 FROM leads AS l ${joinEdited} LEFT JOIN LATERAL ${newestStored} AS x ON true
                 WHERE l.business_id = ? AND l.id IN (${leadIds.map(() => '?').join(', ')})) AS n) AS newest
     WHERE leads.business_id = ? AND leads.id = newest.lead_id
     RETURNING leads.*, newest.changed, newest.before`,
    [editedId, ownLeadId, editedId, businessId, ...leadIds, businessId],
  );
}

/**
 * The events of a write to a disposition, in order: the disposition's own (`type`, of the
 * row in `row`, with `previous` the SQL of its snapshot before, if any), on its lead's
 * sequence, then `lead.current_disposition_changed` for each lead whose current one changed.
 */
function recordEvents(
  db: Knex,
  type: 'disposition.created' | 'disposition.updated' | 'disposition.deleted',
  row: string,
  previous: string | null,
  edited: 'inserted' | 'updated' | null,
): Knex.Raw {
  return db.raw(
    `${eventColumns}
     SELECT w.business_id, ${newEventId}, '${type}', w.lead_id, r.event_sequence - r.changed::int, ${dispositionSnapshot('w')}, ${previous ?? 'null::jsonb'}
       FROM ${row} AS w JOIN repointed AS r ON r.id = w.lead_id
     UNION ALL
     SELECT r.business_id, ${newEventId}, 'lead.current_disposition_changed', r.id, r.event_sequence, ${leadSnapshot('r', edited ?? undefined, ['changed', 'before'])}, r.before
       FROM repointed AS r WHERE r.changed`,
  );
}

const leadName = (from: string) =>
  `(SELECT nullif(concat_ws(' ', l.first_name, l.last_name), '') FROM leads AS l WHERE l.business_id = ${from}.business_id AND l.id = ${from}.lead_id) AS lead_name`;

type NewRow = DispositionColumns & { business_id: string; id: string; lead_id: string };

const insertChange = statement<NewRow>((db, row) => {
  const previous = db('leads as l')
    .join('dispositions as d', function joinCurrent() {
      this.on('d.business_id', '=', 'l.business_id').andOn('d.id', '=', 'l.current_disposition_id');
    })
    .select('d.id', 'd.outcome', 'd.type')
    .where({ 'l.business_id': row.business_id, 'l.id': row.lead_id });
  const inserted = db('dispositions')
    .insert({
      ...(row as StandIns<Record<string, unknown>>),
      old_disposition_id: db.raw('(SELECT id FROM previous)'),
      old_disposition_outcome: db.raw('(SELECT outcome FROM previous)'),
      old_disposition_type: db.raw('(SELECT type FROM previous)'),
    })
    .returning('*');
  return db
    .with('previous', previous)
    .with('inserted', inserted)
    .with('repointed', repoint(db, row.business_id, [row.lead_id], row.id, row.lead_id, 'inserted'))
    .with('events', recordEvents(db, 'disposition.created', 'inserted', null, 'inserted'))
    .from('inserted')
    .select('inserted.*', db.raw(leadName('inserted')));
});

/** Inserts a change of the locked lead, linked to the lead's current one, and points the lead at its newest. */
export async function insertChangeAndRepoint(trx: Knex.Transaction, row: NewRow): Promise<DispositionRow> {
  return (await insertChange.first<DispositionRow>(trx, row))!;
}

const updateChange = statement<Ids & { leadIds: string[]; leadId: string } & DispositionColumns>((db, { businessId, id, leadIds, leadId, ...columns }) => {
  const updated = db('dispositions')
    .where({ business_id: businessId, id })
    .update({ ...columns, updated_at: db.fn.now() })
    .returning('*');
  return db
    .with('updated', updated)
    .with(
      'before',
      db('dispositions as b')
        .select(db.raw(`${dispositionSnapshot('b')} AS snapshot`))
        .where({ 'b.business_id': businessId, 'b.id': id }),
    )
    .with('repointed', repoint(db, businessId, leadIds, id, leadId, 'updated'))
    .with('events', recordEvents(db, 'disposition.updated', 'updated', '(SELECT snapshot FROM before)', 'updated'))
    .from('updated')
    .select('updated.*', db.raw(leadName('updated')));
});

/** Updates a locked change and points each of `leadIds` (its lead before, and `leadId`, its lead after a move) at its newest. */
export async function updateChangeAndRepoint(
  trx: Knex.Transaction,
  businessId: string,
  id: string,
  leadIds: string[],
  leadId: string,
  columns: DispositionColumns,
): Promise<DispositionRow> {
  return (await updateChange.first<DispositionRow>(trx, { ...columns, businessId, id, leadIds, leadId }))!;
}

const deleteChange = statement<Ids & { leadId: string }>((db, { businessId, id, leadId }) =>
  db
    .with('deleted', db('dispositions').where({ business_id: businessId, id }).delete().returning('*'))
    .with('repointed', repoint(db, businessId, [leadId], id, leadId, null))
    .with('events', recordEvents(db, 'disposition.deleted', 'deleted', null, null))
    .select(db.raw('1 AS done')),
);

/** Deletes a locked change and points its lead at the newest one left. */
export async function deleteChangeAndRepoint(trx: Knex.Transaction, businessId: string, id: string, leadId: string): Promise<void> {
  await deleteChange.rows(trx, { businessId, id, leadId });
}
