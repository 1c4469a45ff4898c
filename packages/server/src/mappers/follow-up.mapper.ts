import type { components } from '@dispositions/api-types';
import type { CalendarFeedRow, FollowUpRow } from '../repositories/tables';

type Schemas = components['schemas'];

export function toFollowUp(row: FollowUpRow): Schemas['FollowUp'] {
  return {
    kind: row.kind,
    at: row.at.toISOString(),
    endAt: row.end_at ? row.end_at.toISOString() : null,
    leadId: row.lead_id,
    leadName: row.lead_name,
    dispositionId: row.disposition_id,
    outcome: row.outcome,
    category: row.category as Schemas['FollowUp']['category'],
    followUpStatus: row.follow_up_status,
    assignedToUserId: row.assigned_to_user_id,
    notes: row.notes ?? (row.kind === 'appointment' ? row.appointment_notes : null),
  };
}

export function toCalendarFeed(row: CalendarFeedRow): Schemas['CalendarFeed'] {
  return {
    id: row.id,
    assignedToUserId: row.assigned_to_user_id,
    kinds: row.kinds.split(',') as Schemas['FollowUpKind'][],
    includeNotes: row.include_notes,
    createdAt: row.created_at.toISOString(),
    rotatedAt: row.rotated_at ? row.rotated_at.toISOString() : null,
  };
}
