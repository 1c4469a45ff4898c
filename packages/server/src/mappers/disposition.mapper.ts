import type { components, DispositionResponse } from '@dispositions/api-types';

type DispositionFields = components['schemas']['DispositionFields'];

/** A row of the dispositions table as the database returns it. */
export interface DispositionRow {
  business_id: string;
  id: string;
  lead_id: string;
  type: string;
  outcome: string;
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
  created_at: Date;
  updated_at: Date;
}

/** The column behind every writable API field. */
export const dispositionColumns = {
  leadId: 'lead_id',
  type: 'type',
  outcome: 'outcome',
  notes: 'notes',
  timestamp: 'timestamp',
  followUpStatus: 'follow_up_status',
  callbackAt: 'callback_at',
  taskDueAt: 'task_due_at',
  appointmentStartAt: 'appointment_start_at',
  appointmentEndAt: 'appointment_end_at',
  appointmentNotes: 'appointment_notes',
  assignedToUserId: 'assigned_to_user_id',
  relatedCallEventId: 'related_call_event_id',
  isMissedCallFollowUp: 'is_missed_call_follow_up',
  sourceId: 'source_id',
} as const satisfies Record<keyof DispositionFields, keyof DispositionRow>;

/** The columns to write for the fields present in a request; absent fields are left alone. */
export function toDispositionColumns(fields: DispositionFields): Partial<Record<keyof DispositionRow, unknown>> {
  const columns: Partial<Record<keyof DispositionRow, unknown>> = {};
  for (const [field, column] of Object.entries(dispositionColumns) as [keyof DispositionFields, keyof DispositionRow][]) {
    if (fields[field] !== undefined) columns[column] = fields[field];
  }
  return columns;
}

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

export function toDispositionResponse(row: DispositionRow): DispositionResponse {
  return {
    id: row.id,
    leadId: row.lead_id,
    type: row.type,
    outcome: row.outcome,
    notes: row.notes,
    timestamp: row.timestamp.toISOString(),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    followUpStatus: row.follow_up_status,
    callbackAt: iso(row.callback_at),
    taskDueAt: iso(row.task_due_at),
    appointmentStartAt: iso(row.appointment_start_at),
    appointmentEndAt: iso(row.appointment_end_at),
    appointmentNotes: row.appointment_notes,
    assignedToUserId: row.assigned_to_user_id,
    relatedCallEventId: row.related_call_event_id,
    isMissedCallFollowUp: row.is_missed_call_follow_up,
    sourceId: row.source_id,
  };
}
