import { buildDisposition, createDisposition, createLead, exportAsJson } from '../support/factories';
import { dispositionExportRowFields } from '../support/leadping';
import { useServerWithBusiness } from '../support/test-server';

const suite = useServerWithBusiness();

const seedPutBody = {
  type: '<string>',
  outcome: '<string>',
  notes: '<string>',
  timestamp: '2023-11-07T05:31:56Z',
  followUpStatus: '<string>',
  callbackAt: '2023-11-07T05:31:56Z',
  taskDueAt: '2023-11-07T05:31:56Z',
  appointmentStartAt: '2023-11-07T05:31:56Z',
  appointmentEndAt: '2023-11-07T05:31:56Z',
  appointmentNotes: '<string>',
  assignedToUserId: '<string>',
  relatedCallEventId: '<string>',
  isMissedCallFollowUp: true,
  sourceId: '<string>',
};

describe('POST /dispositions', () => {
  test('when the body is complete, then every field comes back as sent, with id and dates set', async () => {
    const lead = await createLead(suite.client);
    const body = buildDisposition(lead.id, { appointmentStartAt: '2026-11-30T14:00:00Z', appointmentEndAt: '2026-11-30T15:00:00+01:00' });

    const { data, response } = await suite.client.POST('/dispositions', { body });

    expect(response.status).toBe(201);
    expect(data).toMatchObject({
      leadId: lead.id,
      type: 'Call',
      outcome: 'Contacted',
      notes: 'Asked for a quote.',
      timestamp: '2026-11-24T15:00:00.000Z',
      followUpStatus: 'Pending',
      callbackAt: '2026-11-25T15:00:00.000Z',
      taskDueAt: null,
      appointmentStartAt: '2026-11-30T14:00:00.000Z',
      appointmentEndAt: '2026-11-30T14:00:00.000Z',
      assignedToUserId: 'user-1',
      isMissedCallFollowUp: false,
      sourceId: null,
    });
    expect(data?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(data?.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  test('when only leadId, type and outcome are sent, then timestamp defaults to now and the rest to null or false', async () => {
    const lead = await createLead(suite.client);
    const before = Date.now();

    const { data } = await suite.client.POST('/dispositions', { body: { leadId: lead.id, type: 'Text', outcome: 'No Answer' } });

    expect(Date.parse(data!.timestamp)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(data!.timestamp)).toBeLessThanOrEqual(Date.now() + 1000);
    expect(data).toMatchObject({ notes: null, callbackAt: null, isMissedCallFollowUp: false, assignedToUserId: null });
  });

  test('when the lead does not exist, then 404 problem', async () => {
    const { error, response } = await suite.client.POST('/dispositions', { body: buildDisposition('00000000-0000-4000-8000-000000000000') });

    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(error).toMatchObject({ type: '/problems/not-found', status: 404, title: 'Not Found' });
  });

  test.each([
    ['a required field is missing', { type: 'Call', outcome: 'Contacted' }, '/body/leadId'],
    ['a field has the wrong type', { leadId: '00000000-0000-4000-8000-000000000000', type: 'Call', outcome: 42 }, '/body/outcome'],
    ['a date is not a date', { leadId: '00000000-0000-4000-8000-000000000000', type: 'Call', outcome: 'x', callbackAt: 'tomorrow' }, '/body/callbackAt'],
    ['a field is unknown', { leadId: '00000000-0000-4000-8000-000000000000', type: 'Call', outcome: 'x', colour: 'red' }, '/body/colour'],
    ['a string is too long', { leadId: '00000000-0000-4000-8000-000000000000', type: 'Call', outcome: 'x'.repeat(201) }, '/body/outcome'],
  ])('when %s, then 400 names the field', async (_case, body, path) => {
    const response = await fetch(`${suite.server.url}/dispositions`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${(await suite.server.newBusiness()).apiKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const problem = await response.json();

    expect(response.status).toBe(400);
    expect(problem.errors.map((error: { path: string }) => error.path)).toContain(path);
  });

  test('when several fields are bad, then every one is reported', async () => {
    const { error, response } = await suite.client.POST('/dispositions', {
      body: { leadId: 'nope', type: 5, outcome: null } as never,
    });

    expect(response.status).toBe(400);
    expect(error?.errors?.map((e) => e.path).sort()).toEqual(['/body/leadId', '/body/outcome', '/body/type']);
  });

  test('when the appointment ends before it starts, then 400 names appointmentEndAt', async () => {
    const lead = await createLead(suite.client);

    const { error, response } = await suite.client.POST('/dispositions', {
      body: buildDisposition(lead.id, { appointmentStartAt: '2026-11-30T15:00:00Z', appointmentEndAt: '2026-11-30T14:00:00Z' }),
    });

    expect(response.status).toBe(400);
    expect(error?.errors?.[0]?.path).toBe('/body/appointmentEndAt');
  });

  test('when the body is not JSON, then 400 problem, not a crash', async () => {
    const response = await fetch(`${suite.server.url}/dispositions`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${(await suite.server.newBusiness()).apiKey}`, 'Content-Type': 'application/json' },
      body: '{"leadId":',
    });

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ status: 400, detail: 'The request body is not valid JSON.' });
  });
});

describe('GET /dispositions/{id}', () => {
  test('when it exists, then 200 with the disposition', async () => {
    const lead = await createLead(suite.client);
    const created = await createDisposition(suite.client, lead.id);

    const { data, response } = await suite.client.GET('/dispositions/{id}', { params: { path: { id: created.id } } });

    expect(response.status).toBe(200);
    expect(data).toEqual(created);
  });

  test('when it does not exist, then 404', async () => {
    const { response } = await suite.client.GET('/dispositions/{id}', { params: { path: { id: '00000000-0000-4000-8000-000000000000' } } });

    expect(response.status).toBe(404);
  });

  test('when the id is not a UUID, then 400 names the path parameter', async () => {
    const { error, response } = await suite.client.GET('/dispositions/{id}', { params: { path: { id: 'not-an-id' } } });

    expect(response.status).toBe(400);
    expect(error?.errors?.[0]?.path).toBe('/params/id');
  });
});

describe('PUT /dispositions/{id}', () => {
  test("when the seed's exact body is sent with a real lead id, then 200 echoes every field", async () => {
    const lead = await createLead(suite.client);
    const created = await createDisposition(suite.client, lead.id);

    const { data, response } = await suite.client.PUT('/dispositions/{id}', {
      params: { path: { id: created.id } },
      body: { leadId: lead.id, ...seedPutBody },
    });

    expect(response.status).toBe(200);
    expect(data).toEqual({
      id: created.id,
      leadId: lead.id,
      type: '<string>',
      outcome: '<string>',
      notes: '<string>',
      timestamp: '2023-11-07T05:31:56.000Z',
      createdAt: created.createdAt,
      updatedAt: expect.any(String),
      followUpStatus: '<string>',
      callbackAt: '2023-11-07T05:31:56.000Z',
      taskDueAt: '2023-11-07T05:31:56.000Z',
      appointmentStartAt: '2023-11-07T05:31:56.000Z',
      appointmentEndAt: '2023-11-07T05:31:56.000Z',
      appointmentNotes: '<string>',
      assignedToUserId: '<string>',
      relatedCallEventId: '<string>',
      isMissedCallFollowUp: true,
      sourceId: '<string>',
      category: null,
      changeSource: 'API',
      reason: null,
      changedByAutomationId: null,
      changedAt: '2023-11-07T05:31:56.000Z',
      changedByUserId: null,
      oldDispositionId: null,
      oldDispositionOutcome: null,
      oldDispositionType: null,
      newDispositionId: created.id,
    });
    expect(Date.parse(data!.updatedAt)).toBeGreaterThanOrEqual(Date.parse(created.updatedAt));
  });

  test('when fields are left out, then they keep their values; when sent as null, then they are cleared', async () => {
    const lead = await createLead(suite.client);
    const created = await createDisposition(suite.client, lead.id, { notes: 'keep me', callbackAt: '2026-12-01T10:00:00.000Z' });

    const { data } = await suite.client.PUT('/dispositions/{id}', {
      params: { path: { id: created.id } },
      body: { outcome: 'Appointment Set', callbackAt: null },
    });

    expect(data).toMatchObject({ outcome: 'Appointment Set', notes: 'keep me', callbackAt: null, type: created.type });
  });

  test('when it does not exist, then 404', async () => {
    const { response } = await suite.client.PUT('/dispositions/{id}', {
      params: { path: { id: '00000000-0000-4000-8000-000000000000' } },
      body: { outcome: 'x' },
    });

    expect(response.status).toBe(404);
  });

  test('when it moves to a lead that does not exist, then 404 and nothing changes', async () => {
    const lead = await createLead(suite.client);
    const created = await createDisposition(suite.client, lead.id);

    const { response } = await suite.client.PUT('/dispositions/{id}', {
      params: { path: { id: created.id } },
      body: { leadId: '00000000-0000-4000-8000-000000000000', outcome: 'Moved' },
    });
    const { data } = await suite.client.GET('/dispositions/{id}', { params: { path: { id: created.id } } });

    expect(response.status).toBe(404);
    expect(data).toEqual(created);
  });

  test('when the new end is before the stored start, then 400', async () => {
    const lead = await createLead(suite.client);
    const created = await createDisposition(suite.client, lead.id, { appointmentStartAt: '2026-11-30T14:00:00.000Z' });

    const { response } = await suite.client.PUT('/dispositions/{id}', {
      params: { path: { id: created.id } },
      body: { appointmentEndAt: '2026-11-30T13:00:00.000Z' },
    });

    expect(response.status).toBe(400);
  });
});

describe('DELETE /dispositions/{id}', () => {
  test('when it exists, then 204 with no body, and it is gone', async () => {
    const lead = await createLead(suite.client);
    const created = await createDisposition(suite.client, lead.id);

    const { response } = await suite.client.DELETE('/dispositions/{id}', { params: { path: { id: created.id } } });
    const again = await suite.client.GET('/dispositions/{id}', { params: { path: { id: created.id } } });

    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(again.response.status).toBe(404);
  });

  test('when it does not exist, then 404', async () => {
    const { response } = await suite.client.DELETE('/dispositions/{id}', { params: { path: { id: '00000000-0000-4000-8000-000000000000' } } });

    expect(response.status).toBe(404);
  });
});

describe('GET /dispositions/lead/{leadId}', () => {
  test('when the lead has dispositions, then a bare array, newest first by (timestamp, id)', async () => {
    const lead = await createLead(suite.client);
    const older = await createDisposition(suite.client, lead.id, { timestamp: '2026-01-01T00:00:00.000Z' });
    const newer = await createDisposition(suite.client, lead.id, { timestamp: '2026-02-01T00:00:00.000Z' });
    const tieA = await createDisposition(suite.client, lead.id, { timestamp: '2026-01-15T00:00:00.000Z' });
    const tieB = await createDisposition(suite.client, lead.id, { timestamp: '2026-01-15T00:00:00.000Z' });
    const [tieHigh, tieLow] = [tieA, tieB].sort((a, b) => (a.id < b.id ? 1 : -1));

    const { data, response } = await suite.client.GET('/dispositions/lead/{leadId}', { params: { path: { leadId: lead.id } } });

    expect(response.status).toBe(200);
    expect(data?.map((d) => d.id)).toEqual([newer.id, tieHigh!.id, tieLow!.id, older.id]);
  });

  test('when the lead has none, then an empty array', async () => {
    const lead = await createLead(suite.client);

    const { data } = await suite.client.GET('/dispositions/lead/{leadId}', { params: { path: { leadId: lead.id } } });

    expect(data).toEqual([]);
  });

  test('when the lead does not exist, then 404', async () => {
    const { response } = await suite.client.GET('/dispositions/lead/{leadId}', {
      params: { path: { leadId: '00000000-0000-4000-8000-000000000000' } },
    });

    expect(response.status).toBe(404);
  });
});

describe('GET /dispositions/lead/{leadId}/export', () => {
  test('when the lead has dispositions, then the CSV has a header row and RFC 4180 quoting, and rows match it', async () => {
    const lead = await createLead(suite.client);
    await createDisposition(suite.client, lead.id, { timestamp: '2026-01-01T00:00:00.000Z', notes: 'said "call me", later\nthanks' });
    const newest = await createDisposition(suite.client, lead.id, { timestamp: '2026-02-01T00:00:00.000Z', notes: null, isMissedCallFollowUp: true });

    const { data, response } = await exportAsJson(suite.client, lead.id);

    expect(response.status).toBe(200);
    expect(data.fileName).toBe(`dispositions-${lead.id}.csv`);
    expect(data.contentType).toBe('text/csv');
    expect(data.rows.map((row) => row.dispositionId)[0]).toBe(newest.id);
    expect(Object.keys(data.rows[0]!).sort()).toEqual(dispositionExportRowFields);
    const lines = data!.csv.split('\r\n');
    expect(lines[0]).toBe(
      'dispositionId,leadId,type,outcome,category,changeSource,reason,changedByAutomationId,changedAt,changedByUserId,notes,createdAt,updatedAt,followUpStatus,callbackAt,taskDueAt,appointmentStartAt,appointmentEndAt,assignedToUserId,relatedCallEventId,isMissedCallFollowUp,sourceId,oldDispositionId,oldDispositionOutcome,oldDispositionType,newDispositionId',
    );
    expect(lines[1]).toContain(`${newest.id},${lead.id},Call,Contacted,,API,,,2026-02-01T00:00:00.000Z`);
    expect(lines[1]).toContain(',true,');
    expect(data!.csv).toContain('"said ""call me"", later\nthanks"');
    expect(data!.csv.endsWith('\r\n')).toBe(true);
  });

  test('when the lead does not exist, then 404', async () => {
    const { response } = await suite.client.GET('/dispositions/lead/{leadId}/export', {
      params: { path: { leadId: '00000000-0000-4000-8000-000000000000' } },
    });

    expect(response.status).toBe(404);
  });
});
