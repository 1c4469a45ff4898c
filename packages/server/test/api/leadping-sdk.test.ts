import { createLead } from '../support/factories';
import * as leadping from '../support/leadping';
import { useServerWithBusiness } from '../support/test-server';

// Requests exactly as Leadping's generated SDK sends them, of both generations, and answers
// checked the way the SDK reads them (shared/reference/leadping-api.md §5): JSON whatever the
// Accept, bare arrays for lists, Leadping's field names, its enums case for case, dates with a zone.

interface Answer {
  status: number;
  contentType: string;
  body: unknown;
}

/** One SDK call: its Accept, `Content-Type: application/json` on bodies, the key as the README shows. */
async function sdk(
  method: string,
  path: string,
  options: { body?: Record<string, unknown>; accept?: string; auth?: 'bearer' | 'leadping' } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { Accept: options.accept ?? leadping.sdkAccept.json, 'User-Agent': 'kiota-typescript/1.0.0-preview.24' };
  if (options.auth === 'leadping') headers['X-Leadping-Api-Key'] = suite.business.apiKey;
  else headers.Authorization = `Bearer ${suite.business.apiKey}`;
  if (options.body) headers['Content-Type'] = 'application/json';
  const response = await fetch(suite.server.url + path, {
    method,
    headers,
    ...(options.body ? { body: leadping.sdkBody(options.body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', body: text ? JSON.parse(text) : undefined };
}

const keysOf = (value: unknown) => Object.keys(value as object).sort();
const isoDates = (value: Record<string, unknown>) =>
  Object.entries(value)
    .filter(([key, date]) => /At$|^timestamp$/.test(key) && date !== null)
    .every(([, date]) => /Z$/.test(date as string) && !Number.isNaN(Date.parse(date as string)));

function expectJson(answer: Answer, status: number): void {
  expect({ status: answer.status, json: /^application\/json/.test(answer.contentType) }).toEqual({ status, json: true });
}

const suite = useServerWithBusiness();

describe('SDK 1.0.29: the dispositions generation', () => {
  test("every disposition operation takes the SDK's requests and answers in its models", async () => {
    const lead = await createLead(suite.business.client, { contact: { firstName: 'Ada', lastName: 'Lovelace' } });
    const request = {
      appointmentEndAt: new Date('2026-08-03T17:51:46.500Z'),
      appointmentNotes: 'a',
      appointmentStartAt: new Date('2026-08-03T16:51:46.500Z'),
      assignedToUserId: 'user-1',
      callbackAt: new Date('2026-08-04T10:00:00.000Z'),
      category: 'null',
      changeSource: 'User',
      changedByAutomationId: null,
      followUpStatus: 'Pending',
      isMissedCallFollowUp: false,
      leadId: lead.id,
      notes: 'n',
      outcome: 'Appointment Set',
      reason: 'r',
      relatedCallEventId: 'call-1',
      sourceId: 'source-1',
      taskDueAt: new Date('2026-08-05T10:00:00.000Z'),
      timestamp: new Date('2026-08-03T16:00:00.000Z'),
      type: 'Call',
    };
    expect(Object.keys(request).sort()).toEqual(leadping.dispositionRequestFields);

    const created = await sdk('POST', '/dispositions', { body: request });
    expectJson(created, 201);
    const disposition = created.body as Record<string, unknown>;
    expect(keysOf(disposition)).toEqual(leadping.dispositionResponseFields);
    expect(disposition).toMatchObject({ category: null, changeSource: 'User', leadId: lead.id, newDispositionId: disposition.id });
    expect(isoDates(disposition)).toBe(true);
    const id = disposition.id as string;

    const read = await sdk('GET', `/dispositions/${encodeURIComponent(id)}`, { auth: 'leadping' });
    const updated = await sdk('PUT', `/dispositions/${id}`, { body: { ...request, category: 'Qualified', outcome: 'Sold' } });
    const history = await sdk('GET', `/dispositions/lead/${lead.id}`);
    const exported = await sdk('GET', `/dispositions/lead/${lead.id}/export`);
    const page = await sdk('POST', '/dispositions/all/my', {
      body: { filters: [{ field: 'leadId', value: lead.id }], includeCount: true, orderBy: [{ direction: 'desc', field: 'changedAt' }], pageSize: 25 },
    });
    const deleted = await sdk('DELETE', `/dispositions/${id}`);

    expectJson(read, 200);
    expect(read.body).toEqual(disposition);
    expectJson(updated, 200);
    expect(updated.body).toMatchObject({ category: 'Qualified', outcome: 'Sold' });
    expectJson(history, 200);
    expect(Array.isArray(history.body)).toBe(true);
    expect((history.body as unknown[]).map(keysOf)).toEqual([leadping.dispositionResponseFields]);
    expectJson(exported, 200);
    const { rows, csv, contentType, fileName } = exported.body as { rows: Record<string, unknown>[]; csv: string; contentType: string; fileName: string };
    expect([contentType, typeof csv, typeof fileName]).toEqual(['text/csv', 'string', 'string']);
    expect(rows.map(keysOf)).toEqual([leadping.dispositionExportRowFields]);
    expect(rows[0]!.dispositionId).toBe(id);
    expectJson(page, 200);
    expect(page.body).toMatchObject({ pageSize: 25, totalCount: 1, continuationToken: null });
    expect((page.body as { items: unknown[] }).items.map(keysOf)).toEqual([leadping.dispositionResponseFields]);
    expect(deleted.status).toBe(204);
  });

  test('the lead carries the 8-field currentDisposition (and currentLeadStatus, which this SDK keeps aside)', async () => {
    const lead = await createLead(suite.business.client);
    await sdk('POST', '/dispositions', { body: { leadId: lead.id, outcome: 'Contacted', type: 'Call' } });

    const read = await sdk('GET', `/leads/${lead.id}`);

    const { currentDisposition, currentLeadStatus } = read.body as Record<string, Record<string, unknown>>;
    expect(keysOf(currentDisposition)).toEqual(leadping.currentSummaryFields);
    expect(currentLeadStatus).toEqual(currentDisposition);
    expect(leadping.changeSources).toContain(currentDisposition!.source);
  });

  test('the lead-status catalog of 1.0.23–1.0.29 answers JSON to Accept: text/plain;q=0.9, with businessId', async () => {
    const created = await sdk('POST', '/lead-statuses', {
      body: { category: 'Qualified', color: '#0f0', name: 'Interested', sortOrder: 1 },
      accept: leadping.sdkAccept.leadStatusWrite,
    });
    const status = created.body as Record<string, unknown>;
    const updated = await sdk('PUT', `/lead-statuses/${status.id}`, {
      body: { category: 'null', color: '#0a0', name: 'Interested', sortOrder: 2 },
      accept: leadping.sdkAccept.leadStatusWrite,
    });
    const list = await sdk('GET', '/lead-statuses');
    const archived = await sdk('DELETE', `/lead-statuses/${status.id}`, { accept: leadping.sdkAccept.leadStatusWrite });

    expectJson(created, 201);
    expect(keysOf(status)).toEqual(leadping.leadStatusResponseFields);
    expect(status.businessId).toBe(suite.business.businessId);
    expectJson(updated, 200);
    expect(updated.body).toMatchObject({ category: 'Qualified', sortOrder: 2, color: '#0a0' });
    expectJson(list, 200);
    expect((list.body as { id: string }[]).map((item) => item.id)).toContain(status.id);
    expectJson(archived, 200);
    expect(archived.body).toBe(true);
  });
});

describe('SDK 1.0.49: the lead-status generation', () => {
  test("every lead-status-change operation takes the SDK's requests and answers in its models", async () => {
    const lead = await createLead(suite.business.client, { contact: { firstName: 'Grace', lastName: 'Hopper' } });
    const request = {
      appointmentEndAt: new Date('2026-08-03T16:51:46.500Z'),
      appointmentNotes: 'a',
      appointmentStartAt: new Date('2026-08-03T15:51:46.500Z'),
      callbackAt: new Date('2026-08-04T16:51:46.500Z'),
      category: 'Converted',
      followUpStatus: 'Done',
      notes: 'n',
      outcome: 'Sold',
      reason: 'r',
      taskDueAt: new Date('2026-08-05T16:51:46.500Z'),
      type: 'Manual',
    };
    expect(Object.keys(request).sort()).toEqual(leadping.leadStatusChangeRequestFields11);

    const created = await sdk('PUT', `/leads/${lead.id}/status`, { body: request });
    expectJson(created, 201);
    const change = created.body as Record<string, unknown>;
    expect(keysOf(change)).toEqual(leadping.leadStatusChangeResponseFields);
    expect(change).toMatchObject({ leadName: 'Grace Hopper', changeSource: 'API', newLeadStatusChangeId: change.id, category: 'Converted' });
    expect(isoDates(change)).toBe(true);
    const id = change.id as string;

    const read = await sdk('GET', `/lead-status-changes/${id}`);
    const updated = await sdk('PUT', `/lead-status-changes/${id}`, { body: { ...request, category: 'null' } });
    const history = await sdk('GET', `/leads/${lead.id}/status-history`);
    const exported = await sdk('GET', `/leads/${lead.id}/status-history/export`);
    const page = await sdk('POST', '/lead-status-changes/all/my', { body: { filters: [{ field: 'leadId', value: lead.id }], includeCount: true } });
    const lead2 = await sdk('GET', `/leads/${lead.id}`);
    const deleted = await sdk('DELETE', `/lead-status-changes/${id}`, { accept: leadping.sdkAccept.deleteLeadStatusChange });

    expectJson(read, 200);
    expect(read.body).toEqual(change);
    expect(updated.body).toMatchObject({ id, category: null });
    expect((history.body as unknown[]).map(keysOf)).toEqual([leadping.leadStatusChangeResponseFields]);
    const { rows } = exported.body as { rows: Record<string, unknown>[] };
    expect(rows.map(keysOf)).toEqual([leadping.leadStatusChangeExportRowFields]);
    expect(rows[0]!.leadStatusChangeId).toBe(id);
    expect((page.body as { items: unknown[]; totalCount: number }).totalCount).toBe(1);
    expect((page.body as { items: unknown[] }).items.map(keysOf)).toEqual([leadping.leadStatusChangeResponseFields]);
    expect(keysOf((lead2.body as { currentLeadStatus: unknown }).currentLeadStatus)).toEqual(leadping.currentSummaryFields);
    expect(deleted.status).toBe(204);
  });

  test('the 18-field request of SDK 1.0.30–1.0.45 is taken whole', async () => {
    const lead = await createLead(suite.business.client);
    const request = {
      appointmentEndAt: null,
      appointmentNotes: null,
      appointmentStartAt: null,
      assignedToUserId: 'user-2',
      callbackAt: null,
      category: 'Lost',
      changeSource: 'AI',
      changedByAutomationId: 'automation-1',
      followUpStatus: null,
      isMissedCallFollowUp: true,
      notes: null,
      outcome: 'Not Interested',
      reason: 'Price',
      relatedCallEventId: 'call-9',
      sourceId: 'source-9',
      taskDueAt: null,
      timestamp: new Date('2026-08-10T09:00:00.000Z'),
      type: 'Call',
    };
    expect(Object.keys(request).sort()).toEqual(leadping.leadStatusChangeRequestFields18);

    const created = await sdk('PUT', `/leads/${lead.id}/status`, { body: request });

    expectJson(created, 201);
    expect(created.body).toMatchObject({ ...request, timestamp: '2026-08-10T09:00:00.000Z', changedAt: '2026-08-10T09:00:00.000Z' });
  });

  test('the catalog answers organizationId, and errors come as problem JSON with a numeric status', async () => {
    const created = await sdk('POST', '/lead-statuses', {
      body: { category: 'Open', color: null, name: 'Fresh', sortOrder: 0 },
      accept: leadping.sdkAccept.leadStatusWrite,
    });
    const duplicate = await sdk('POST', '/lead-statuses', { body: { name: 'fresh' }, accept: leadping.sdkAccept.leadStatusWrite });
    const unknownLead = await sdk('PUT', '/leads/00000000-0000-4000-8000-000000000000/status', { body: { outcome: 'x' } });

    expect((created.body as { organizationId: string }).organizationId).toBe(suite.business.businessId);
    expect(duplicate.status).toBe(409);
    expect(unknownLead.status).toBe(404);
    for (const problem of [duplicate, unknownLead]) {
      expect(problem.contentType).toMatch(/^application\/problem\+json/);
      expect(typeof (problem.body as { status: unknown }).status).toBe('number');
    }
  });
});
