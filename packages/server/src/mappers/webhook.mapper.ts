import type { components } from '@dispositions/api-types';
import type { WebhookDeliveryRow, WebhookEndpointRow } from '../repositories/tables';

type Schemas = components['schemas'];

/** An endpoint's status: disabled, failing (its last attempt failed, none succeeded since), or enabled. */
export function webhookEndpointStatus(row: Pick<WebhookEndpointRow, 'enabled' | 'failing_since'>): Schemas['WebhookEndpointStatus'] {
  if (!row.enabled) return 'disabled';
  return row.failing_since ? 'failing' : 'enabled';
}

/** An endpoint as the API shows it: never its secrets. */
export function toWebhookEndpoint(row: WebhookEndpointRow): Schemas['WebhookEndpoint'] {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.event_types,
    enabled: row.enabled,
    status: webhookEndpointStatus(row),
    disabledReason: row.enabled ? null : row.disabled_reason,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function toWebhookDelivery(row: WebhookDeliveryRow): Schemas['WebhookDelivery'] {
  return {
    id: row.id,
    eventId: row.event_id,
    eventType: row.event_type,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.status === 'pending' && row.next_attempt_at ? row.next_attempt_at.toISOString() : null,
    createdAt: row.created_at.toISOString(),
  };
}
