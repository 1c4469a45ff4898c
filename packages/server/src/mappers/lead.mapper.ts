import type { CurrentDisposition, LeadRequest, LeadResponse } from '@dispositions/api-types';
import type { LeadColumns, LeadRow } from '../repositories/tables';

type Contact = NonNullable<LeadRequest['contact']>;
type Metadata = NonNullable<LeadRequest['metadata']>;

const contactColumns = {
  firstName: 'first_name',
  lastName: 'last_name',
  email: 'email',
  timeZoneId: 'time_zone_id',
} as const satisfies Record<Exclude<keyof Contact, 'phone'>, keyof LeadRow>;

const metadataColumns = {
  externalId: 'external_id',
  sellerLeadId: 'seller_lead_id',
  utmSource: 'utm_source',
  utmMedium: 'utm_medium',
  utmCampaign: 'utm_campaign',
  utmTerm: 'utm_term',
  utmContent: 'utm_content',
  referrer: 'referrer',
  landingPage: 'landing_page',
  product: 'product',
  vertical: 'vertical',
  sourceMetadata: 'source_metadata',
} as const satisfies Record<keyof Metadata, keyof LeadRow>;

function copyPresent<T extends object>(from: T | undefined, columns: Partial<Record<keyof T, keyof LeadRow>>, to: LeadColumns): void {
  if (!from) return;
  for (const [field, column] of Object.entries(columns) as [keyof T, keyof LeadRow][]) {
    if (from[field] !== undefined) to[column] = from[field];
  }
}

/** The columns to write for the fields present in a request; absent fields are left alone. */
export function toLeadColumns(request: LeadRequest): LeadColumns {
  const columns: LeadColumns = {};
  copyPresent(request.contact, contactColumns, columns);
  const phone = request.contact?.phone;
  if (phone === null) columns.phone_number = null;
  else if (phone?.number !== undefined) columns.phone_number = phone.number;
  copyPresent(request.metadata, metadataColumns, columns);
  if (columns.source_metadata !== undefined && columns.source_metadata !== null) {
    columns.source_metadata = JSON.stringify(columns.source_metadata);
  }
  return columns;
}

/** The lead's current disposition (current lead status) summary, or null when it has none. */
function currentSummary(row: LeadRow): CurrentDisposition {
  if (!row.current_disposition_id || row.current_outcome === null || !row.current_disposition_changed_at) return null;
  return {
    id: row.current_disposition_id,
    outcome: row.current_outcome,
    displayName: row.current_outcome,
    category: row.current_category,
    source: row.current_change_source ?? 'API',
    changedAt: row.current_disposition_changed_at.toISOString(),
    changedByUserId: row.current_changed_by_user_id,
    changedByAutomationId: row.current_changed_by_automation_id,
  };
}

export function toLeadResponse(row: LeadRow): LeadResponse {
  const current = currentSummary(row);
  return {
    id: row.id,
    contact: {
      firstName: row.first_name,
      lastName: row.last_name,
      email: row.email,
      phone: row.phone_number === null ? null : { number: row.phone_number },
      timeZoneId: row.time_zone_id,
    },
    metadata: {
      externalId: row.external_id,
      sellerLeadId: row.seller_lead_id,
      utmSource: row.utm_source,
      utmMedium: row.utm_medium,
      utmCampaign: row.utm_campaign,
      utmTerm: row.utm_term,
      utmContent: row.utm_content,
      referrer: row.referrer,
      landingPage: row.landing_page,
      product: row.product,
      vertical: row.vertical,
      sourceMetadata: row.source_metadata,
    },
    createdAt: row.created_at.toISOString(),
    modifiedAt: row.modified_at.toISOString(),
    currentDisposition: current,
    currentLeadStatus: current,
  };
}
