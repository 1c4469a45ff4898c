import type { components } from '@dispositions/api-types';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import { defaultWebhookSettings, type WebhookSettings } from '../config';
import { transaction } from '../db/transaction';
import { InvalidFieldsError, NotFoundError, UnprocessableError } from '../domain/errors';
import { toWebhookDelivery, toWebhookEndpoint } from '../mappers/webhook.mapper';
import { decodeToken, encodeToken, queryDigest } from '../query/continuation-token';
import { defaultPageSize } from '../query/keyset-page';
import { insertAddressedEvent } from '../repositories/change-events.repository';
import type { WebhookDeliveryRow } from '../repositories/tables';
import * as deliveries from '../repositories/webhook-deliveries.repository';
import { wakeDispatchers } from '../repositories/webhook-dispatch.repository';
import * as endpoints from '../repositories/webhook-endpoints.repository';
import { changeEventTypes, selectorMatches } from '../webhooks/event-types';
import { generateWebhookSecret } from '../webhooks/signing';
import { checkWebhookUrl } from '../webhooks/url-policy';
import { type AttemptResult, attemptClaimedDelivery, claimSecondsOf } from './webhook-deliveries.service';

// A business's webhook endpoints: their URLs (checked against the URL policy), the events
// they want, their secrets (made here, answered on creation and rotation only, never logged),
// their deliveries, and sending again: a delivery retried or a period replayed keeps its event id.

type Schemas = components['schemas'];

export const webhookEndpointLimit = 50;

/** The longest a rotated-out secret keeps signing: a week. */
export const maxOverlapSeconds = 604_800;
export const defaultOverlapSeconds = 86_400;

export interface WebhookServiceContext {
  db: Knex;
  logger: Logger;
  settings?: WebhookSettings | undefined;
  countAttempt?: ((result: AttemptResult) => void) | undefined;
}

const settingsOf = (context: WebhookServiceContext) => context.settings ?? defaultWebhookSettings;

/** Event-type selectors that each take at least one event type; a 400 naming the first that takes none. */
function checkEventTypes(selectors: readonly string[] | undefined, path: string): string[] | undefined {
  if (selectors === undefined) return undefined;
  selectors.forEach((selector, i) => {
    if (!changeEventTypes.some((type) => selectorMatches(selector, type))) {
      throw InvalidFieldsError.at(
        `${path}/${i}`,
        `names no event type: use one of ${changeEventTypes.join(', ')}, a family such as disposition.*, or *`,
        'invalid.eventType',
      );
    }
  });
  return [...selectors];
}

async function endpointOrNotFound(db: Knex, businessId: string, id: string) {
  const endpoint = await endpoints.findWebhookEndpoint(db, businessId, id);
  if (!endpoint) throw new NotFoundError('Webhook endpoint', id);
  return endpoint;
}

export async function createWebhookEndpoint(
  context: WebhookServiceContext,
  businessId: string,
  body: Schemas['WebhookEndpointRequest'],
): Promise<Schemas['WebhookEndpointWithSecret']> {
  checkWebhookUrl(body.url, { allowPrivate: settingsOf(context).allowPrivateUrls });
  const eventTypes = checkEventTypes(body.eventTypes, '/body/eventTypes') ?? ['*'];
  const secret = generateWebhookSecret();
  const row = await transaction(context.db, async (trx) => {
    if ((await endpoints.countWebhookEndpointsForUpdate(trx, businessId)) >= webhookEndpointLimit) {
      throw new UnprocessableError(
        `This business already has ${webhookEndpointLimit} webhook endpoints, the most it holds.`,
        '/problems/webhook-endpoints-full',
      );
    }
    return endpoints.insertWebhookEndpoint(trx, {
      businessId,
      url: body.url,
      description: body.description ?? null,
      eventTypes,
      enabled: body.enabled ?? true,
      secret,
    });
  });
  context.logger.info({ endpointId: row.id, businessId }, 'webhook endpoint created');
  return { ...toWebhookEndpoint(row), secret };
}

export async function listWebhookEndpoints(db: Knex, businessId: string): Promise<Schemas['WebhookEndpointList']> {
  return { items: (await endpoints.listWebhookEndpoints(db, businessId)).map(toWebhookEndpoint) };
}

export async function getWebhookEndpoint(db: Knex, businessId: string, id: string): Promise<Schemas['WebhookEndpoint']> {
  return toWebhookEndpoint(await endpointOrNotFound(db, businessId, id));
}

export async function updateWebhookEndpoint(
  context: WebhookServiceContext,
  businessId: string,
  id: string,
  body: Schemas['WebhookEndpointUpdate'],
): Promise<Schemas['WebhookEndpoint']> {
  if (body.url !== undefined) checkWebhookUrl(body.url, { allowPrivate: settingsOf(context).allowPrivateUrls });
  const eventTypes = checkEventTypes(body.eventTypes, '/body/eventTypes');
  const row = await transaction(context.db, async (trx) => {
    const updated = await endpoints.updateWebhookEndpoint(trx, businessId, id, {
      url: body.url,
      description: body.description,
      eventTypes,
      enabled: body.enabled,
    });
    // Re-enabled: its pending deliveries are due as they were; the dispatchers hear of it at commit.
    if (updated && body.enabled) await wakeDispatchers(trx);
    return updated;
  });
  if (!row) throw new NotFoundError('Webhook endpoint', id);
  return toWebhookEndpoint(row);
}

export async function deleteWebhookEndpoint(db: Knex, businessId: string, id: string): Promise<void> {
  if (!(await endpoints.deleteWebhookEndpoint(db, businessId, id))) throw new NotFoundError('Webhook endpoint', id);
}

export async function rotateWebhookSecret(
  context: WebhookServiceContext,
  businessId: string,
  id: string,
  body: Schemas['RotateWebhookSecretRequest'] | undefined,
): Promise<Schemas['WebhookSecret']> {
  const overlapSeconds = body?.overlapSeconds ?? defaultOverlapSeconds;
  if (!Number.isInteger(overlapSeconds) || overlapSeconds < 0 || overlapSeconds > maxOverlapSeconds) {
    throw InvalidFieldsError.at('/body/overlapSeconds', `must be a whole number of seconds from 0 to ${maxOverlapSeconds}`, 'invalid.range');
  }
  const secret = generateWebhookSecret();
  const row = await endpoints.rotateWebhookSecret(context.db, businessId, id, secret, overlapSeconds);
  if (!row) throw new NotFoundError('Webhook endpoint', id);
  context.logger.info({ endpointId: id, businessId, overlapSeconds }, 'webhook secret rotated');
  return { secret };
}

export const testEventMessage = 'This is a test event from the Dispositions API.';

/** Sends a `webhook.test` event to the endpoint now, whatever its state, and answers its delivery with the attempt. */
export async function testWebhookEndpoint(context: WebhookServiceContext, businessId: string, id: string): Promise<Schemas['WebhookDelivery']> {
  const settings = settingsOf(context);
  await endpointOrNotFound(context.db, businessId, id);
  const delivery = await transaction(context.db, async (trx) => {
    const event = await insertAddressedEvent(trx, {
      businessId,
      type: 'webhook.test',
      object: { endpointId: id, message: testEventMessage },
      endpointId: id,
    });
    return deliveries.insertClaimedDelivery(
      trx,
      { businessId, endpointId: id, eventId: event.id, eventType: event.type, transactionId: event.transaction_id, position: event.position },
      claimSecondsOf(settings),
    );
  });
  const sent = await attemptClaimedDelivery({ db: context.db, logger: context.logger, settings, countAttempt: context.countAttempt }, delivery);
  if (!sent) throw new NotFoundError('Webhook endpoint', id);
  return toWebhookDelivery(sent);
}

export interface DeliveryPageRequest {
  status?: Schemas['WebhookDeliveryStatus'] | undefined;
  eventType?: string | undefined;
  pageSize?: number | undefined;
  continuationToken?: string | undefined;
}

/** A page of an endpoint's deliveries, newest queued first, by keyset on their queued order. */
export async function listWebhookDeliveries(
  db: Knex,
  tokenSecret: string,
  businessId: string,
  endpointId: string,
  request: DeliveryPageRequest,
): Promise<Schemas['WebhookDeliveryPage']> {
  await endpointOrNotFound(db, businessId, endpointId);
  const pageSize = request.pageSize ?? defaultPageSize;
  const digest = queryDigest({ scope: `webhook-deliveries:${businessId}:${endpointId}`, status: request.status ?? null, eventType: request.eventType ?? null });
  let after: string | undefined;
  if (request.continuationToken) {
    const [queuedOrder] = decodeToken(tokenSecret, request.continuationToken, digest, 1) ?? [];
    if (typeof queuedOrder !== 'string' || !/^[0-9]{1,19}$/.test(queuedOrder)) {
      throw InvalidFieldsError.at('/query/continuationToken', 'is not a continuation token issued for these parameters', 'invalid.token');
    }
    after = queuedOrder;
  }
  const found = await deliveries.listDeliveries(db, {
    businessId,
    endpointId,
    status: request.status,
    eventType: request.eventType,
    after,
    limit: pageSize + 1,
  });
  const rows = found.slice(0, pageSize);
  const last: WebhookDeliveryRow | undefined = rows[rows.length - 1];
  return {
    items: rows.map(toWebhookDelivery),
    pageSize,
    continuationToken: found.length > pageSize && last ? encodeToken(tokenSecret, [String(last.queued_order)], digest) : null,
  };
}

/** Queues a delivery to be sent again (its schedule started over), with the same event id. */
export async function retryWebhookDelivery(db: Knex, businessId: string, endpointId: string, deliveryId: string): Promise<Schemas['WebhookDelivery']> {
  await endpointOrNotFound(db, businessId, endpointId);
  const row = await transaction(db, async (trx) => {
    const requeued = await deliveries.requeueDelivery(trx, businessId, endpointId, deliveryId);
    if (requeued) await wakeDispatchers(trx);
    return requeued;
  });
  if (!row) throw new NotFoundError('Webhook delivery', deliveryId);
  return toWebhookDelivery(row);
}

/** Queues the kept events of a period for the endpoint again, with their own ids, oldest first; how many. */
export async function replayWebhookEvents(
  db: Knex,
  businessId: string,
  endpointId: string,
  body: Schemas['WebhookReplayRequest'],
): Promise<Schemas['WebhookReplayQueued']> {
  await endpointOrNotFound(db, businessId, endpointId);
  const eventTypes = checkEventTypes(body.eventTypes, '/body/eventTypes');
  if (body.until !== undefined && Date.parse(body.until) <= Date.parse(body.since)) {
    throw InvalidFieldsError.at('/body/until', 'must be later than since', 'invalid.range');
  }
  const queued = await transaction(db, async (trx) => {
    const count = await deliveries.insertReplayDeliveries(trx, { businessId, endpointId, since: body.since, until: body.until, eventTypes });
    if (count > 0) await wakeDispatchers(trx);
    return count;
  });
  return { queued };
}
