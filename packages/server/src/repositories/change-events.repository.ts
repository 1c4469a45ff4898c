import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { ChangeEventRow } from './tables';

// The change_events table, as the webhooks need it: reading one event to deliver, and
// recording the events of the webhooks themselves (a test to one endpoint, an endpoint
// disabled). The writes of leads, dispositions and statuses record theirs in their own statements.

const columns = ['business_id', 'id', 'type', 'lead_id', 'sequence', 'occurred_at', 'transaction_id', 'position', 'object', 'previous', 'endpoint_id'];

/** A new event id: `evt_` and 32 hex digits. */
export function newEventId(): string {
  return `evt_${randomUUID().replaceAll('-', '')}`;
}

export async function findChangeEventRow(db: Knex, businessId: string, id: string): Promise<ChangeEventRow | undefined> {
  return db('change_events').select(columns).where({ business_id: businessId, id }).first();
}

export interface AddressedEvent {
  businessId: string;
  type: 'webhook.test' | 'webhook_endpoint.disabled';
  /** The event's `data.object`, as the API shows it. */
  object: Record<string, unknown>;
  /** The one endpoint it is for; null for every endpoint of the business that wants it. */
  endpointId: string | null;
}

/** Records an event of no lead (a webhook's own), in the caller's transaction; the row as inserted. */
export async function insertAddressedEvent(db: Knex, event: AddressedEvent): Promise<ChangeEventRow> {
  const [row] = await db('change_events')
    .insert({
      business_id: event.businessId,
      id: newEventId(),
      type: event.type,
      lead_id: null,
      sequence: null,
      object: JSON.stringify(event.object),
      previous: null,
      endpoint_id: event.endpointId,
    })
    .returning(columns);
  return row;
}
