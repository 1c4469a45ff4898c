import type { components, LeadStatusChangeExportRow, LeadStatusChangeResponse } from '@dispositions/api-types';
import type { DispositionRow } from '../repositories/tables';
import { recordedChange, recordedChangeColumns, recordFields } from './recorded-change.mapper';

// A lead status change is a disposition: the same row, in the names of Leadping's
// lead-status generation (SDK 1.0.30 and later). Only the links are renamed, and the
// response adds `leadName`.

function leadStatusChangeLinks(row: DispositionRow): components['schemas']['LeadStatusChangeLinks'] {
  return {
    oldLeadStatusChangeId: row.old_disposition_id,
    oldLeadStatusChangeOutcome: row.old_disposition_outcome,
    oldLeadStatusChangeType: row.old_disposition_type,
    newLeadStatusChangeId: row.id,
  };
}

export function toLeadStatusChangeResponse(row: DispositionRow): LeadStatusChangeResponse {
  return Object.assign(recordedChange(row), recordFields(row), { leadName: row.lead_name }, leadStatusChangeLinks(row));
}

export function toLeadStatusChangeExportRow(row: DispositionRow): LeadStatusChangeExportRow {
  return Object.assign(recordedChange(row), { leadStatusChangeId: row.id }, leadStatusChangeLinks(row));
}

export const leadStatusChangeExportColumns = [
  'leadStatusChangeId',
  ...recordedChangeColumns,
  'oldLeadStatusChangeId',
  'oldLeadStatusChangeOutcome',
  'oldLeadStatusChangeType',
  'newLeadStatusChangeId',
] as const satisfies readonly (keyof LeadStatusChangeExportRow)[];
