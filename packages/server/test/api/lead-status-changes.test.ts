import type { LeadStatusChangeResponse } from '@dispositions/api-types';
import { buildStatusChange, createDisposition, createLead, recordStatusChange } from '../support/factories';
import { leadStatusChangeExportRowFields, leadStatusChangeResponseFields } from '../support/leadping';
import { useServerWithBusiness } from '../support/test-server';

// Leadping's lead-status generation (SDK 1.0.30 and later): PUT /leads/{id}/status,
// /leads/{id}/status-history and /lead-status-changes, over the same rows as the dispositions.

const suite = useServerWithBusiness();

describe('PUT /leads/{id}/status', () => {
  test('when an 11-field change is sent, then 201 with the 29 fields of LeadStatusChangeResponse, leadName and the defaults', async () => {
    const lead = await createLead(suite.client, { contact: { firstName: 'Grace', lastName: 'Hopper' } });

    const { data, response } = await suite.client.PUT('/leads/{id}/status', { params: { path: { id: lead.id } }, body: buildStatusChange() });

    expect(response.status).toBe(201);
    expect(Object.keys(data!).sort()).toEqual(leadStatusChangeResponseFields);
    expect(data).toMatchObject({
      leadId: lead.id,
      leadName: 'Grace Hopper',
      outcome: 'Appointment Set',
      category: 'Qualified',
      changeSource: 'API',
      assignedToUserId: null,
      changedByAutomationId: null,
      isMissedCallFollowUp: false,
      relatedCallEventId: null,
      sourceId: null,
      oldLeadStatusChangeId: null,
      newLeadStatusChangeId: data!.id,
    });
    expect(data!.changedAt).toBe(data!.timestamp);
    expect(Date.now() - new Date(data!.timestamp).getTime()).toBeLessThan(60_000);
  });

  test('when an 18-field change of SDK 1.0.30–1.0.45 is sent, then every field is kept', async () => {
    const lead = await createLead(suite.client);
    const body = {
      ...buildStatusChange(),
      assignedToUserId: 'user-9',
      changedByAutomationId: 'automation-3',
      changeSource: 'Automation' as const,
      isMissedCallFollowUp: true,
      relatedCallEventId: 'call-77',
      sourceId: 'source-5',
      timestamp: '2026-08-03T16:51:46.500Z',
    };

    const { data } = await suite.client.PUT('/leads/{id}/status', { params: { path: { id: lead.id } }, body });

    expect(data).toMatchObject({ ...body, changedAt: body.timestamp });
  });

  test('when only an outcome is sent, then the type is StatusChange; without an outcome, 400 naming it', async () => {
    const lead = await createLead(suite.client);

    const minimal = await suite.client.PUT('/leads/{id}/status', { params: { path: { id: lead.id } }, body: { outcome: 'Contacted' } });
    const missing = await suite.client.PUT('/leads/{id}/status', { params: { path: { id: lead.id } }, body: { category: 'Lost' } as never });

    expect(minimal.data).toMatchObject({ type: 'StatusChange', outcome: 'Contacted', category: null });
    expect(missing.response.status).toBe(400);
    expect(missing.error?.errors?.map((error) => error.path)).toContain('/body/outcome');
  });

  test('when a change carries leadId in the body, then 400: the lead is the one in the path', async () => {
    const [lead, other] = [await createLead(suite.client), await createLead(suite.client)];

    const { response } = await suite.client.PUT('/leads/{id}/status', {
      params: { path: { id: lead.id } },
      body: { ...buildStatusChange(), leadId: other.id } as never,
    });

    expect(response.status).toBe(400);
  });

  test('when the lead has no name, then leadName is null; a lead with a first name only has just that', async () => {
    const nameless = await createLead(suite.client, { contact: { email: 'x@example.com' } });
    const firstOnly = await createLead(suite.client, { contact: { firstName: 'Cher' } });

    expect((await recordStatusChange(suite.client, nameless.id)).leadName).toBeNull();
    expect((await recordStatusChange(suite.client, firstOnly.id)).leadName).toBe('Cher');
  });

  test('when each change is recorded, then it links to the change that was current before it', async () => {
    const lead = await createLead(suite.client);

    const first = await recordStatusChange(suite.client, lead.id, { outcome: 'No Answer', type: 'Call' });
    const second = await recordStatusChange(suite.client, lead.id, { outcome: 'Contacted', type: 'Text' });

    expect(second).toMatchObject({ oldLeadStatusChangeId: first.id, oldLeadStatusChangeOutcome: 'No Answer', oldLeadStatusChangeType: 'Call' });
  });

  test('when the same Idempotency-Key is sent twice, then one change is recorded; on another lead, 422', async () => {
    const [lead, other] = [await createLead(suite.client), await createLead(suite.client)];
    const headers = { 'Idempotency-Key': `status-${lead.id}` };
    const send = (id: string) => suite.client.PUT('/leads/{id}/status', { params: { path: { id }, header: headers }, body: buildStatusChange() });

    const first = await send(lead.id);
    const replay = await send(lead.id);
    const elsewhere = await send(other.id);

    expect(replay.response.headers.get('idempotency-replayed')).toBe('true');
    expect(replay.data).toEqual(first.data);
    expect(elsewhere.response.status).toBe(422);
    expect((await suite.client.GET('/leads/{id}/status-history', { params: { path: { id: lead.id } } })).data).toHaveLength(1);
    expect((await suite.client.GET('/leads/{id}/status-history', { params: { path: { id: other.id } } })).data).toHaveLength(0);
  });
});

describe('the lead and its history', () => {
  test('when changes are recorded, then the lead carries currentLeadStatus beside currentDisposition, and the history is a bare array newest first', async () => {
    const lead = await createLead(suite.client);
    const older = await recordStatusChange(suite.client, lead.id, { timestamp: '2026-01-01T00:00:00.000Z' });
    const newer = await recordStatusChange(suite.client, lead.id, { outcome: 'Sold', category: 'Converted' });

    const { data: read } = await suite.client.GET('/leads/{id}', { params: { path: { id: lead.id } } });
    const { data: history } = await suite.client.GET('/leads/{id}/status-history', { params: { path: { id: lead.id } } });

    expect(read!.currentLeadStatus).toEqual(read!.currentDisposition);
    expect(read!.currentLeadStatus).toMatchObject({ id: newer.id, outcome: 'Sold', displayName: 'Sold', category: 'Converted', source: 'API' });
    expect(history!.map((change) => change.id)).toEqual([newer.id, older.id]);
  });

  test('when exported, then rows are LeadStatusChangeExportRows and the CSV has their columns; as text/csv it streams the same', async () => {
    const lead = await createLead(suite.client);
    const change = await recordStatusChange(suite.client, lead.id);

    const { data } = await suite.client.GET('/leads/{id}/status-history/export', { params: { path: { id: lead.id } } });
    const csv = await suite.client.GET('/leads/{id}/status-history/export', {
      params: { path: { id: lead.id } },
      headers: { Accept: 'text/csv' },
      parseAs: 'text',
    });

    if (!data || typeof data === 'string') throw new Error('expected the JSON export');
    expect(data.fileName).toBe(`lead-status-history-${lead.id}.csv`);
    expect(Object.keys(data.rows[0]!).sort()).toEqual(leadStatusChangeExportRowFields);
    expect(data.rows[0]!.leadStatusChangeId).toBe(change.id);
    const [header, row] = data.csv.split('\r\n');
    expect(header!.split(',').sort()).toEqual(leadStatusChangeExportRowFields);
    expect(row!.startsWith(`${change.id},${lead.id},`)).toBe(true);
    expect(csv.response.headers.get('content-disposition')).toContain(`lead-status-history-${lead.id}.csv`);
    expect(csv.data).toBe(data.csv);
  });
});

describe('/lead-status-changes/{id}', () => {
  test('when a change is read, updated and deleted, then each answers in the lead-status vocabulary and the lead follows', async () => {
    const lead = await createLead(suite.client);
    const first = await recordStatusChange(suite.client, lead.id, { outcome: 'No Answer' });
    const second = await recordStatusChange(suite.client, lead.id, { outcome: 'Contacted' });

    const read = await suite.client.GET('/lead-status-changes/{id}', { params: { path: { id: second.id } } });
    const updated = await suite.client.PUT('/lead-status-changes/{id}', { params: { path: { id: second.id } }, body: { outcome: 'Sold', reason: null } });
    const deleted = await suite.client.DELETE('/lead-status-changes/{id}', { params: { path: { id: second.id } } });
    const gone = await suite.client.GET('/lead-status-changes/{id}', { params: { path: { id: second.id } } });
    const { data: after } = await suite.client.GET('/leads/{id}', { params: { path: { id: lead.id } } });

    expect(read.data).toEqual(second);
    expect(updated.data).toMatchObject({ id: second.id, outcome: 'Sold', reason: null, notes: second.notes, oldLeadStatusChangeId: first.id });
    expect(deleted.response.status).toBe(204);
    expect(gone.response.status).toBe(404);
    expect(gone.error?.detail).toBe(`Lead status change ${second.id} was not found.`);
    expect(after!.currentLeadStatus?.id).toBe(first.id);
  });

  test('when the query pages are walked with the client, then every change is there once, newest first', async () => {
    const { client: own } = await suite.server.newBusiness();
    const lead = await createLead(own);
    const recorded: LeadStatusChangeResponse[] = [];
    for (let i = 0; i < 7; i++) recorded.push(await recordStatusChange(own, lead.id, { timestamp: `2026-0${i + 1}-01T00:00:00.000Z` }));

    const walked = [];
    for await (const change of own.allLeadStatusChanges({ pageSize: 3, orderBy: [{ field: 'changedAt', direction: 'desc' }] })) walked.push(change.id);

    expect(walked).toEqual(recorded.map((change) => change.id).reverse());
  });
});

describe('one record, two vocabularies', () => {
  test("when If-Match carries the tag of the lead-status representation, then the write goes through; the disposition representation's tag is another, stale here", async () => {
    const lead = await createLead(suite.client);
    const change = await recordStatusChange(suite.client, lead.id);
    const asChange = await suite.client.GET('/lead-status-changes/{id}', { params: { path: { id: change.id } } });
    const asDisposition = await suite.client.GET('/dispositions/{id}', { params: { path: { id: change.id } } });
    const [changeTag, dispositionTag] = [asChange.response.headers.get('etag')!, asDisposition.response.headers.get('etag')!];

    const other = await suite.client.PUT('/lead-status-changes/{id}', {
      params: { path: { id: change.id }, header: { 'If-Match': dispositionTag } },
      body: { notes: 'x' },
    });
    const own = await suite.client.PUT('/lead-status-changes/{id}', {
      params: { path: { id: change.id }, header: { 'If-Match': changeTag } },
      body: { notes: 'y' },
    });
    const unchanged = await suite.client.GET('/lead-status-changes/{id}', {
      params: { path: { id: change.id }, header: { 'If-None-Match': own.response.headers.get('etag')! } },
    });

    expect(changeTag).not.toBe(dispositionTag);
    expect(other.response.status).toBe(412);
    expect(own.response.status).toBe(200);
    expect(unchanged.response.status).toBe(304);
  });

  test('when a disposition is written by an old client, then a new client reads the same record under the renamed fields, and the other way round', async () => {
    const lead = await createLead(suite.client, { contact: { firstName: 'Ada', lastName: 'Lovelace' } });
    const old = await createDisposition(suite.client, lead.id, { outcome: 'No Answer', category: 'Open', reason: 'Voicemail full' });
    const current = await recordStatusChange(suite.client, lead.id, { outcome: 'Sold', category: 'Converted' });

    const { data: asChange } = await suite.client.GET('/lead-status-changes/{id}', { params: { path: { id: old.id } } });
    const { data: asDisposition } = await suite.client.GET('/dispositions/{id}', { params: { path: { id: current.id } } });

    const { oldDispositionId, oldDispositionOutcome, oldDispositionType, newDispositionId, ...sameAsOld } = old;
    expect(asChange).toEqual({
      ...sameAsOld,
      leadName: 'Ada Lovelace',
      oldLeadStatusChangeId: oldDispositionId,
      oldLeadStatusChangeOutcome: oldDispositionOutcome,
      oldLeadStatusChangeType: oldDispositionType,
      newLeadStatusChangeId: newDispositionId,
    });
    const { leadName, oldLeadStatusChangeId, oldLeadStatusChangeOutcome, oldLeadStatusChangeType, newLeadStatusChangeId, ...sameAsNew } = current;
    expect(asDisposition).toEqual({
      ...sameAsNew,
      oldDispositionId: oldLeadStatusChangeId,
      oldDispositionOutcome: oldLeadStatusChangeOutcome,
      oldDispositionType: oldLeadStatusChangeType,
      newDispositionId: newLeadStatusChangeId,
    });
    expect(leadName).toBe('Ada Lovelace');
    expect(oldLeadStatusChangeId).toBe(old.id);
  });

  test('when an old client edits a change that a new client recorded, then the new client sees the edit, and the histories list the same records', async () => {
    const lead = await createLead(suite.client);
    const change = await recordStatusChange(suite.client, lead.id);

    await suite.client.PUT('/dispositions/{id}', { params: { path: { id: change.id } }, body: { followUpStatus: 'Done', changeSource: 'User' } });
    const { data: read } = await suite.client.GET('/lead-status-changes/{id}', { params: { path: { id: change.id } } });
    const [oldHistory, newHistory] = await Promise.all([
      suite.client.GET('/dispositions/lead/{leadId}', { params: { path: { leadId: lead.id } } }),
      suite.client.GET('/leads/{id}/status-history', { params: { path: { id: lead.id } } }),
    ]);

    expect(read).toMatchObject({ followUpStatus: 'Done', changeSource: 'User' });
    expect(oldHistory.data!.map((item) => item.id)).toEqual(newHistory.data!.map((item) => item.id));
  });

  test('when a continuation token comes from one vocabulary, then it pages the other', async () => {
    const { client: own } = await suite.server.newBusiness();
    const lead = await createLead(own);
    for (let i = 0; i < 3; i++) await recordStatusChange(own, lead.id);

    const { data: first } = await own.POST('/dispositions/all/my', { body: { pageSize: 2 } });
    const { data: next } = await own.POST('/lead-status-changes/all/my', { body: { pageSize: 2, continuationToken: first!.continuationToken } });

    expect(next!.items).toHaveLength(1);
    expect([...first!.items, ...next!.items].map((item) => item.id)).toHaveLength(new Set([...first!.items, ...next!.items].map((item) => item.id)).size);
  });
});
