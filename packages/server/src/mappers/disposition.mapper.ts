import type { components, DispositionExportRow, DispositionResponse } from '@dispositions/api-types';
import type { DispositionRow } from '../repositories/tables';
import { recordedChange, recordedChangeColumns, recordFields } from './recorded-change.mapper';

// Leadping's dispositions generation (SDK 1.0.29 and earlier): the shared parts and the links
// under their disposition names.

function dispositionLinks(row: DispositionRow): components['schemas']['DispositionLinks'] {
  return {
    oldDispositionId: row.old_disposition_id,
    oldDispositionOutcome: row.old_disposition_outcome,
    oldDispositionType: row.old_disposition_type,
    newDispositionId: row.id,
  };
}

export function toDispositionResponse(row: DispositionRow): DispositionResponse {
  return Object.assign(recordedChange(row), recordFields(row), dispositionLinks(row));
}

export function toDispositionExportRow(row: DispositionRow): DispositionExportRow {
  return Object.assign(recordedChange(row), { dispositionId: row.id }, dispositionLinks(row));
}

export const dispositionExportColumns = [
  'dispositionId',
  ...recordedChangeColumns,
  'oldDispositionId',
  'oldDispositionOutcome',
  'oldDispositionType',
  'newDispositionId',
] as const satisfies readonly (keyof DispositionExportRow)[];
