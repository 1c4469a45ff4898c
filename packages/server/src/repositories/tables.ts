import type { components } from '@dispositions/api-types';

// The rows the repositories read and write, one interface per table (with the columns a
// read joins in), and the partial column sets a write sends. Mappers turn them into API shapes.

type Schemas = components['schemas'];

/** A row of the dispositions table as the repository returns it, with its lead's contact name. */
export interface DispositionRow {
  business_id: string;
  id: string;
  lead_id: string;
  type: string;
  outcome: string;
  category: Schemas['Category'] | null;
  change_source: Schemas['ChangeSource'];
  reason: string | null;
  changed_by_automation_id: string | null;
  changed_by_user_id: string | null;
  notes: string | null;
  timestamp: Date;
  follow_up_status: string | null;
  callback_at: Date | null;
  task_due_at: Date | null;
  appointment_start_at: Date | null;
  appointment_end_at: Date | null;
  appointment_notes: string | null;
  assigned_to_user_id: string | null;
  related_call_event_id: string | null;
  is_missed_call_follow_up: boolean;
  source_id: string | null;
  old_disposition_id: string | null;
  old_disposition_outcome: string | null;
  old_disposition_type: string | null;
  created_at: Date;
  updated_at: Date;
  /** The lead's first and last name, or null when it has neither (`leadName`). */
  lead_name: string | null;
}

export type DispositionColumns = Partial<Record<keyof DispositionRow, unknown>>;

/** A row of the leads table joined with its current disposition's summary fields. */
export interface LeadRow {
  business_id: string;
  id: string;
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  phone_number: string | null;
  time_zone_id: string | null;
  external_id: string | null;
  seller_lead_id: string | null;
  utm_source: string | null;
  utm_medium: string | null;
  utm_campaign: string | null;
  utm_term: string | null;
  utm_content: string | null;
  referrer: string | null;
  landing_page: string | null;
  product: string | null;
  vertical: string | null;
  source_metadata: Record<string, unknown> | null;
  current_disposition_id: string | null;
  current_disposition_changed_at: Date | null;
  current_outcome: string | null;
  current_category: Schemas['Category'] | null;
  current_change_source: Schemas['ChangeSource'] | null;
  current_changed_by_user_id: string | null;
  current_changed_by_automation_id: string | null;
  created_at: Date;
  modified_at: Date;
}

export type LeadColumns = Partial<Record<keyof LeadRow, unknown>>;

/** A row of the lead_statuses table. */
export interface LeadStatusRow {
  business_id: string;
  id: string;
  name: string;
  color: string | null;
  category: Schemas['Category'];
  sort_order: number;
  is_archived: boolean;
  created_at: Date;
  modified_at: Date;
}

export type LeadStatusColumns = Partial<Record<keyof LeadStatusRow, unknown>>;

/** An open follow-up: a time of one kind on a lead's current disposition, with the lead's name. */
export interface FollowUpRow {
  kind: Schemas['FollowUpKind'];
  at: Date;
  end_at: Date | null;
  lead_id: string;
  lead_name: string | null;
  disposition_id: string;
  outcome: string;
  category: string | null;
  follow_up_status: string | null;
  assigned_to_user_id: string | null;
  notes: string | null;
  appointment_notes: string | null;
  /** When the disposition or its lead last changed. */
  changed_at: Date;
}

/** A row of the calendar_feeds table, without its token's hash. */
export interface CalendarFeedRow {
  business_id: string;
  id: string;
  assigned_to_user_id: string;
  /** The kinds it shows, comma-separated. */
  kinds: string;
  include_notes: boolean;
  created_at: Date;
  rotated_at: Date | null;
}

/**
 * A row of the change_events table. `object` and `previous` are snapshots taken in the
 * write's own statement: the row (of dispositions, leads or lead_statuses, with the columns
 * the mappers need) as `to_jsonb` gives it, timestamps as ISO strings; the mapper of the
 * event's type renders them as a `GET` would answer. A follow-up event's is the follow-up as
 * the agenda reads it (a FollowUpRow), taken by the pass that records it.
 */
export interface ChangeEventRow {
  business_id: string;
  id: string;
  type: Schemas['ChangeEventType'];
  lead_id: string | null;
  /** A number from pg is a string past 2^53; sequences stay far below. */
  sequence: string | number | null;
  occurred_at: Date;
  transaction_id: string;
  position: string | number;
  object: Record<string, unknown> | null;
  previous: Record<string, unknown> | null;
  /** Set on an event addressed to one webhook endpoint only (`webhook.test`). */
  endpoint_id: string | null;
}

/** A row of the webhook_endpoints table. `secret` and `previous_secret` never leave the service but in the answers that show them once. */
export interface WebhookEndpointRow {
  business_id: string;
  id: string;
  url: string;
  description: string | null;
  event_types: string[];
  enabled: boolean;
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: Date | null;
  /** Since when its attempts have failed without a success; null while it delivers. */
  failing_since: Date | null;
  /** Why it was disabled, when not by a PATCH. */
  disabled_reason: string | null;
  created_at: Date;
  updated_at: Date;
}

/** One attempt of a delivery, as kept in webhook_deliveries.attempts (in the API's words). */
export interface WebhookAttemptRecord {
  at: string;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  responseExcerpt: string | null;
}

/** A row of the webhook_deliveries table. */
export interface WebhookDeliveryRow {
  business_id: string;
  id: string;
  /** Grows with each delivery queued (a fan-out queues its events in commit order): the log's newest-first order. */
  queued_order: string | number;
  endpoint_id: string;
  event_id: string;
  event_type: Schemas['ChangeEventType'];
  lead_id: string | null;
  event_transaction_id: string;
  event_position: string | number;
  status: Schemas['WebhookDeliveryStatus'];
  attempt_count: number;
  next_attempt_at: Date | null;
  /** Until when an instance has it in flight; after that another may take it (the first died). */
  claimed_until: Date | null;
  attempts: WebhookAttemptRecord[];
  created_at: Date;
  updated_at: Date;
}
