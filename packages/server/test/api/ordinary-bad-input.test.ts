import { connect } from 'node:net';
import type { DispositionQueryOptions, DispositionResponse, LeadResponse } from '@dispositions/api-types';
import { maxOffsetMinutes } from '../../src/domain/date-time';
import { createDisposition, createLead } from '../support/factories';
import { useServerWithBusiness } from '../support/test-server';

// Ordinary bad input that once got a 500 or a wrong 2xx: empty bodies, lone UTF-16
// surrogates, offsets PostgreSQL refuses, and instants that round into the year 10000.
// Each is a 400 problem+json naming the place, and changes nothing.

let lead: LeadResponse;
let dispositionId: string;
let created: DispositionResponse;

const suite = useServerWithBusiness();

beforeAll(async () => {
  lead = await createLead(suite.business.client);
  created = await createDisposition(suite.business.client, lead.id);
  dispositionId = created.id;
});

interface Answer {
  status: number;
  contentType: string;
  problem: { status?: number; errors?: { path: string; message: string }[] };
}

/** One request written byte for byte on a socket, so that it can carry no Content-Length and no body at all. */
function rawRequest(method: string, path: string, framing: 'none' | 'empty-chunked'): Promise<Answer> {
  const { port } = new URL(suite.server.url);
  const head = [
    `${method} ${path} HTTP/1.1`,
    'Host: localhost',
    `Authorization: Bearer ${suite.business.apiKey}`,
    'Content-Type: application/json',
    'Connection: close',
  ];
  if (framing === 'empty-chunked') head.push('Transfer-Encoding: chunked');
  const request = `${head.join('\r\n')}\r\n\r\n${framing === 'empty-chunked' ? '0\r\n\r\n' : ''}`;
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(request));
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString()));
    socket.on('error', reject);
    socket.on('end', () => {
      const [headers = '', body = ''] = text.split('\r\n\r\n');
      resolve({
        status: Number(/^HTTP\/1\.1 (\d{3})/.exec(headers)?.[1]),
        contentType: /^content-type: (.*)$/im.exec(headers)?.[1] ?? '',
        problem: body.startsWith('{') ? JSON.parse(body) : {},
      });
    });
  });
}

async function send(method: string, path: string, body: string): Promise<Answer> {
  const response = await fetch(suite.server.url + path, {
    method,
    headers: { authorization: `Bearer ${suite.business.apiKey}`, 'content-type': 'application/json' },
    body,
  });
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', problem: text.startsWith('{') ? JSON.parse(text) : {} };
}

/** 400 problem+json naming `path`, or (`under`) a field in it. */
function expectBadRequestAt(answer: Answer, path: string, under = false): void {
  expect({ status: answer.status, contentType: answer.contentType }).toEqual({
    status: 400,
    contentType: expect.stringMatching(/^application\/problem\+json/),
  });
  const paths = answer.problem.errors?.map((error) => error.path) ?? [];
  if (under) expect(paths.every((named) => named.startsWith(path))).toBe(true);
  else expect(paths).toContain(path);
}

// POST /dispositions has required fields, so the validator names them first.
const requiredBodies: [string, string, () => string, boolean][] = [
  ['POST /leads', 'POST', () => '/leads', false],
  ['PUT /leads/{id}', 'PUT', () => `/leads/${lead.id}`, false],
  ['POST /leads/all/my', 'POST', () => '/leads/all/my', false],
  ['POST /dispositions', 'POST', () => '/dispositions', true],
  ['PUT /dispositions/{id}', 'PUT', () => `/dispositions/${dispositionId}`, false],
  ['POST /dispositions/all/my', 'POST', () => '/dispositions/all/my', false],
];

describe.each(requiredBodies)('%s, whose body the spec requires', (_name, method, path, under) => {
  test('when the JSON body is empty with Content-Length: 0, then 400 says the body is required', async () => {
    expectBadRequestAt(await send(method, path(), ''), '/body', under);
  });

  test('when there is no body and no Content-Length, then 400 says the body is required', async () => {
    expectBadRequestAt(await rawRequest(method, path(), 'none'), '/body', under);
  });

  test('when the chunked body is empty, then 400 says the body is required', async () => {
    expectBadRequestAt(await rawRequest(method, path(), 'empty-chunked'), '/body', under);
  });
});

test('when empty bodies have been refused, then no lead was created and the disposition is unchanged', async () => {
  const { data: leads } = await suite.business.client.POST('/leads/all/my', { body: { includeCount: true } });
  expect(leads?.totalCount).toBe(1);
  const { data: disposition, response, error } = await suite.business.client.GET('/dispositions/{id}', { params: { path: { id: dispositionId } } });
  expect({ status: response.status, error }).toEqual({ status: 200, error: undefined });
  expect(disposition).toEqual(created);
});

describe('lone UTF-16 surrogates, which are not Unicode text', () => {
  test.each([
    ['a sourceMetadata value', '/leads', () => '{"metadata":{"sourceMetadata":{"formId":"\\ud800"}}}', '/body/metadata/sourceMetadata/formId'],
    ['a sourceMetadata key', '/leads', () => '{"metadata":{"sourceMetadata":{"\\udfff":1}}}', '/body/metadata/sourceMetadata'],
    ['a contact name (a text column)', '/leads', () => '{"contact":{"firstName":"Ada \\udc00"}}', '/body/contact/firstName'],
    [
      'disposition notes',
      '/dispositions',
      () => JSON.stringify({ leadId: lead.id, type: 'Call', outcome: 'x' }).replace('}', ',"notes":"\\ud83d"}'),
      '/body/notes',
    ],
    ['a query filter value', '/dispositions/all/my', () => '{"filters":[{"field":"outcome","value":"\\ud800x"}]}', '/body/filters/0/value'],
  ])('when %s holds one, then 400 names it', async (_case, path, body, naming) => {
    expectBadRequestAt(await send('POST', path, body()), naming);
  });

  test('when the surrogates are paired (an emoji), then the text is stored as sent', async () => {
    const answer = await suite.business.client.POST('/leads', {
      body: { contact: { firstName: 'Ada \ud83d\ude00' }, metadata: { sourceMetadata: { '\ud83d\ude00': '\ud83d\ude00' } } },
    });
    expect(answer.response.status).toBe(201);
    expect(answer.data?.contact.firstName).toBe('Ada 😀');
    expect(answer.data?.metadata.sourceMetadata).toEqual({ '😀': '😀' });
    await suite.business.client.DELETE('/leads/{id}', { params: { path: { id: answer.data!.id } } });
  });
});

describe('UTC offsets', () => {
  const offset = (minutes: number) =>
    `${minutes < 0 ? '-' : '+'}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`;
  const beyond = [16 * 60, 20 * 60 + 30, 23 * 60 + 59, -(16 * 60), -(23 * 60 + 59)].map(offset);

  test.each(beyond)('when a date field has the offset %s, beyond what PostgreSQL takes, then 400 names it', async (tz) => {
    expectBadRequestAt(await send('PUT', `/dispositions/${dispositionId}`, JSON.stringify({ callbackAt: `2026-06-01T12:00:00${tz}` })), '/body/callbackAt');
  });

  test.each(beyond)('when a range filter has the offset %s, then 400 names it', async (tz) => {
    const body = { rangeFilters: [{ field: 'callbackAt', greaterThanOrEqual: `2026-06-01T12:00:00${tz}` }] };
    expectBadRequestAt(await send('POST', '/dispositions/all/my', JSON.stringify(body)), '/body/rangeFilters/0/greaterThanOrEqual');
  });

  test.each([offset(maxOffsetMinutes), offset(-maxOffsetMinutes), '+14:00', '-12:00'])(
    'when a date has the offset %s, then it is stored as that instant in UTC',
    async (tz) => {
      const sent = `2026-06-01T12:00:00${tz}`;
      const { data, response } = await suite.business.client.PUT('/dispositions/{id}', { params: { path: { id: dispositionId } }, body: { callbackAt: sent } });
      expect(response.status).toBe(200);
      expect(data?.callbackAt).toBe(new Date(sent).toISOString());
    },
  );
});

describe('instants at the end of the range', () => {
  test.each([
    '9999-12-31T23:59:59.9999Z',
    '9999-12-31T23:59:59.9995Z',
    '9999-12-31T23:59:59.99949999Z',
    '9999-12-31T23:59:60Z',
    '9999-12-31T18:59:59.9999-05:00',
  ])('when a date is %s, which PostgreSQL would store as the year 10000, then 400 names it', async (date) => {
    expectBadRequestAt(await send('PUT', `/dispositions/${dispositionId}`, JSON.stringify({ callbackAt: date })), '/body/callbackAt');
  });

  test.each(['0001-01-01T00:00:00.000Z', '0069-07-20T20:17:00.000Z', '0099-12-31T23:59:59.999Z'])(
    'when a date is %s, in the first century, then it is answered as that year (PGlite by itself read it as 19xx or 20xx)',
    async (callbackAt) => {
      const { data, response } = await suite.business.client.PUT('/dispositions/{id}', { params: { path: { id: dispositionId } }, body: { callbackAt } });
      expect(response.status).toBe(200);
      expect(data?.callbackAt).toBe(callbackAt);
      const { data: read } = await suite.business.client.GET('/dispositions/{id}', { params: { path: { id: dispositionId } } });
      expect(read?.callbackAt).toBe(callbackAt);
    },
  );

  test('when a date is the last millisecond of 9999, then it is stored, answered within the spec, and pages past it', async () => {
    const last = await createLead(suite.business.client);
    for (const callbackAt of ['9999-12-31T23:59:59.9994Z', '9999-12-31T23:59:59.999Z', '2026-01-01T00:00:00Z']) {
      const { data, response } = await suite.business.client.POST('/dispositions', { body: { leadId: last.id, type: 'Call', outcome: 'x', callbackAt } });
      expect(response.status).toBe(201);
      expect(data?.callbackAt).toMatch(/^(9999-12-31T23:59:59\.999Z|2026-01-01T00:00:00\.000Z)$/);
    }
    const seen: string[] = [];
    let continuationToken: string | null = null;
    do {
      const body: DispositionQueryOptions = {
        pageSize: 1,
        continuationToken,
        filters: [{ field: 'leadId', value: last.id }],
        orderBy: [{ field: 'callbackAt', direction: 'desc' }],
      };
      const { data, response } = await suite.business.client.POST('/dispositions/all/my', { body });
      expect(response.status).toBe(200);
      seen.push(...data!.items.map((item) => item.callbackAt!));
      continuationToken = data!.continuationToken;
    } while (continuationToken && seen.length < 10);
    expect(seen).toEqual(['9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z', '2026-01-01T00:00:00.000Z']);
  });
});
