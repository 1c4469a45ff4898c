import type { Knex } from 'knex';
import type { WebhookAttemptRecord, WebhookDeliveryRow } from './tables';
import { columns, dueBehindItsLead, wantsType } from './webhook-deliveries.repository';

// The dispatcher's side of the webhook_deliveries table, and the dispatch cursor: which event
// goes to which endpoint, its attempts, and who has it in flight. Instances share the work
// through row locks (FOR UPDATE SKIP LOCKED), never through memory.

/** The most attempts a delivery keeps (the oldest are dropped past it), as the API's list holds. */
export const keptAttempts = 100;

export interface FanOut {
  /** False when another instance holds the cursor: it is fanning out now. */
  ran: boolean;
  events: number;
  deliveries: number;
}

/**
 * Turns the next events into deliveries, one transaction: locks the one shared cursor (or
 * leaves at once when another instance has it), takes up to `limit` events after it in commit
 * order, only of transactions older than every transaction still running (so an event whose
 * transaction commits late is never passed over), inserts a delivery for each endpoint of the
 * event's business that is enabled and wants its type (or for the one endpoint it is
 * addressed to), and moves the cursor past them.
 */
export async function fanOutEvents(db: Knex, limit: number): Promise<FanOut> {
  return db.transaction(async (trx) => {
    const cursor = await trx.raw<{ rows: { transaction_id: string; position: string }[] }>(
      `SELECT transaction_id::text AS transaction_id, position::text AS position FROM webhook_dispatch_cursor WHERE id = 1 FOR UPDATE SKIP LOCKED`,
    );
    const at = cursor.rows[0];
    if (!at) return { ran: false, events: 0, deliveries: 0 };
    const result = await trx.raw<{ rows: { events: string; deliveries: string; last_transaction_id: string | null; last_position: string | null }[] }>(
      `WITH batch AS MATERIALIZED (
         SELECT business_id, id, type, lead_id, endpoint_id, transaction_id, position
         FROM change_events
         WHERE (transaction_id, position) > (?::xid8, ?::bigint)
           AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
         ORDER BY transaction_id, position
         LIMIT ?
       ), inserted AS (
         INSERT INTO webhook_deliveries (business_id, id, endpoint_id, event_id, event_type, lead_id, event_transaction_id, event_position, next_attempt_at)
         SELECT b.business_id, gen_random_uuid(), e.id, b.id, b.type, b.lead_id, b.transaction_id, b.position, ${dueBehindItsLead('e.id', 'b.lead_id')}
         FROM batch b
         JOIN webhook_endpoints e ON e.business_id = b.business_id AND e.enabled
         WHERE (b.endpoint_id IS NULL AND ${wantsType('b.type')})
            OR (b.endpoint_id = e.id AND NOT EXISTS (
                 SELECT 1 FROM webhook_deliveries d WHERE d.business_id = b.business_id AND d.endpoint_id = e.id AND d.event_id = b.id))
         ORDER BY b.transaction_id, b.position
         RETURNING 1
       ), last AS (
         SELECT transaction_id, position FROM batch ORDER BY transaction_id DESC, position DESC LIMIT 1
       )
       SELECT (SELECT count(*) FROM batch) AS events,
              (SELECT count(*) FROM inserted) AS deliveries,
              (SELECT transaction_id::text FROM last) AS last_transaction_id,
              (SELECT position::text FROM last) AS last_position`,
      [at.transaction_id, at.position, limit],
    );
    const row = result.rows[0]!;
    if (row.last_transaction_id !== null) {
      await trx.raw(`UPDATE webhook_dispatch_cursor SET transaction_id = ?::xid8, position = ?::bigint WHERE id = 1`, [
        row.last_transaction_id,
        row.last_position,
      ]);
    }
    return { ran: true, events: Number(row.events), deliveries: Number(row.deliveries) };
  });
}

/**
 * Takes up to `limit` deliveries that are due, for this instance, for `claimSeconds`: pending,
 * of an enabled endpoint, not in flight elsewhere (or in flight past its claim: that instance
 * died), and with no earlier pending delivery of the same lead to the same endpoint, so each
 * endpoint gets a lead's events in order. Rows another instance is taking are skipped.
 */
export async function claimDueDeliveries(db: Knex, limit: number, claimSeconds: number): Promise<WebhookDeliveryRow[]> {
  const result = await db.raw<{ rows: WebhookDeliveryRow[] }>(
    `WITH due AS (
       SELECT d.business_id, d.id
       FROM webhook_deliveries d
       JOIN webhook_endpoints e ON e.business_id = d.business_id AND e.id = d.endpoint_id AND e.enabled
       WHERE d.status = 'pending'
         AND d.next_attempt_at <= now()
         AND (d.claimed_until IS NULL OR d.claimed_until < now())
         AND NOT EXISTS (
           SELECT 1 FROM webhook_deliveries p
           WHERE p.status = 'pending' AND p.endpoint_id = d.endpoint_id AND p.lead_id = d.lead_id
             AND (p.event_transaction_id, p.event_position) < (d.event_transaction_id, d.event_position))
       ORDER BY d.next_attempt_at, d.event_transaction_id, d.event_position
       LIMIT ?
       FOR UPDATE OF d SKIP LOCKED
     )
     UPDATE webhook_deliveries d SET claimed_until = now() + make_interval(secs => ?), updated_at = now()
     FROM due WHERE d.business_id = due.business_id AND d.id = due.id
     RETURNING ${columns.map((column) => `d.${column}`).join(', ')}`,
    [limit, claimSeconds],
  );
  return result.rows;
}

export interface AttemptOutcome {
  attempt: WebhookAttemptRecord;
  status: WebhookDeliveryRow['status'];
  /** Seconds from now until the next attempt, while pending. */
  nextAttemptInSeconds: number | null;
}

export interface DeliveredAttempt {
  delivery: WebhookDeliveryRow;
  attempt: WebhookAttemptRecord;
}

/**
 * Records delivered attempts of deliveries this instance claimed, however many, in one
 * statement (the common case, so no transaction): each delivery delivered, its lead's next
 * deliveries to its endpoint due now, its endpoint no longer failing. Answers the ids of those
 * recorded: one is not when its claim is no longer this instance's (it outlived it and another
 * instance took the delivery). A claim never holds two deliveries of one lead to one endpoint.
 */
export async function recordDelivered(db: Knex, delivered: readonly DeliveredAttempt[]): Promise<Set<string>> {
  if (delivered.length === 0) return new Set();
  const result = await db.raw<{ rows: { id: string }[] }>(
    `WITH done AS (
       SELECT * FROM unnest(?::uuid[], ?::uuid[], ?::timestamptz[], ?::jsonb[]) AS t(business_id, id, claimed_until, attempt)
     ), recorded AS (
       UPDATE webhook_deliveries d
       SET attempts = CASE WHEN jsonb_array_length(d.attempts) >= ? THEN d.attempts - 0 ELSE d.attempts END || jsonb_build_array(done.attempt),
           attempt_count = d.attempt_count + 1, status = 'delivered', next_attempt_at = NULL, claimed_until = NULL, updated_at = now()
       FROM done
       WHERE d.business_id = done.business_id AND d.id = done.id AND d.claimed_until = done.claimed_until
       RETURNING d.id, d.business_id, d.endpoint_id, d.lead_id, d.event_transaction_id, d.event_position
     ), released AS (
       UPDATE webhook_deliveries l SET next_attempt_at = now()
       FROM recorded r
       WHERE l.status = 'pending' AND l.endpoint_id = r.endpoint_id AND l.lead_id = r.lead_id
         AND (l.event_transaction_id, l.event_position) > (r.event_transaction_id, r.event_position)
         AND l.next_attempt_at > now() AND l.attempt_count = 0
     ), healthy AS (
       UPDATE webhook_endpoints e SET failing_since = NULL, updated_at = now()
       FROM (SELECT DISTINCT business_id, endpoint_id FROM recorded) r
       WHERE e.business_id = r.business_id AND e.id = r.endpoint_id AND e.failing_since IS NOT NULL
     )
     SELECT id FROM recorded`,
    [
      delivered.map(({ delivery }) => delivery.business_id),
      delivered.map(({ delivery }) => delivery.id),
      // A delivery without a claim is not this instance's: the epoch matches no claim.
      delivered.map(({ delivery }) => (delivery.claimed_until ?? new Date(0)).toISOString()),
      delivered.map(({ attempt }) => JSON.stringify(attempt)),
      keptAttempts,
    ],
  );
  return new Set(result.rows.map((row) => row.id));
}

/**
 * Records an attempt of a delivery this instance claimed, and its next state; false when
 * the claim is no longer this instance's (it outlived it and another took the delivery).
 */
export async function recordAttempt(db: Knex, delivery: WebhookDeliveryRow, outcome: AttemptOutcome): Promise<boolean> {
  const [updated] = await db('webhook_deliveries')
    .where({ business_id: delivery.business_id, id: delivery.id, claimed_until: delivery.claimed_until })
    .update({
      attempts: db.raw(`CASE WHEN jsonb_array_length(attempts) >= ? THEN attempts - 0 ELSE attempts END || ?::jsonb`, [
        keptAttempts,
        JSON.stringify([outcome.attempt]),
      ]),
      attempt_count: db.raw('attempt_count + 1'),
      status: outcome.status,
      // Nothing is due for a disabled endpoint (it may have been disabled while this attempt ran).
      next_attempt_at:
        outcome.nextAttemptInSeconds === null
          ? null
          : db.raw(
              `CASE WHEN EXISTS (SELECT 1 FROM webhook_endpoints e WHERE e.business_id = webhook_deliveries.business_id AND e.id = webhook_deliveries.endpoint_id AND e.enabled)
                 THEN now() + make_interval(secs => ?) END`,
              [outcome.nextAttemptInSeconds],
            ),
      claimed_until: null,
      updated_at: db.fn.now(),
    })
    .returning(['next_attempt_at']);
  if (!updated) return false;
  if (delivery.lead_id !== null) {
    // The lead's later deliveries to the endpoint wait for this one: due when it is tried next, or now that it is done.
    const later = db('webhook_deliveries')
      .where({ status: 'pending', endpoint_id: delivery.endpoint_id, lead_id: delivery.lead_id })
      .whereRaw('(event_transaction_id, event_position) > (?::xid8, ?::bigint)', [delivery.event_transaction_id, delivery.event_position]);
    if (outcome.status === 'pending' && updated.next_attempt_at) {
      await later.where('next_attempt_at', '<', updated.next_attempt_at).update({ next_attempt_at: updated.next_attempt_at });
    } else if (outcome.status !== 'pending') {
      await later.where('next_attempt_at', '>', db.fn.now()).where({ attempt_count: 0 }).update({ next_attempt_at: db.fn.now() });
    }
  }
  return true;
}

/** A disabled endpoint's pending deliveries are due never (so no claim passes over them); enabled again, they are due now. */
export async function pauseDeliveries(db: Knex, businessId: string, endpointId: string, paused: boolean): Promise<void> {
  const pending = db('webhook_deliveries').where({ business_id: businessId, endpoint_id: endpointId, status: 'pending' });
  if (paused) await pending.whereNotNull('next_attempt_at').update({ next_attempt_at: null });
  else await pending.whereNull('next_attempt_at').update({ next_attempt_at: db.fn.now() });
}

/** Gives back a delivery this instance claimed but did not send (it is stopping): due again at once, for any instance. */
export async function releaseClaim(db: Knex, delivery: WebhookDeliveryRow): Promise<void> {
  await db('webhook_deliveries')
    .where({ business_id: delivery.business_id, id: delivery.id, claimed_until: delivery.claimed_until })
    .update({ claimed_until: null, updated_at: db.fn.now() });
}

/** When the next pending delivery falls due, if one is due later than now; undefined when none is. */
export async function nextDueAt(db: Knex): Promise<Date | undefined> {
  const row = await db('webhook_deliveries').where({ status: 'pending' }).where('next_attempt_at', '>', db.fn.now()).min({ at: 'next_attempt_at' }).first();
  return row?.at ? new Date(row.at) : undefined;
}

/** Wakes the dispatchers of every instance (after a retry, a replay or a re-enable), at the caller's commit. */
export async function wakeDispatchers(db: Knex): Promise<void> {
  await db.raw(`SELECT pg_notify('change_events', '')`);
}
