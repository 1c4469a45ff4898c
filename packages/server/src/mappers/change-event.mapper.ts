import type { components } from '@dispositions/api-types';
import type { ChangeEventRow, DispositionRow, FollowUpRow, LeadRow, LeadStatusRow } from '../repositories/tables';
import { toDispositionResponse } from './disposition.mapper';
import { toFollowUp } from './follow-up.mapper';
import { toLeadResponse } from './lead.mapper';
import { toLeadStatusResponse } from './lead-status.mapper';

// An event row's snapshots are rows as `to_jsonb` gave them in the write's statement; each is
// rendered by the mapper a `GET` answers with (in the dispositions vocabulary), so an event's
// `object` is what a read at that moment answered. `previous` is the fields of the rendered
// object that differ from the rendering of the snapshot before.

type Schemas = components['schemas'];
export type ChangeEvent = Schemas['ChangeEvent'];

/** The timestamp columns of each snapshot's table, which JSON holds as strings. */
const timestampColumns = {
  disposition: ['timestamp', 'callback_at', 'task_due_at', 'appointment_start_at', 'appointment_end_at', 'created_at', 'updated_at'],
  lead: ['current_disposition_changed_at', 'created_at', 'modified_at'],
  lead_status: ['created_at', 'modified_at'],
  follow_up: ['at', 'end_at'],
} as const;

function revive<T>(snapshot: Record<string, unknown>, columns: readonly string[]): T {
  const row: Record<string, unknown> = { ...snapshot };
  for (const column of columns) {
    const value = row[column];
    if (typeof value === 'string') row[column] = new Date(value);
  }
  return row as T;
}

/** The fields of `before` whose values `after` changed, with their values before; null when there was no before. */
function changedFields(after: object, before: object | null): Record<string, unknown> | null {
  if (!before) return null;
  const changed: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(before)) {
    if (JSON.stringify(value) !== JSON.stringify((after as Record<string, unknown>)[field])) changed[field] = value;
  }
  return changed;
}

function rendered<T extends object>(
  row: ChangeEventRow,
  columns: readonly string[],
  render: (snapshot: never) => T,
): { object: T; previous: Record<string, unknown> | null } {
  const object = render(revive<never>(row.object!, columns));
  return { object, previous: changedFields(object, row.previous && render(revive<never>(row.previous, columns))) };
}

function contentOf(row: ChangeEventRow): { object: unknown; previous: Record<string, unknown> | null } {
  const family = row.type.slice(0, row.type.indexOf('.'));
  switch (family) {
    case 'disposition':
      return rendered(row, timestampColumns.disposition, (snapshot: DispositionRow) => toDispositionResponse(snapshot));
    case 'lead':
      return rendered(row, timestampColumns.lead, (snapshot: LeadRow) => toLeadResponse(snapshot));
    case 'lead_status':
      return rendered(row, timestampColumns.lead_status, (snapshot: LeadStatusRow) => toLeadStatusResponse(snapshot));
    case 'follow_up':
      return rendered(row, timestampColumns.follow_up, (snapshot: FollowUpRow) => toFollowUp(snapshot));
    default:
      // The webhooks' own events hold their object as the API renders it already.
      return { object: row.object, previous: null };
  }
}

/** The event as the feed answers it and a webhook delivers it (Standard Webhooks' payload format). */
export function toChangeEvent(row: ChangeEventRow): ChangeEvent {
  const { object, previous } = contentOf(row);
  return {
    id: row.id,
    type: row.type,
    timestamp: row.occurred_at.toISOString(),
    data: {
      object,
      previous,
      leadId: row.lead_id,
      sequence: row.sequence === null ? null : Number(row.sequence),
    },
  } as ChangeEvent;
}
