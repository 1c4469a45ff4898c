import type { components, LeadStatusRequest, LeadStatusResponse } from '@dispositions/api-types';

type Category = components['schemas']['Category'];

/** A row of the lead_statuses table. */
export interface LeadStatusRow {
  business_id: string;
  id: string;
  name: string;
  color: string | null;
  category: Category;
  sort_order: number;
  is_archived: boolean;
  created_at: Date;
  modified_at: Date;
}

export type LeadStatusColumns = Partial<Record<keyof LeadStatusRow, unknown>>;

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
