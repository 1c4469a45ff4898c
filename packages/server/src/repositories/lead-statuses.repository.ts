import type { Knex } from 'knex';
import { statement } from '../db/statement';
import { eventColumns, newEventId } from './change-events.repository';
import type { LeadStatusColumns, LeadStatusRow } from './tables';

const table = 'lead_statuses';

export async function listLeadStatuses(db: Knex, businessId: string, includeArchived: boolean, limit: number): Promise<LeadStatusRow[]> {
  const query = db<LeadStatusRow>(table).where({ business_id: businessId });
  if (!includeArchived) query.where({ is_archived: false });
  return query.orderBy([{ column: 'sort_order' }, { column: 'name' }, { column: 'id' }]).limit(limit);
}

export async function countLeadStatuses(db: Knex, businessId: string): Promise<number> {
  const row = await db(table).where({ business_id: businessId }).count({ count: '*' }).first();
  return Number(row?.count ?? 0);
}

export async function findLeadStatus(db: Knex, businessId: string, id: string): Promise<LeadStatusRow | undefined> {
  return db<LeadStatusRow>(table).where({ business_id: businessId, id }).first();
}

/** The status locked for a write, as it is once locked. */
export async function lockLeadStatus(trx: Knex.Transaction, businessId: string, id: string): Promise<LeadStatusRow | undefined> {
  return trx<LeadStatusRow>(table).where({ business_id: businessId, id }).forUpdate().first();
}

const selectNamed = statement<{ businessId: string; name: string }>((db, { businessId, name }) =>
  db(table).where({ business_id: businessId }).whereRaw('lower(name) = lower(?)', [name]).orderBy('is_archived').first(),
);

/** The status a name names, ignoring case: the active one when there is one, else an archived one. */
export async function findLeadStatusNamed(db: Knex, businessId: string, name: string): Promise<LeadStatusRow | undefined> {
  return selectNamed.first(db, { businessId, name });
}

/** Whether an active status other than `exceptId` has this name, ignoring case. */
export async function activeNameTaken(db: Knex, businessId: string, name: string, exceptId?: string): Promise<boolean> {
  const query = db(table).where({ business_id: businessId, is_archived: false }).whereRaw('lower(name) = lower(?)', [name]);
  if (exceptId) query.whereNot({ id: exceptId });
  return (await query.first('id')) !== undefined;
}

/** Inserts the status with its `lead_status.created` event. */
export async function insertLeadStatus(db: Knex, columns: LeadStatusColumns): Promise<LeadStatusRow> {
  const [inserted] = await db
    .with('inserted', db(table).insert(columns).returning('*'))
    .with('events', db.raw(`${eventColumns} SELECT i.business_id, ${newEventId}, 'lead_status.created', null, null, to_jsonb(i), null FROM inserted AS i`))
    .select('*')
    .from('inserted');
  return inserted;
}

/** Updates the status with its event (`lead_status.updated`, or `lead_status.archived` for an archive), which holds the status before too. */
export async function updateLeadStatus(
  db: Knex,
  businessId: string,
  id: string,
  columns: LeadStatusColumns,
  eventType: 'lead_status.updated' | 'lead_status.archived' = 'lead_status.updated',
): Promise<LeadStatusRow> {
  const [updated] = await db
    .with('before', db(`${table} as b`).select(db.raw('to_jsonb(b) AS snapshot')).where({ 'b.business_id': businessId, 'b.id': id }))
    .with(
      'updated',
      db(table)
        .where({ business_id: businessId, id })
        .update({ ...columns, modified_at: db.fn.now() })
        .returning('*'),
    )
    .with(
      'events',
      db.raw(`${eventColumns} SELECT u.business_id, ${newEventId}, ?, null, null, to_jsonb(u), (SELECT snapshot FROM before) FROM updated AS u`, [eventType]),
    )
    .select('*')
    .from('updated');
  return updated;
}
