import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { WebhookEndpointRow } from './tables';
import { pauseDeliveries } from './webhook-dispatch.repository';

// The webhook_endpoints table: a business's receivers, their secrets and their health.

const columns = [
  'business_id',
  'id',
  'url',
  'description',
  'event_types',
  'enabled',
  'secret',
  'previous_secret',
  'previous_secret_expires_at',
  'failing_since',
  'disabled_reason',
  'created_at',
  'updated_at',
];

export interface NewWebhookEndpoint {
  businessId: string;
  url: string;
  description: string | null;
  eventTypes: string[];
  enabled: boolean;
  secret: string;
}

export async function insertWebhookEndpoint(db: Knex, endpoint: NewWebhookEndpoint): Promise<WebhookEndpointRow> {
  const [row] = await db('webhook_endpoints')
    .insert({
      business_id: endpoint.businessId,
      id: randomUUID(),
      url: endpoint.url,
      description: endpoint.description,
      event_types: endpoint.eventTypes,
      enabled: endpoint.enabled,
      secret: endpoint.secret,
    })
    .returning(columns);
  return row;
}

/** How many endpoints the business has, counted under a lock of the business's row so that two creates cannot both pass the limit. */
export async function countWebhookEndpointsForUpdate(trx: Knex.Transaction, businessId: string): Promise<number> {
  await trx('businesses').where({ id: businessId }).forUpdate().select('id');
  const row = await trx('webhook_endpoints').where({ business_id: businessId }).count({ count: '*' }).first();
  return Number(row?.count ?? 0);
}

export async function listWebhookEndpoints(db: Knex, businessId: string): Promise<WebhookEndpointRow[]> {
  return db('webhook_endpoints').select(columns).where({ business_id: businessId }).orderBy(['created_at', 'id']);
}

export async function findWebhookEndpoint(db: Knex, businessId: string, id: string): Promise<WebhookEndpointRow | undefined> {
  return db('webhook_endpoints').select(columns).where({ business_id: businessId, id }).first();
}

/** The endpoints of `[businessId, id]` pairs; those deleted are absent. */
export async function findWebhookEndpoints(db: Knex, keys: readonly (readonly [string, string])[]): Promise<WebhookEndpointRow[]> {
  if (keys.length === 0) return [];
  return db('webhook_endpoints')
    .select(columns)
    .whereIn(['business_id', 'id'], keys as [string, string][]);
}

export interface WebhookEndpointChanges {
  url?: string;
  description?: string | null;
  eventTypes?: string[];
  enabled?: boolean;
}

/**
 * Changes the fields given; enabling clears why it was disabled and its failing time (it
 * counts as failing again only from its next failure), disabling by hand leaves no reason.
 */
export async function updateWebhookEndpoint(
  db: Knex,
  businessId: string,
  id: string,
  changes: WebhookEndpointChanges,
): Promise<WebhookEndpointRow | undefined> {
  const update: Record<string, unknown> = { updated_at: db.fn.now() };
  if (changes.url !== undefined) update.url = changes.url;
  if (changes.description !== undefined) update.description = changes.description;
  if (changes.eventTypes !== undefined) update.event_types = changes.eventTypes;
  if (changes.enabled !== undefined) {
    update.enabled = changes.enabled;
    update.disabled_reason = null;
    if (changes.enabled) update.failing_since = null;
  }
  const [row] = await db('webhook_endpoints').where({ business_id: businessId, id }).update(update).returning(columns);
  if (row && changes.enabled !== undefined) await pauseDeliveries(db, businessId, id, !changes.enabled);
  return row;
}

/** Deletes the endpoint (and, by the foreign key, its deliveries); whether it existed. */
export async function deleteWebhookEndpoint(db: Knex, businessId: string, id: string): Promise<boolean> {
  const deleted = await db('webhook_endpoints').where({ business_id: businessId, id }).delete().returning('id');
  return deleted.length > 0;
}

/** Gives the endpoint a new secret; the current one keeps signing for `overlapSeconds`. */
export async function rotateWebhookSecret(
  db: Knex,
  businessId: string,
  id: string,
  secret: string,
  overlapSeconds: number,
): Promise<WebhookEndpointRow | undefined> {
  const [row] = await db('webhook_endpoints')
    .where({ business_id: businessId, id })
    .update({
      previous_secret: db.raw('secret'),
      previous_secret_expires_at: db.raw(`now() + make_interval(secs => ?)`, [overlapSeconds]),
      secret,
      updated_at: db.fn.now(),
    })
    .returning(columns);
  return row;
}

/**
 * After a failure: the endpoint is failing from now, unless it already was; answers since
 * when (the database's clock), or undefined when the endpoint is gone.
 */
export async function markWebhookEndpointFailing(db: Knex, businessId: string, id: string): Promise<{ failingSince: Date; now: Date } | undefined> {
  const [row] = await db('webhook_endpoints')
    .where({ business_id: businessId, id })
    .update({ failing_since: db.raw('coalesce(failing_since, now())') })
    .returning([db.raw('failing_since'), db.raw('now() AS now')]);
  return row ? { failingSince: row.failing_since, now: row.now } : undefined;
}

/** Disables the endpoint for `reason`; the endpoint as it now is, or undefined when it was already disabled (or is gone). */
export async function disableWebhookEndpoint(db: Knex, businessId: string, id: string, reason: string): Promise<WebhookEndpointRow | undefined> {
  const [row] = await db('webhook_endpoints')
    .where({ business_id: businessId, id, enabled: true })
    .update({ enabled: false, disabled_reason: reason, updated_at: db.fn.now() })
    .returning(columns);
  if (row) await pauseDeliveries(db, businessId, id, true);
  return row;
}
