import type { LeadStatusRequest, LeadStatusResponse } from '@dispositions/api-types';
import type { LeadStatusColumns, LeadStatusRow } from '../repositories/tables';

/** The columns to write for the fields present; a null (or "null") category counts as left out. */
export function toLeadStatusColumns(request: LeadStatusRequest): LeadStatusColumns {
  const columns: LeadStatusColumns = {};
  if (request.name !== undefined) columns.name = request.name;
  if (request.color !== undefined) columns.color = request.color;
  if (request.category !== undefined && request.category !== null && request.category !== 'null') columns.category = request.category;
  if (request.sortOrder !== undefined) columns.sort_order = request.sortOrder;
  return columns;
}

export function toLeadStatusResponse(row: LeadStatusRow): LeadStatusResponse {
  return {
    id: row.id,
    organizationId: row.business_id,
    businessId: row.business_id,
    name: row.name,
    color: row.color,
    category: row.category,
    sortOrder: row.sort_order,
    isArchived: row.is_archived,
    modifiedAt: row.modified_at.toISOString(),
  };
}
