import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { WebhookDeliveryRow } from './tables';

// The webhook_deliveries table as the API and operations see it: an endpoint's deliveries
// listed and found, one sent again, a period replayed, the test endpoint's delivery, the
// pending figures for /metrics, and the retention prune. Sending them, and the dispatch
// cursor, are the dispatcher's (webhook-dispatch.repository.ts), which shares the columns
// and the SQL below that decides which endpoint wants an event and when a delivery is due.

/** A delivery's columns, as every read of one answers them. */
export const columns = [
  'business_id',
  'id',
  'queued_order',
  'endpoint_id',
  'event_id',
  'event_type',
  'lead_id',
  'event_transaction_id',
  'event_position',
  'status',
  'attempt_count',
  'next_attempt_at',
  'claimed_until',
  'attempts',
  'created_at',
  'updated_at',
];

/**
 * Whether an endpoint's event types (`e.event_types`) take the event type `typeSql`: `*`,
 * the type itself, or its family (`disposition.*`).
 */
export const wantsType = (typeSql: string) =>
  `EXISTS (SELECT 1 FROM unnest(e.event_types) AS wanted(selector)
     WHERE wanted.selector = '*' OR wanted.selector = ${typeSql}
        OR (right(wanted.selector, 2) = '.*' AND starts_with(${typeSql}, left(wanted.selector, -1))))`;

/**
 * When a new delivery of a lead's event to an endpoint is due: now, or when the lead's
 * pending delivery to that endpoint is next tried, if later (it cannot be sent before that
 * one anyway, so the claims do not pass over it again and again meanwhile).
 */
export const dueBehindItsLead = (endpointSql: string, leadSql: string) =>
  `greatest(now(), (SELECT max(p.next_attempt_at) FROM webhook_deliveries p
     WHERE p.status = 'pending' AND p.endpoint_id = ${endpointSql} AND p.lead_id = ${leadSql}))`;

/** Pending deliveries of every business, and how long ago the oldest was queued (for /metrics). */
export async function pendingDeliveryStats(db: Knex): Promise<{ pending: number; oldestAgeSeconds: number }> {
  const row = await db('webhook_deliveries')
    .where({ status: 'pending' })
    .first(db.raw('count(*) AS pending'), db.raw('coalesce(extract(epoch FROM now() - min(created_at)), 0) AS oldest_age_seconds'));
  return { pending: Number(row?.pending ?? 0), oldestAgeSeconds: Number(row?.oldest_age_seconds ?? 0) };
}

export interface DeliveryListQuery {
  businessId: string;
  endpointId: string;
  status?: WebhookDeliveryRow['status'];
  eventType?: string;
  /** The queued_order of the last delivery of the previous page. */
  after?: string;
  limit: number;
}

/** An endpoint's deliveries, newest queued first (a fan-out or replay queues its events in their order). */
export async function listDeliveries(db: Knex, query: DeliveryListQuery): Promise<WebhookDeliveryRow[]> {
  const select = db('webhook_deliveries').select(columns).where({ business_id: query.businessId, endpoint_id: query.endpointId });
  if (query.status) select.where({ status: query.status });
  if (query.eventType) select.where({ event_type: query.eventType });
  if (query.after) select.where('queued_order', '<', query.after);
  return select.orderBy('queued_order', 'desc').limit(query.limit);
}

export async function findDelivery(db: Knex, businessId: string, endpointId: string, id: string): Promise<WebhookDeliveryRow | undefined> {
  return db('webhook_deliveries').select(columns).where({ business_id: businessId, endpoint_id: endpointId, id }).first();
}

/** Now, when the delivery's endpoint is enabled; never (till it is) when it is disabled. */
const dueIfEnabled = `CASE WHEN EXISTS (SELECT 1 FROM webhook_endpoints e
  WHERE e.business_id = webhook_deliveries.business_id AND e.id = webhook_deliveries.endpoint_id AND e.enabled) THEN now() END`;

/** Queues a delivery to be sent again now, its schedule started over (its attempts are kept); the delivery, if it exists. */
export async function requeueDelivery(db: Knex, businessId: string, endpointId: string, id: string): Promise<WebhookDeliveryRow | undefined> {
  const [row] = await db('webhook_deliveries')
    .where({ business_id: businessId, endpoint_id: endpointId, id })
    .update({ status: 'pending', attempt_count: 0, next_attempt_at: db.raw(dueIfEnabled), updated_at: db.fn.now() })
    .returning(columns);
  return row;
}

export interface ReplayQuery {
  businessId: string;
  endpointId: string;
  since: string;
  until: string | undefined;
  /** The event types to send again (selectors); the endpoint's own when left out. */
  eventTypes: string[] | undefined;
}

/**
 * Queues a new delivery to the endpoint of every kept event of the business from `since`
 * (inclusive) to `until` (exclusive, now when left out) that it wants, with the events' own
 * ids and commit order; events addressed to another endpoint are left out. How many it queued.
 */
export async function insertReplayDeliveries(db: Knex, replay: ReplayQuery): Promise<number> {
  const selectors = replay.eventTypes ? 'e2.selectors' : 'e.event_types';
  const result = await db.raw<{ rowCount: number; rows: unknown[] }>(
    `WITH e2 AS (SELECT ?::text[] AS selectors)
     INSERT INTO webhook_deliveries (business_id, id, endpoint_id, event_id, event_type, lead_id, event_transaction_id, event_position, next_attempt_at)
     SELECT ev.business_id, gen_random_uuid(), e.id, ev.id, ev.type, ev.lead_id, ev.transaction_id, ev.position,
            CASE WHEN e.enabled THEN ${dueBehindItsLead('e.id', 'ev.lead_id')} END
     FROM change_events ev
     JOIN webhook_endpoints e ON e.business_id = ev.business_id AND e.id = ?
     CROSS JOIN e2
     WHERE ev.business_id = ?
       AND ev.occurred_at >= ?::timestamptz AND ev.occurred_at < coalesce(?::timestamptz, now())
       AND (ev.endpoint_id IS NULL OR ev.endpoint_id = e.id)
       AND ${wantsType('ev.type').replace('unnest(e.event_types)', `unnest(${selectors})`)}
     ORDER BY ev.transaction_id, ev.position
     RETURNING 1`,
    [replay.eventTypes ?? [], replay.endpointId, replay.businessId, replay.since, replay.until ?? null],
  );
  return result.rows.length;
}

/**
 * A delivery of one event to one endpoint, claimed at once by the caller for `claimSeconds`
 * (the test endpoint sends it itself), in the caller's transaction.
 */
export async function insertClaimedDelivery(
  db: Knex,
  delivery: { businessId: string; endpointId: string; eventId: string; eventType: string; transactionId: string; position: string | number },
  claimSeconds: number,
): Promise<WebhookDeliveryRow> {
  const [row] = await db('webhook_deliveries')
    .insert({
      business_id: delivery.businessId,
      id: randomUUID(),
      endpoint_id: delivery.endpointId,
      event_id: delivery.eventId,
      event_type: delivery.eventType,
      lead_id: null,
      event_transaction_id: delivery.transactionId,
      event_position: delivery.position,
      next_attempt_at: db.fn.now(),
      claimed_until: db.raw(`now() + make_interval(secs => ?)`, [claimSeconds]),
    })
    .returning(columns);
  return row;
}

/**
 * Deletes deliveries that are done (delivered or failed) and older than `days` days, at most
 * `batch` of them; answers how many went. Pending ones stay, whatever their age.
 */
export async function pruneFinishedDeliveries(db: Knex, days: number, batch: number): Promise<number> {
  const deleted = await db.raw(
    `DELETE FROM webhook_deliveries WHERE ctid = ANY (ARRAY(
       SELECT ctid FROM webhook_deliveries WHERE status <> 'pending' AND updated_at < now() - make_interval(days => ?) LIMIT ?)) RETURNING 1`,
    [days, batch],
  );
  return (deleted.rows as unknown[]).length;
}
