import type { components } from '@dispositions/api-types';
import type { ChangeEventRow } from '../repositories/tables';

type Schemas = components['schemas'];

// STUB of the webhooks branch until the lead's renderer lands (which replaces this file): it
// passes `object` and `previous` through as stored, which is right for the webhooks' own
// events (webhook.test, webhook_endpoint.disabled), whose object is stored as the API shows it.

/** A change_events row as the envelope `{id, type, timestamp, data: {object, previous, leadId, sequence}}`. */
export function toChangeEvent(row: ChangeEventRow): Schemas['ChangeEvent'] {
  return {
    id: row.id,
    type: row.type,
    timestamp: row.occurred_at.toISOString(),
    data: {
      object: row.object,
      previous: row.previous,
      leadId: row.lead_id,
      sequence: row.sequence === null ? null : Number(row.sequence),
    },
  } as Schemas['ChangeEvent'];
}
