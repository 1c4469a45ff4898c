import type { Knex } from 'knex';
import type { ChangeEventRow } from './tables';

// The outbox: each write inserts its events in its own statements (a CTE of the write), so an
// event exists exactly when its change committed. The snapshots are the rows as the mappers
// take them (change-event.mapper.ts renders them), taken inside the same statement.

/** A new event id: `evt_` and 32 hex digits of a random UUID. */
export const newEventId = `'evt_' || replace(gen_random_uuid()::text, '-', '')`;

/** The columns an event insert fills, in the order the SELECT feeding it gives them. */
export const eventColumns = 'INSERT INTO change_events (business_id, id, type, lead_id, sequence, object, previous)';

/** A disposition row (`alias`, of dispositions or of a CTE returning its columns) as the disposition mapper takes it: with its lead's name. */
export function dispositionSnapshot(alias: string): string {
  return `(to_jsonb(${alias}) || jsonb_build_object('lead_name', (SELECT nullif(concat_ws(' ', n.first_name, n.last_name), '') FROM leads AS n
    WHERE n.business_id = ${alias}.business_id AND n.id = ${alias}.lead_id)))`;
}

const currentSummary = (alias: string) =>
  `jsonb_build_object('current_outcome', ${alias}.outcome, 'current_category', ${alias}.category, 'current_change_source', ${alias}.change_source,
    'current_changed_by_user_id', ${alias}.changed_by_user_id, 'current_changed_by_automation_id', ${alias}.changed_by_automation_id)`;

const noCurrentSummary = `jsonb_build_object('current_outcome', null, 'current_category', null, 'current_change_source', null,
    'current_changed_by_user_id', null, 'current_changed_by_automation_id', null)`;

/**
 * A lead row (`alias`) as the lead mapper takes it: with the summary of its current
 * disposition, found in `edited` first (a CTE holding the row this statement writes, which
 * the statement's own reads do not see yet), then among the stored ones. `extraColumns` are
 * columns of `alias` that are not the lead's, left out.
 */
export function leadSnapshot(alias: string, edited?: string, extraColumns: readonly string[] = []): string {
  const fromEdited = edited
    ? `(SELECT ${currentSummary('e')} FROM ${edited} AS e WHERE e.business_id = ${alias}.business_id AND e.id = ${alias}.current_disposition_id), `
    : '';
  const row = extraColumns.reduce((json, column) => `${json} - '${column}'`, `to_jsonb(${alias})`);
  return `(${row} || coalesce(${fromEdited}(SELECT ${currentSummary('cd')} FROM dispositions AS cd
    WHERE cd.business_id = ${alias}.business_id AND cd.id = ${alias}.current_disposition_id), ${noCurrentSummary}))`;
}

/** One page of a business's events in commit order, after `after` (a position), of those whose transactions and all before them have ended. */
export interface EventPageQuery {
  businessId: string;
  after: { transactionId: string; position: string } | undefined;
  typeNames: string[];
  typeFamilies: string[];
  leadId: string | undefined;
  limit: number;
}

export async function eventsAfter(db: Knex, query: EventPageQuery): Promise<ChangeEventRow[]> {
  const select = db<ChangeEventRow>('change_events')
    .select('*')
    .where('business_id', query.businessId)
    .whereNull('endpoint_id')
    .whereRaw('transaction_id < pg_snapshot_xmin(pg_current_snapshot())');
  if (query.after) select.whereRaw('(transaction_id, position) > (?::xid8, ?::bigint)', [query.after.transactionId, query.after.position]);
  if (query.leadId) select.where('lead_id', query.leadId);
  if (query.typeNames.length > 0 || query.typeFamilies.length > 0) {
    select.where((types) => {
      if (query.typeNames.length > 0) types.whereIn('type', query.typeNames);
      for (const family of query.typeFamilies) types.orWhere('type', 'like', `${family}.%`);
    });
  }
  return select.orderBy([{ column: 'transaction_id' }, { column: 'position' }]).limit(query.limit);
}

export async function findEvent(db: Knex, businessId: string, id: string): Promise<ChangeEventRow | undefined> {
  return db<ChangeEventRow>('change_events').where({ business_id: businessId, id }).whereNull('endpoint_id').first();
}

/** Deletes events older than `days` days, at most `batch` of them; answers how many went. */
export async function pruneEvents(db: Knex, days: number, batch: number): Promise<number> {
  const deleted = await db.raw(
    `DELETE FROM change_events WHERE ctid = ANY (ARRAY(SELECT ctid FROM change_events WHERE occurred_at < now() - make_interval(days => ?) LIMIT ?)) RETURNING 1`,
    [days, batch],
  );
  return (deleted.rows as unknown[]).length;
}

// The webhooks' reads and writes: an event to deliver (addressed ones too), and the events of
// the webhooks themselves (a test to one endpoint, an endpoint disabled).

/** The events to deliver (addressed to one endpoint or not), of `[businessId, id]` pairs; those no longer kept are absent. */
export async function findEventsToDeliver(db: Knex, keys: readonly (readonly [string, string])[]): Promise<ChangeEventRow[]> {
  if (keys.length === 0) return [];
  return db<ChangeEventRow>('change_events').whereIn(['business_id', 'id'], keys as [string, string][]);
}

export interface AddressedEvent {
  businessId: string;
  type: 'webhook.test' | 'webhook_endpoint.disabled';
  /** The event's `data.object`, as the API shows it. */
  object: Record<string, unknown>;
  /** The one endpoint it is for (it stays out of the feed); null for every endpoint of the business that wants it. */
  endpointId: string | null;
}

/** Records an event of no lead (a webhook's own), in the caller's transaction; the row as inserted. */
export async function insertAddressedEvent(db: Knex, event: AddressedEvent): Promise<ChangeEventRow> {
  const [row] = await db<ChangeEventRow>('change_events')
    .insert({
      business_id: event.businessId,
      id: db.raw(newEventId),
      type: event.type,
      lead_id: null,
      sequence: null,
      object: JSON.stringify(event.object),
      previous: null,
      endpoint_id: event.endpointId,
    } as never)
    .returning('*');
  return row as ChangeEventRow;
}
