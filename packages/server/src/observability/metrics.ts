import type { RequestHandler } from 'express';
import type { Knex } from 'knex';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

interface TarnPool {
  max: number;
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

/** What express-openapi-validator leaves on a request it has matched to an operation of the spec. */
type OpenApiRequest = { openapi?: { schema?: { operationId?: string } } };

export interface Metrics {
  registry: Registry;
  /** Counts and times every request once its response has been sent. */
  record: RequestHandler;
  /** What the webhook dispatcher and the test endpoint report. */
  webhooks: WebhookMetrics;
}

function tarnPoolOf(db: Knex): TarnPool | undefined {
  const pool = db.client.pool as Partial<TarnPool> | undefined;
  return typeof pool?.numUsed === 'function' ? (pool as TarnPool) : undefined;
}

/**
 * The pool's connections by state. PostgreSQL and the embedded database both sit behind
 * Knex's tarn pool; the embedded one has a single connection (max 1).
 */
function registerPoolGauges(registry: Registry, db: Knex): void {
  new Gauge({
    name: 'db_pool_connections',
    help: 'Database pool connections: used (checked out), free (idle), pending (requests waiting for one, or connections being opened).',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const pool = tarnPoolOf(db);
      this.set({ state: 'used' }, pool?.numUsed() ?? 0);
      this.set({ state: 'free' }, pool?.numFree() ?? 0);
      this.set({ state: 'pending_acquires' }, pool?.numPendingAcquires() ?? 0);
      this.set({ state: 'pending_creates' }, pool?.numPendingCreates() ?? 0);
    },
  });
  new Gauge({
    name: 'db_pool_max_connections',
    help: 'The most connections the database pool opens (DB_POOL_MAX; 1 for the embedded database).',
    registers: [registry],
    collect() {
      this.set(tarnPoolOf(db)?.max ?? 0);
    },
  });
}

/** The pending webhook deliveries of every instance, read from the database. */
export interface PendingDeliveries {
  pending: number;
  oldestAgeSeconds: number;
}

/** What the webhook metrics are told: each attempt's result, and the pending deliveries as the dispatcher last read them. */
export interface WebhookMetrics {
  countAttempt(result: string): void;
  reportPending(pending: PendingDeliveries): void;
}

/**
 * Webhook deliveries: attempts by result (`delivered`; `retrying`: failed, to be tried again;
 * `failed`: failed with its retries used up; `released`: given back unsent by a stopping
 * instance), and the pending deliveries of every instance and how long the oldest has waited,
 * as this instance's dispatcher last read them (at its poll, every 5 s): a scrape reads no database.
 */
function registerWebhookMetrics(registry: Registry): WebhookMetrics {
  const attempts = new Counter({
    name: 'webhook_delivery_attempts_total',
    help: 'Webhook delivery attempts made by this instance, by result: delivered, retrying (failed, tried again later), failed (retries used up), released (given back unsent at shutdown).',
    labelNames: ['result'],
    registers: [registry],
  });
  for (const result of ['delivered', 'retrying', 'failed', 'released']) attempts.inc({ result }, 0);
  const pending = new Gauge({
    name: 'webhook_deliveries_pending',
    help: 'Webhook deliveries waiting to be sent (or sent again), in every instance, as of the dispatcher’s last poll.',
    registers: [registry],
  });
  const oldest = new Gauge({
    name: 'webhook_oldest_pending_delivery_age_seconds',
    help: 'How long the oldest pending webhook delivery has waited since it was queued, as of the dispatcher’s last poll; 0 when none is pending.',
    registers: [registry],
  });
  pending.set(0);
  oldest.set(0);
  return {
    countAttempt: (result) => attempts.inc({ result }),
    reportPending(stats) {
      pending.set(stats.pending);
      oldest.set(stats.oldestAgeSeconds);
    },
  };
}

/** One registry per app, so several servers in one process (the tests) never share counters. */
export function createMetrics(db: Knex, operationIdOf: (method: string, path: string) => string): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  registerPoolGauges(registry, db);
  const labelNames = ['operation_id', 'method', 'status_code'] as const;
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by spec operation, method and status.',
    labelNames,
    registers: [registry],
  });
  const durations = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from receiving a request to sending the last byte of its response, by spec operation, method and status.',
    labelNames,
    registers: [registry],
  });
  const record: RequestHandler = (req, res, next) => {
    const stopTimer = durations.startTimer();
    res.once('finish', () => {
      // The validator has named the operation of every request that reached it; the others (a 401, the public paths) are matched here.
      const operationId = (req as OpenApiRequest).openapi?.schema?.operationId ?? operationIdOf(req.method, req.originalUrl.split('?')[0]!);
      const labels = { operation_id: operationId, method: req.method, status_code: String(res.statusCode) };
      requests.inc(labels);
      stopTimer(labels);
    });
    next();
  };
  return { registry, record, webhooks: registerWebhookMetrics(registry) };
}
