import type { components } from '@dispositions/api-types';

type ChangeEventType = components['schemas']['ChangeEventType'];

/** Every event type, as the spec's ChangeEventType lists them. */
export const changeEventTypes = [
  'disposition.created',
  'disposition.updated',
  'disposition.deleted',
  'lead.created',
  'lead.updated',
  'lead.deleted',
  'lead.current_disposition_changed',
  'lead_status.created',
  'lead_status.updated',
  'lead_status.archived',
  'follow_up.due',
  'follow_up.missed',
  'webhook_endpoint.disabled',
  'webhook.test',
] as const satisfies readonly ChangeEventType[];

/** Whether an endpoint's selector (`*`, `disposition.*`, or a type) takes an event type; the SQL of the fan-out says the same. */
export function selectorMatches(selector: string, type: string): boolean {
  if (selector === '*' || selector === type) return true;
  return selector.endsWith('.*') && type.startsWith(selector.slice(0, -1));
}
