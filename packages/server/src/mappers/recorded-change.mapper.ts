import type { components, UpdateDispositionRequest } from '@dispositions/api-types';
import type { DispositionColumns, DispositionRow } from '../repositories/tables';

// What both vocabularies share: a disposition and a lead status change are the same row, and
// their representations differ only in the names of the links (disposition.mapper.ts,
// lead-status-change.mapper.ts). Each record is put together from these parts with
// Object.assign rather than object spread, which V8 runs several times slower, and into the
// largest part (the recorded change's 21 fields): assigning those into a small object leaves
// V8 a slow object to build and to serialize (docs/bench.md).

type Schemas = components['schemas'];

/** Every field a client writes on a disposition (Leadping's `DispositionRequest`), all optional. */
type DispositionFields = UpdateDispositionRequest;

/** The column behind every writable API field, in both vocabularies. */
export const dispositionColumns = {
  leadId: 'lead_id',
  type: 'type',
  outcome: 'outcome',
  category: 'category',
  changeSource: 'change_source',
  reason: 'reason',
  changedByAutomationId: 'changed_by_automation_id',
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

const columnOfField = Object.entries(dispositionColumns) as [keyof DispositionFields, keyof DispositionRow][];

/** Leadping's SDK writes a null enum as the string "null". */
const enumValue = <T extends string>(value: T | 'null' | null | undefined): T | null | undefined => (value === 'null' ? null : value);

/**
 * The columns to write for the fields present in a request; absent fields are left alone.
 * A null `changeSource` means the default, `API`.
 */
export function toDispositionColumns(fields: DispositionFields): DispositionColumns {
  const columns: DispositionColumns = {};
  for (const [field, column] of columnOfField) {
    if (fields[field] !== undefined) columns[column] = fields[field];
  }
  if (fields.category !== undefined) columns.category = enumValue(fields.category);
  if (fields.changeSource !== undefined) columns.change_source = enumValue(fields.changeSource) ?? 'API';
  return columns;
}

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

/** What every representation of a recorded change says alike, in both vocabularies (`RecordedChangeFields`). */
export function recordedChange(row: DispositionRow): Schemas['RecordedChangeFields'] {
  return {
    leadId: row.lead_id,
    type: row.type,
    outcome: row.outcome,
    category: row.category,
    changeSource: row.change_source,
    reason: row.reason,
    changedByAutomationId: row.changed_by_automation_id,
    changedAt: row.timestamp.toISOString(),
    changedByUserId: row.changed_by_user_id,
    notes: row.notes,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    followUpStatus: row.follow_up_status,
    callbackAt: iso(row.callback_at),
    taskDueAt: iso(row.task_due_at),
    appointmentStartAt: iso(row.appointment_start_at),
    appointmentEndAt: iso(row.appointment_end_at),
    assignedToUserId: row.assigned_to_user_id,
    relatedCallEventId: row.related_call_event_id,
    isMissedCallFollowUp: row.is_missed_call_follow_up,
    sourceId: row.source_id,
  };
}

/** What a response carries beyond an export row (`RecordFields`). */
export function recordFields(row: DispositionRow): Schemas['RecordFields'] {
  return { id: row.id, timestamp: row.timestamp.toISOString(), appointmentNotes: row.appointment_notes };
}

/** The field names of `RecordedChangeFields`, in the order the export's CSV columns take. */
export const recordedChangeColumns = [
  'leadId',
  'type',
  'outcome',
  'category',
  'changeSource',
  'reason',
  'changedByAutomationId',
  'changedAt',
  'changedByUserId',
  'notes',
  'createdAt',
  'updatedAt',
  'followUpStatus',
  'callbackAt',
  'taskDueAt',
  'appointmentStartAt',
  'appointmentEndAt',
  'assignedToUserId',
  'relatedCallEventId',
  'isMissedCallFollowUp',
  'sourceId',
] as const satisfies readonly (keyof Schemas['RecordedChangeFields'])[];
