import type {
  CreateDispositionRequest,
  CreateLeadStatusChangeRequest,
  CreateLeadStatusRequest,
  DispositionExport,
  DispositionResponse,
  LeadRequest,
  LeadResponse,
  LeadStatusChangeResponse,
  LeadStatusResponse,
} from '@dispositions/api-types';
import type { DispositionsClient } from '@dispositions/client';

let sequence = 0;

export function buildLead(overrides: LeadRequest = {}): LeadRequest {
  sequence += 1;
  return {
    contact: {
      firstName: 'Ada',
      lastName: `Lovelace ${sequence}`,
      email: `ada${sequence}@example.com`,
      phone: { number: '+15555550123' },
      timeZoneId: 'America/New_York',
    },
    metadata: { externalId: `crm-${sequence}`, utmSource: 'google', product: 'Roofing', vertical: 'Home Services', sourceMetadata: { formId: 'roof-quote' } },
    ...overrides,
  };
}

export function buildDisposition(leadId: string, overrides: Partial<CreateDispositionRequest> = {}): CreateDispositionRequest {
  return {
    leadId,
    type: 'Call',
    outcome: 'Contacted',
    notes: 'Asked for a quote.',
    timestamp: '2026-11-24T15:00:00.000Z',
    followUpStatus: 'Pending',
    callbackAt: '2026-11-25T15:00:00.000Z',
    assignedToUserId: 'user-1',
    isMissedCallFollowUp: false,
    ...overrides,
  };
}

/** Creates a lead through the API and fails the test unless it answers 201. */
export async function createLead(client: DispositionsClient, overrides: LeadRequest = {}): Promise<LeadResponse> {
  const { data, error, response } = await client.POST('/leads', { body: buildLead(overrides) });
  if (!data) throw new Error(`POST /leads answered ${response.status}: ${JSON.stringify(error)}`);
  return data;
}

/** Records a disposition through the API and fails the test unless it answers 201. */
export async function createDisposition(
  client: DispositionsClient,
  leadId: string,
  overrides: Partial<CreateDispositionRequest> = {},
): Promise<DispositionResponse> {
  const { data, error, response } = await client.POST('/dispositions', { body: buildDisposition(leadId, overrides) });
  if (!data) throw new Error(`POST /dispositions answered ${response.status}: ${JSON.stringify(error)}`);
  return data;
}

/** The JSON export of a lead (the default representation); fails the test on any other answer. */
export async function exportAsJson(client: DispositionsClient, leadId: string): Promise<{ data: DispositionExport; response: Response }> {
  const { data, error, response } = await client.GET('/dispositions/lead/{leadId}/export', { params: { path: { leadId } } });
  if (!data || typeof data === 'string') throw new Error(`the JSON export answered ${response.status}: ${JSON.stringify(error ?? data)}`);
  return { data, response };
}

/** A status change as a client of Leadping's lead-status generation sends it (SDK 1.0.46 and later: 11 fields). */
export function buildStatusChange(overrides: Partial<CreateLeadStatusChangeRequest> = {}): CreateLeadStatusChangeRequest {
  return {
    category: 'Qualified',
    outcome: 'Appointment Set',
    type: 'Call',
    reason: 'Asked for a quote.',
    notes: 'Wants the whole house done.',
    followUpStatus: 'Pending',
    appointmentStartAt: '2026-11-30T14:00:00.000Z',
    appointmentEndAt: '2026-11-30T15:00:00.000Z',
    appointmentNotes: 'Bring samples.',
    ...overrides,
  };
}

/** Records a status change on the lead through the API and fails the test unless it answers 201. */
export async function recordStatusChange(
  client: DispositionsClient,
  leadId: string,
  overrides: Partial<CreateLeadStatusChangeRequest> = {},
): Promise<LeadStatusChangeResponse> {
  const { data, error, response } = await client.PUT('/leads/{id}/status', { params: { path: { id: leadId } }, body: buildStatusChange(overrides) });
  if (!data) throw new Error(`PUT /leads/{id}/status answered ${response.status}: ${JSON.stringify(error)}`);
  return data;
}

export function buildLeadStatus(overrides: Partial<CreateLeadStatusRequest> = {}): CreateLeadStatusRequest {
  sequence += 1;
  return { name: `Status ${sequence}`, color: '#22c55e', category: 'Qualified', sortOrder: sequence, ...overrides };
}

/** Creates a lead status through the API and fails the test unless it answers 201. */
export async function createLeadStatus(client: DispositionsClient, overrides: Partial<CreateLeadStatusRequest> = {}): Promise<LeadStatusResponse> {
  const { data, error, response } = await client.POST('/lead-statuses', { body: buildLeadStatus(overrides) });
  if (!data) throw new Error(`POST /lead-statuses answered ${response.status}: ${JSON.stringify(error)}`);
  return data;
}
