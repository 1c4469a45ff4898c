// Leadping's wire models as its generated SDK reads and writes them, field by field
// (shared/reference/leadping-api.md): the oracle the compatibility tests hold our answers to,
// independently of our own spec.

const sorted = (fields: string[]) => [...fields].sort();

/** `DispositionRequest` (SDK 1.0.0 to 1.0.29): 19 fields. */
export const dispositionRequestFields = sorted([
  'appointmentEndAt',
  'appointmentNotes',
  'appointmentStartAt',
  'assignedToUserId',
  'callbackAt',
  'category',
  'changedByAutomationId',
  'changeSource',
  'followUpStatus',
  'isMissedCallFollowUp',
  'leadId',
  'notes',
  'outcome',
  'reason',
  'relatedCallEventId',
  'sourceId',
  'taskDueAt',
  'timestamp',
  'type',
]);

/** `DispositionResponse`: the request's 19 fields and 9 more. */
export const dispositionResponseFields = sorted([
  ...dispositionRequestFields,
  'id',
  'createdAt',
  'updatedAt',
  'changedAt',
  'changedByUserId',
  'oldDispositionId',
  'oldDispositionOutcome',
  'oldDispositionType',
  'newDispositionId',
]);

/** `DispositionExportRow`: the response less `id`, `appointmentNotes`, `timestamp`, with `dispositionId`: 26 fields. */
export const dispositionExportRowFields = sorted([
  ...dispositionResponseFields.filter((field) => !['id', 'appointmentNotes', 'timestamp'].includes(field)),
  'dispositionId',
]);

const renamed: Record<string, string> = {
  dispositionId: 'leadStatusChangeId',
  oldDispositionId: 'oldLeadStatusChangeId',
  oldDispositionOutcome: 'oldLeadStatusChangeOutcome',
  oldDispositionType: 'oldLeadStatusChangeType',
  newDispositionId: 'newLeadStatusChangeId',
};
const rename = (fields: string[]) => sorted(fields.map((field) => renamed[field] ?? field));

/** `LeadStatusChangeRequest` of SDK 1.0.30 to 1.0.45: 18 fields (no `leadId`). */
export const leadStatusChangeRequestFields18 = dispositionRequestFields.filter((field) => field !== 'leadId');

/** `LeadStatusChangeRequest` of SDK 1.0.46 and later: 11 fields. */
export const leadStatusChangeRequestFields11 = sorted([
  'category',
  'outcome',
  'type',
  'reason',
  'notes',
  'followUpStatus',
  'callbackAt',
  'taskDueAt',
  'appointmentStartAt',
  'appointmentEndAt',
  'appointmentNotes',
]);

/** `LeadStatusChangeResponse`: `DispositionResponse` renamed, with `leadName`: 29 fields. */
export const leadStatusChangeResponseFields = sorted([...rename(dispositionResponseFields), 'leadName']);

/** `LeadStatusChangeExportRow`: `DispositionExportRow` renamed: 26 fields. */
export const leadStatusChangeExportRowFields = rename(dispositionExportRowFields);

/** `CurrentDispositionSummary` and `CurrentLeadStatusSummary`: 8 fields. */
export const currentSummaryFields = sorted(['id', 'outcome', 'displayName', 'category', 'source', 'changedAt', 'changedByUserId', 'changedByAutomationId']);

/** `LeadStatusResponse`: `organizationId` from SDK 1.0.30, `businessId` before. */
export const leadStatusResponseFields = sorted(['id', 'organizationId', 'businessId', 'name', 'color', 'category', 'sortOrder', 'isArchived', 'modifiedAt']);

/** The Category enum, in every model that has one. */
export const categories = ['Open', 'Qualified', 'Converted', 'Lost', 'Invalid', 'Duplicate'];

/** The ChangeSource enum. */
export const changeSources = ['User', 'AI', 'Automation', 'System', 'API'];

/**
 * A body as the SDK serializes it: keys in alphabetical order, unset fields left out, a null
 * enum written as the string "null", dates by toISOString().
 */
export function sdkBody(fields: Record<string, unknown>): string {
  const entries = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value] as const)
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify(Object.fromEntries(entries));
}

/** The Accept each SDK operation sends (reference §2.1, §2.11, §3.1). */
export const sdkAccept = {
  json: 'application/json',
  leadStatusWrite: 'text/plain;q=0.9',
  deleteLeadStatusChange: 'application/json, application/problem+json',
} as const;
