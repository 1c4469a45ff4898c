import { setTimeout } from 'node:timers/promises';
import { createDispositionsClient } from '@dispositions/client';
import pino from 'pino';
import { buildDisposition, buildLead, createLead } from '../support/factories';
import { startTestServer, type TestBusiness, type TestServer } from '../support/test-server';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Every line the server logs, as written: the test reads what production would print. */
const written: string[] = [];
let server: TestServer;
let business: TestBusiness;

beforeAll(async () => {
  server = await startTestServer(pino({ level: 'info' }, { write: (line: string) => written.push(line) }));
  business = await server.newBusiness();
});
afterAll(() => server.close());

/** The log lines of one request, once its completion line is written (just after the response). */
async function logLinesOf(requestId: string): Promise<Record<string, unknown>[]> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const lines = written.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line.requestId === requestId);
    if (lines.some((line) => line.msg === 'request completed' || line.msg === 'request errored')) return lines;
    await setTimeout(20);
  }
  throw new Error(`no completion line was logged for request ${requestId}`);
}

describe('request ids', () => {
  test('when a request sends a sane X-Request-Id, then the response, its problem body and its log line all carry it', async () => {
    const requestId = 'trace-7f3c.2b1d:9e08';

    const { error, response } = await business.client.GET('/leads/{id}', {
      params: { path: { id: '00000000-0000-4000-8000-000000000000' } },
      headers: { 'X-Request-Id': requestId },
    });

    expect(response.status).toBe(404);
    expect(response.headers.get('x-request-id')).toBe(requestId);
    expect(error?.requestId).toBe(requestId);
    const [completed] = await logLinesOf(requestId);
    expect(completed).toMatchObject({
      level: 30,
      requestId,
      req: { method: 'GET', path: '/leads/00000000-0000-4000-8000-000000000000' },
      res: { statusCode: 404 },
    });
    expect(completed?.responseTime).toEqual(expect.any(Number));
  });

  test.each([
    ['longer than 128 characters', 'a'.repeat(129)],
    ['empty', ''],
    ['with spaces', 'my request'],
    ['with markup', '<script>alert(1)</script>'],
    ['with a quote and a brace', 'x"}{"level":60'],
  ])('when the X-Request-Id is %s, then a new UUID is used instead', async (_name, incoming) => {
    const response = await fetch(`${server.url}/healthz`, { headers: { 'X-Request-Id': incoming } });

    const requestId = response.headers.get('x-request-id')!;
    expect(requestId).toMatch(uuid);
    expect(await logLinesOf(requestId)).toHaveLength(1);
    expect(written.join('')).not.toContain(incoming || '"requestId":""');
  });

  test('when requests send no X-Request-Id, then each gets its own UUID', async () => {
    const ids = await Promise.all([1, 2, 3].map(async () => (await fetch(`${server.url}/healthz`)).headers.get('x-request-id')));

    for (const id of ids) expect(id).toMatch(uuid);
    expect(new Set(ids).size).toBe(3);
  });
});

describe('what the logs leave out', () => {
  test('when leads and dispositions are sent with keys, cookies and personal data, then no log line holds any of them, while the request ids are there', async () => {
    const lead = buildLead({
      contact: { firstName: 'Grace', lastName: 'Hopper-Secret', email: 'grace.secret@example.com', phone: { number: '+15555559876' } },
    });
    const keyInBearer = createDispositionsClient({ baseUrl: server.url, apiKey: business.apiKey });
    const headers = (requestId: string) => ({ 'X-Request-Id': requestId, Cookie: 'session=cookie-secret-123' });

    const created = await keyInBearer.POST('/leads', { body: lead, headers: headers('log-test-create') });
    const leadId = created.data!.id;
    await keyInBearer.POST('/dispositions', {
      body: buildDisposition(leadId, { notes: 'Notes-secret: gate code 4711' }),
      headers: headers('log-test-disposition'),
    });
    const read = await fetch(`${server.url}/leads/${leadId}`, { headers: { ...headers('log-test-read'), 'X-Leadping-Api-Key': business.apiKey } });
    const invalid = await keyInBearer.POST('/leads', {
      body: { contact: { email: 'grace.secret@example.com', firstName: 42 } } as never,
      headers: headers('log-test-invalid'),
    });

    expect([created.response.status, read.status, invalid.response.status]).toEqual([201, 200, 400]);
    for (const requestId of ['log-test-create', 'log-test-disposition', 'log-test-read', 'log-test-invalid'])
      expect(await logLinesOf(requestId)).not.toHaveLength(0);
    const log = written.join('');
    for (const secret of [business.apiKey, 'cookie-secret-123', 'grace.secret@example.com', 'Hopper-Secret', '5555559876', 'Notes-secret'])
      expect(log).not.toContain(secret);
  });

  test('when a lead is fetched with a query string, then the log line has the path without it', async () => {
    const { id } = await createLead(business.client);

    await fetch(`${server.url}/leads/${id}?email=grace.query@example.com`, {
      headers: { authorization: `Bearer ${business.apiKey}`, 'X-Request-Id': 'log-test-query' },
    });

    const [completed] = await logLinesOf('log-test-query');
    expect(completed?.req).toEqual({ method: 'GET', path: `/leads/${id}` });
    expect(written.join('')).not.toContain('grace.query@example.com');
  });
});
