import type { Knex } from 'knex';
import type { Logger } from 'pino';
import { defaultWebhookSettings, type WebhookSettings } from '../config';
import { transaction } from '../db/transaction';
import { toChangeEvent } from '../mappers/change-event.mapper';
import { toWebhookEndpoint } from '../mappers/webhook.mapper';
import { findEventsToDeliver, insertAddressedEvent } from '../repositories/change-events.repository';
import type { ChangeEventRow, WebhookAttemptRecord, WebhookDeliveryRow, WebhookEndpointRow } from '../repositories/tables';
import { findDelivery } from '../repositories/webhook-deliveries.repository';
import { type AttemptOutcome, type DeliveredAttempt, recordAttempt, recordDelivered, releaseClaim } from '../repositories/webhook-dispatch.repository';
import { disableWebhookEndpoint, findWebhookEndpoints, markWebhookEndpointFailing } from '../repositories/webhook-endpoints.repository';
import { nextAttemptDelaySeconds } from '../webhooks/retry-schedule';
import { sendWebhook, type WebhookAttemptResult } from '../webhooks/sender';
import { activeSecrets, signatureHeaders } from '../webhooks/signing';

// One attempt of one delivery, from the claim to its record: the event rendered and signed
// with the endpoint's active secrets, sent, and the outcome written with the endpoint's
// health (a 2xx clears its failing; a 410 disables it; so does failing for too long, which
// tells the business's other endpoints). Shared by the dispatcher and the test endpoint.
// Logs carry ids, statuses and durations: never a secret, a payload or a receiver's answer.

/** What the dispatcher's metrics count: an attempt's result. */
export type AttemptResult = 'delivered' | 'retrying' | 'failed' | 'released';

export interface DeliveryContext {
  db: Knex;
  logger: Logger;
  settings?: WebhookSettings;
  /** Counts each attempt's result (/metrics). */
  countAttempt?: (result: AttemptResult) => void;
  /** Runs each of its database steps (the dispatcher's bound on the connections it takes at once); at once when left out. */
  withDatabase?: <T>(work: () => Promise<T>) => Promise<T>;
  /** Records a delivered attempt (the dispatcher's gathers those that finish together, `gatherDeliveredRecords`); alone when left out. */
  recordDelivered?: (delivered: DeliveredAttempt) => Promise<boolean>;
}

/**
 * Records delivered attempts as they finish, gathered: those that finish while a record is
 * being written (or waits for the database) all go in the next statement, so under a stream
 * of deliveries there is a statement per batch rather than per delivery. Each caller learns
 * whether its own attempt was recorded.
 */
export function gatherDeliveredRecords(db: Knex, withDatabase: <T>(work: () => Promise<T>) => Promise<T>): (delivered: DeliveredAttempt) => Promise<boolean> {
  let waiting: { delivered: DeliveredAttempt; settle: (recorded: Promise<boolean>) => void }[] = [];
  let writing = false;
  async function writeAll(): Promise<void> {
    writing = true;
    while (waiting.length > 0) {
      const batch = waiting;
      waiting = [];
      const recorded = withDatabase(() =>
        recordDelivered(
          db,
          batch.map((item) => item.delivered),
        ),
      );
      for (const item of batch) item.settle(recorded.then((ids) => ids.has(item.delivered.delivery.id)));
      await recorded.catch(() => undefined);
    }
    writing = false;
  }
  return (delivered) =>
    new Promise<boolean>((resolve) => {
      waiting.push({ delivered, settle: resolve });
      if (!writing) void writeAll();
    });
}

/** How long a claim lasts: past two timeouts and a margin, a delivery claimed by an instance that died is taken again. */
export function claimSecondsOf(settings: WebhookSettings): number {
  return Math.ceil((2 * settings.timeoutMs) / 1000) + 5;
}

const maxErrorLength = 500;
const maxDurationMs = 600_000;

/** The attempt as the delivery log keeps it, within the API's bounds. */
function attemptRecord(at: Date, result: WebhookAttemptResult): WebhookAttemptRecord {
  const statusCode = result.statusCode !== null && result.statusCode >= 100 && result.statusCode <= 599 ? result.statusCode : null;
  const error = result.error === null ? null : result.error.length > maxErrorLength ? `${result.error.slice(0, maxErrorLength - 1)}…` : result.error;
  return {
    at: at.toISOString(),
    statusCode,
    durationMs: Math.min(Math.max(0, Math.round(result.durationMs)), maxDurationMs),
    error: error ?? (statusCode === null && result.statusCode !== null ? `invalid status ${result.statusCode}` : null),
    responseExcerpt: result.responseExcerpt,
  };
}

const isSuccess = (statusCode: number | null) => statusCode !== null && statusCode >= 200 && statusCode < 300;

/**
 * The endpoint after a failed attempt: failing from now (unless it already was), disabled
 * at once on a 410, or when it has failed without a success for `disableAfterSeconds`;
 * a disabled endpoint is told to the business's other endpoints (`webhook_endpoint.disabled`).
 */
async function noteFailure(
  trx: Knex.Transaction,
  endpoint: WebhookEndpointRow,
  statusCode: number | null,
  settings: WebhookSettings,
): Promise<string | undefined> {
  const failing = await markWebhookEndpointFailing(trx, endpoint.business_id, endpoint.id);
  if (!failing) return undefined;
  let reason: string | undefined;
  if (statusCode === 410) {
    reason = 'The endpoint answered 410 Gone.';
  } else if (failing.now.getTime() - failing.failingSince.getTime() >= settings.disableAfterSeconds * 1000) {
    reason = `No delivery succeeded for ${describeDuration(settings.disableAfterSeconds)}.`;
  }
  if (!reason) return undefined;
  const disabled = await disableWebhookEndpoint(trx, endpoint.business_id, endpoint.id, reason);
  if (!disabled) return undefined;
  await insertAddressedEvent(trx, {
    businessId: endpoint.business_id,
    type: 'webhook_endpoint.disabled',
    object: toWebhookEndpoint(disabled) as unknown as Record<string, unknown>,
    endpointId: null,
  });
  return reason;
}

function describeDuration(seconds: number): string {
  if (seconds % 86_400 === 0) return `${seconds / 86_400} day${seconds === 86_400 ? '' : 's'}`;
  if (seconds % 3600 === 0) return `${seconds / 3600} hour${seconds === 3600 ? '' : 's'}`;
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}

/** A claimed delivery with what its attempt needs: its endpoint (absent: deleted) and its event (absent: past its retention). */
export interface DeliveryWork {
  delivery: WebhookDeliveryRow;
  endpoint: WebhookEndpointRow | undefined;
  event: ChangeEventRow | undefined;
}

const keyOf = (businessId: string, id: string) => `${businessId}/${id}`;

/** What the attempts of claimed deliveries need, in two statements however many they are. */
export async function loadDeliveryWork(db: Knex, deliveries: readonly WebhookDeliveryRow[]): Promise<DeliveryWork[]> {
  const endpoints = await findWebhookEndpoints(
    db,
    deliveries.map((delivery) => [delivery.business_id, delivery.endpoint_id] as const),
  );
  const events = await findEventsToDeliver(
    db,
    deliveries.map((delivery) => [delivery.business_id, delivery.event_id] as const),
  );
  const endpointOf = new Map(endpoints.map((endpoint) => [keyOf(endpoint.business_id, endpoint.id), endpoint]));
  const eventOf = new Map(events.map((event) => [keyOf(event.business_id, event.id), event]));
  return deliveries.map((delivery) => ({
    delivery,
    endpoint: endpointOf.get(keyOf(delivery.business_id, delivery.endpoint_id)),
    event: eventOf.get(keyOf(delivery.business_id, delivery.event_id)),
  }));
}

/**
 * Sends a delivery this instance has claimed now, and answers it as it then is (with the
 * attempt), or undefined when its endpoint is gone: the test endpoint's send.
 */
export async function attemptClaimedDelivery(context: DeliveryContext, delivery: WebhookDeliveryRow): Promise<WebhookDeliveryRow | undefined> {
  const [work] = await loadDeliveryWork(context.db, [delivery]);
  if (!(await attemptDelivery(context, work!))) return undefined;
  return findDelivery(context.db, delivery.business_id, delivery.endpoint_id, delivery.id);
}

/**
 * Sends a delivery this instance has claimed and records the attempt. `signal` aborts a
 * send when the instance stops: the claim is then given back, with no attempt recorded.
 * False when its endpoint is gone (nothing is sent); never throws for the receiver's sake;
 * a database error is thrown (the claim then lapses by itself).
 */
export async function attemptDelivery(context: DeliveryContext, work: DeliveryWork, signal?: AbortSignal): Promise<boolean> {
  const { db, logger } = context;
  const { delivery, endpoint, event } = work;
  const settings = context.settings ?? defaultWebhookSettings;
  const step = context.withDatabase ?? (<T>(run: () => Promise<T>) => run());
  const recordOne = context.recordDelivered ?? ((one: DeliveredAttempt) => step(async () => (await recordDelivered(db, [one])).has(one.delivery.id)));
  if (!endpoint) return false;
  const at = new Date();
  let result: WebhookAttemptResult;
  if (!event) {
    result = {
      statusCode: null,
      durationMs: 0,
      error: 'The event is no longer kept (past its retention); it cannot be sent.',
      responseExcerpt: null,
      retryAfterSeconds: null,
    };
  } else {
    const body = JSON.stringify(toChangeEvent(event));
    const headers = signatureHeaders(
      event.id,
      body,
      activeSecrets({
        secret: endpoint.secret,
        previousSecret: endpoint.previous_secret,
        previousSecretExpiresAt: endpoint.previous_secret_expires_at,
      }),
      at,
    );
    result = await sendWebhook({ url: endpoint.url, body, headers, timeoutMs: settings.timeoutMs, allowPrivate: settings.allowPrivateUrls, signal });
    if (signal?.aborted && result.statusCode === null) {
      context.countAttempt?.('released');
      await step(() => releaseClaim(db, delivery));
      return true;
    }
  }
  const attempt = attemptRecord(at, result);
  const delivered = isSuccess(attempt.statusCode);
  const delay = delivered || !event ? null : nextAttemptDelaySeconds(settings.retrySchedule, delivery.attempt_count + 1, result.retryAfterSeconds);
  const outcome: AttemptOutcome = {
    attempt,
    status: delivered ? 'delivered' : delay === null ? 'failed' : 'pending',
    nextAttemptInSeconds: delay,
  };
  const { recorded, disabledBecause } = delivered
    ? { recorded: await recordOne({ delivery, attempt }), disabledBecause: undefined }
    : await step(() =>
        transaction(db, async (trx) => {
          const recorded = await recordAttempt(trx, delivery, outcome);
          if (!recorded) return { recorded, disabledBecause: undefined };
          return { recorded, disabledBecause: event ? await noteFailure(trx, endpoint, attempt.statusCode, settings) : undefined };
        }),
      );
  const resultName: AttemptResult = outcome.status === 'delivered' ? 'delivered' : outcome.status === 'failed' ? 'failed' : 'retrying';
  context.countAttempt?.(resultName);
  const fields = {
    deliveryId: delivery.id,
    endpointId: delivery.endpoint_id,
    eventId: delivery.event_id,
    eventType: delivery.event_type,
    attempt: delivery.attempt_count + 1,
    statusCode: attempt.statusCode,
    durationMs: attempt.durationMs,
    result: resultName,
    ...(delay === null ? {} : { nextAttemptInSeconds: Math.round(delay) }),
  };
  if (!recorded) logger.warn(fields, 'a webhook attempt is not recorded: its endpoint was deleted, or its claim lapsed and another instance took the delivery');
  else if (delivered) logger.debug(fields, 'webhook delivered');
  else
    logger.info(
      { ...fields, error: attempt.error },
      resultName === 'failed' ? 'webhook delivery failed for good: its retries are used up' : 'webhook attempt failed',
    );
  if (disabledBecause) logger.warn({ endpointId: endpoint.id, reason: disabledBecause }, 'webhook endpoint disabled');
  return true;
}
