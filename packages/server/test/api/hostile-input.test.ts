import type { DispositionResponse, LeadResponse, LeadStatusResponse } from '@dispositions/api-types';
import { maxBodyDepth, maxShape, sourceMetadataLimits } from '../../src/http/json-body-guard';
import { createDisposition, createLead, createLeadStatus } from '../support/factories';
import { spec } from '../support/spec';
import { startTestServer, type TestBusiness, type TestServer } from '../support/test-server';

// Broken and hostile requests, as raw HTTP: every one is a 4xx problem+json that names what
// is wrong and shows nothing of the server's insides. SQL-looking text is data: it matches
// only itself, and afterwards the tables hold exactly the rows this file created.

interface Answer {
  status: number;
  contentType: string | null;
  text: string;
}

let server: TestServer;
/** Plain rows: no SQL-looking text, so such filters and searches must match nothing. */
let owner: TestBusiness;
/** Rows whose text is SQL-looking, to find each exactly. */
let stored: TestBusiness;
let lead: LeadResponse;
let disposition: DispositionResponse;
let leadStatus: LeadStatusResponse;
const createdDispositions: string[] = [];
const createdLeads: string[] = [];

async function send(method: string, path: string, body?: string, contentType = 'application/json', apiKey = owner.apiKey): Promise<Answer> {
  const response = await fetch(server.url + path, {
    method,
    headers: { authorization: `Bearer ${apiKey}`, ...(body === undefined ? {} : { 'content-type': contentType }) },
    body,
  });
  return { status: response.status, contentType: response.headers.get('content-type'), text: await response.text() };
}

const json = (value: unknown) => JSON.stringify(value);

/** What a problem body must never show: stack frames, file paths, SQL. */
const leaks = [/\bat \S+ \(/, /\bat \S+:\d+:\d+/, /node_modules/, /\/work\//, /select /i, /insert /i, /SQL/];

/** A `status` problem+json whose `detail` or an `errors` path names `naming`, and that leaks nothing. */
function expectProblem(answer: Answer, status: number, naming: string): void {
  expect({ status: answer.status, contentType: answer.contentType }).toEqual({ status, contentType: expect.stringMatching(/^application\/problem\+json/) });
  const problem = JSON.parse(answer.text) as { status: number; detail?: string; errors?: { path: string }[] };
  expect(problem.status).toBe(status);
  expect([problem.detail ?? '', ...(problem.errors ?? []).map((error) => error.path)]).toContainEqual(expect.stringContaining(naming));
  for (const leak of leaks) expect(answer.text).not.toMatch(leak);
}

const sqlLooking = ["' OR 1=1 --", '"; DROP TABLE dispositions; --', '%', '_', '\\', "' UNION SELECT * FROM businesses --"];
const overOneMegabyte = 'x'.repeat(1024 * 1024);
const deeplyNested = (depth: number): unknown => (depth === 0 ? 'bottom' : { a: deeplyNested(depth - 1) });

beforeAll(async () => {
  server = await startTestServer();
  [owner, stored] = [await server.newBusiness(), await server.newBusiness()];
  lead = await createLead(owner.client);
  disposition = await createDisposition(owner.client, lead.id, {
    appointmentStartAt: '2026-11-30T14:00:00.000Z',
    appointmentEndAt: '2026-11-30T15:00:00.000Z',
  });
  const second = await createDisposition(owner.client, lead.id);
  createdLeads.push(lead.id);
  createdDispositions.push(disposition.id, second.id);
  leadStatus = await createLeadStatus(owner.client);
});
afterAll(() => server.close());

type Endpoint = [name: string, method: string, path: () => string, valid: () => Record<string, unknown>];

const endpoints: Endpoint[] = [
  ['POST /dispositions', 'POST', () => '/dispositions', () => ({ leadId: lead.id, type: 'Call', outcome: 'Contacted' })],
  ['PUT /dispositions/{id}', 'PUT', () => `/dispositions/${disposition.id}`, () => ({ outcome: 'Contacted' })],
  ['POST /leads', 'POST', () => '/leads', () => ({ contact: { firstName: 'Ada' } })],
  ['POST /dispositions/all/my', 'POST', () => '/dispositions/all/my', () => ({ pageSize: 10 })],
  ['PUT /leads/{id}/status', 'PUT', () => `/leads/${lead.id}/status`, () => ({ outcome: 'Contacted' })],
  ['PUT /lead-status-changes/{id}', 'PUT', () => `/lead-status-changes/${disposition.id}`, () => ({ outcome: 'Contacted' })],
  ['POST /lead-status-changes/all/my', 'POST', () => '/lead-status-changes/all/my', () => ({ pageSize: 10 })],
  ['POST /lead-statuses', 'POST', () => '/lead-statuses', () => ({ name: 'Hostile' })],
  ['PUT /lead-statuses/{id}', 'PUT', () => `/lead-statuses/${leadStatus.id}`, () => ({ name: 'Hostile' })],
];

describe.each(endpoints)('%s', (_name, method, path, valid) => {
  test.each([
    ['the body is malformed JSON', () => '{"outcome":', 'application/json', 400, '/body'],
    ['the body is sent as text/plain', () => json(valid()), 'text/plain', 415, 'Content-Type'],
    ['the body is sent as a form', () => 'outcome=Contacted', 'application/x-www-form-urlencoded', 415, 'Content-Type'],
    ['the body is a JSON array', () => json([valid()]), 'application/json', 400, '/body'],
    ['the body is a JSON string', () => '"Contacted"', 'application/json', 400, '/body'],
    ['the body is a JSON number', () => '42', 'application/json', 400, '/body'],
    ['the body is JSON null', () => 'null', 'application/json', 400, '/body'],
    ['the body has an unknown field', () => json({ ...valid(), colour: 'red' }), 'application/json', 400, '/body/colour'],
    ['the body is over the 1 MB limit', () => json({ ...valid(), padding: overOneMegabyte }), 'application/json', 413, 'request body'],
    ['the body nests deeper than the limit', () => json({ ...valid(), nested: deeplyNested(maxBodyDepth + 1) }), 'application/json', 400, '/body/nested/a/a'],
    ['a key holds U+0000', () => json({ ...valid(), 'col\u0000our': 'red' }), 'application/json', 400, '/body'],
  ])('when %s, then a problem names it', async (_case, body, contentType, status, naming) => {
    expectProblem(await send(method, path(), body(), contentType), status, naming);
  });
});

describe('fields of the wrong shape', () => {
  const field = (name: string, method: string, path: () => string, body: () => unknown, naming: string) => [name, method, path, body, naming] as const;
  const create = (extra: Record<string, unknown>) => () => ({ leadId: lead.id, type: 'Call', outcome: 'Contacted', ...extra });
  const toDisposition = () => `/dispositions/${disposition.id}`;
  const post = 'POST';

  test.each([
    field('POST /dispositions with outcome a number', post, () => '/dispositions', create({ outcome: 42 }), '/body/outcome'),
    field(
      'POST /dispositions with isMissedCallFollowUp a string',
      post,
      () => '/dispositions',
      create({ isMissedCallFollowUp: 'yes' }),
      '/body/isMissedCallFollowUp',
    ),
    field('POST /dispositions with a SQL-looking leadId', post, () => '/dispositions', create({ leadId: "' OR 1=1 --" }), '/body/leadId'),
    field('POST /dispositions with callbackAt on 30 February', post, () => '/dispositions', create({ callbackAt: '2026-02-30T00:00:00Z' }), '/body/callbackAt'),
    field('POST /dispositions with taskDueAt "yesterday"', post, () => '/dispositions', create({ taskDueAt: 'yesterday' }), '/body/taskDueAt'),
    field('POST /dispositions with timestamp in month 13', post, () => '/dispositions', create({ timestamp: '2026-13-01T00:00:00Z' }), '/body/timestamp'),
    field(
      'POST /dispositions with a timestamp over 64 characters',
      post,
      () => '/dispositions',
      create({ timestamp: `2026-11-24T15:04:05.${'1'.repeat(50)}Z` }),
      '/body/timestamp',
    ),
    field('POST /dispositions with timestamp in year 0', post, () => '/dispositions', create({ timestamp: '0000-01-01T00:00:00Z' }), '/body/timestamp'),
    field(
      'POST /dispositions with an appointment past year 9999 in UTC',
      post,
      () => '/dispositions',
      create({ appointmentStartAt: '9999-12-31T23:00:00-05:00' }),
      '/body/appointmentStartAt',
    ),
    field(
      'POST /dispositions with the appointment ending before it starts',
      post,
      () => '/dispositions',
      create({ appointmentStartAt: '2026-11-30T15:00:00Z', appointmentEndAt: '2026-11-30T14:00:00Z' }),
      '/body/appointmentEndAt',
    ),
    field('POST /dispositions with notes over 10,000 characters', post, () => '/dispositions', create({ notes: 'n'.repeat(10_001) }), '/body/notes'),
    field(
      'POST /dispositions with appointmentNotes over 10,000 characters',
      post,
      () => '/dispositions',
      create({ appointmentNotes: 'n'.repeat(10_001) }),
      '/body/appointmentNotes',
    ),
    field('POST /dispositions with type over 200 characters', post, () => '/dispositions', create({ type: 't'.repeat(201) }), '/body/type'),
    field(
      'POST /dispositions with assignedToUserId over 200 characters',
      post,
      () => '/dispositions',
      create({ assignedToUserId: 'u'.repeat(201) }),
      '/body/assignedToUserId',
    ),
    field('POST /dispositions with an empty outcome', post, () => '/dispositions', create({ outcome: '' }), '/body/outcome'),
    field('POST /dispositions with U+0000 in notes', post, () => '/dispositions', create({ notes: 'before\u0000after' }), '/body/notes'),
    field('PUT /dispositions/{id} with leadId a number', 'PUT', toDisposition, () => ({ leadId: 7 }), '/body/leadId'),
    field('PUT /dispositions/{id} with callbackAt on 30 February', 'PUT', toDisposition, () => ({ callbackAt: '2026-02-30T00:00:00Z' }), '/body/callbackAt'),
    field('PUT /dispositions/{id} with timestamp "yesterday"', 'PUT', toDisposition, () => ({ timestamp: 'yesterday' }), '/body/timestamp'),
    field(
      'PUT /dispositions/{id} ending the stored appointment before it starts',
      'PUT',
      toDisposition,
      () => ({ appointmentEndAt: '2026-11-30T13:00:00Z' }),
      '/body/appointmentEndAt',
    ),
    field('PUT /dispositions/{id} with notes over 10,000 characters', 'PUT', toDisposition, () => ({ notes: 'n'.repeat(10_001) }), '/body/notes'),
    field('PUT /dispositions/{id} with outcome over 200 characters', 'PUT', toDisposition, () => ({ outcome: 'o'.repeat(201) }), '/body/outcome'),
    field('PUT /dispositions/{id} with U+0000 in appointmentNotes', 'PUT', toDisposition, () => ({ appointmentNotes: '\u0000' }), '/body/appointmentNotes'),
    field(
      'PUT /leads/{id}/status with a category in the wrong case',
      'PUT',
      () => `/leads/${lead.id}/status`,
      () => ({ outcome: 'x', category: 'qualified' }),
      '/body/category',
    ),
    field(
      'PUT /leads/{id}/status with an unknown changeSource',
      'PUT',
      () => `/leads/${lead.id}/status`,
      () => ({ outcome: 'x', changeSource: 'Robot' }),
      '/body/changeSource',
    ),
    field(
      'PUT /leads/{id}/status with reason over 200 characters',
      'PUT',
      () => `/leads/${lead.id}/status`,
      () => ({ outcome: 'x', reason: 'r'.repeat(201) }),
      '/body/reason',
    ),
    field(
      'PUT /leads/{id}/status with a leadId in the body',
      'PUT',
      () => `/leads/${lead.id}/status`,
      () => ({ outcome: 'x', leadId: lead.id }),
      '/body/leadId',
    ),
    field(
      'PUT /leads/{id}/status with U+0000 in changedByAutomationId',
      'PUT',
      () => `/leads/${lead.id}/status`,
      () => ({ outcome: 'x', changedByAutomationId: '\u0000' }),
      '/body/changedByAutomationId',
    ),
    field(
      'PUT /lead-status-changes/{id} with outcome null',
      'PUT',
      () => `/lead-status-changes/${disposition.id}`,
      () => ({ outcome: null }),
      '/body/outcome',
    ),
    field(
      'POST /lead-statuses with sortOrder a string',
      post,
      () => '/lead-statuses',
      () => ({ name: 'x', sortOrder: '1' }),
      '/body/sortOrder',
    ),
    field(
      'POST /lead-statuses with sortOrder past its bound',
      post,
      () => '/lead-statuses',
      () => ({ name: 'x', sortOrder: 1e10 }),
      '/body/sortOrder',
    ),
    field(
      'POST /lead-statuses with an empty name',
      post,
      () => '/lead-statuses',
      () => ({ name: '' }),
      '/body/name',
    ),
    field(
      'POST /lead-statuses without a name',
      post,
      () => '/lead-statuses',
      () => ({ category: 'Open' }),
      '/body/name',
    ),
    field(
      'POST /lead-statuses with U+0000 in the name',
      post,
      () => '/lead-statuses',
      () => ({ name: 'a\u0000b' }),
      '/body/name',
    ),
    field(
      'PUT /lead-statuses/{id} with an unknown category',
      'PUT',
      () => `/lead-statuses/${leadStatus.id}`,
      () => ({ category: 'Sold' }),
      '/body/category',
    ),
    field(
      'POST /leads with contact.email a number',
      post,
      () => '/leads',
      () => ({ contact: { email: 42 } }),
      '/body/contact/email',
    ),
    field(
      'POST /leads with contact.phone a string',
      post,
      () => '/leads',
      () => ({ contact: { phone: '+15555550123' } }),
      '/body/contact/phone',
    ),
    field(
      'POST /leads with an unknown contact field',
      post,
      () => '/leads',
      () => ({ contact: { nickname: 'Ada' } }),
      '/body/contact/nickname',
    ),
    field(
      'POST /leads with contact.firstName over 200 characters',
      post,
      () => '/leads',
      () => ({ contact: { firstName: 'A'.repeat(201) } }),
      '/body/contact/firstName',
    ),
    field(
      'POST /leads with metadata.landingPage over 10,000 characters',
      post,
      () => '/leads',
      () => ({ metadata: { landingPage: 'h'.repeat(10_001) } }),
      '/body/metadata/landingPage',
    ),
    field(
      'POST /leads with sourceMetadata one level too deep',
      post,
      () => '/leads',
      () => ({ metadata: { sourceMetadata: deeplyNested(sourceMetadataLimits.depth + 1) } }),
      '/body/metadata/sourceMetadata/a',
    ),
    field(
      'POST /leads with sourceMetadata one byte too large',
      post,
      () => '/leads',
      () => ({ metadata: { sourceMetadata: { blob: 'x'.repeat(sourceMetadataLimits.bytes - 11 + 1) } } }),
      '/body/metadata/sourceMetadata',
    ),
    field(
      'POST /leads with sourceMetadata holding one key too many',
      post,
      () => '/leads',
      () => ({
        metadata: {
          sourceMetadata: Object.fromEntries(Array.from({ length: spec.components.schemas.SourceMetadata.maxProperties + 1 }, (_, i) => [`k${i}`, i])),
        },
      }),
      '/body/metadata/sourceMetadata',
    ),
    field(
      'POST /leads with U+0000 in a sourceMetadata key',
      post,
      () => '/leads',
      () => ({ metadata: { sourceMetadata: { 'form\u0000Id': 1 } } }),
      '/body/metadata/sourceMetadata',
    ),
    field(
      'POST /leads with U+0000 in a sourceMetadata value',
      post,
      () => '/leads',
      () => ({ metadata: { sourceMetadata: { formId: '\u0000' } } }),
      '/body/metadata/sourceMetadata/formId',
    ),
  ])('when %s, then 400 names the field', async (_case, method, path, body, naming) => {
    expectProblem(await send(method, path(), json(body())), 400, naming);
  });
});

describe('requests that would make the problem large', () => {
  const limits = spec.components.schemas.Problem.properties;
  const parse = (answer: Answer) => JSON.parse(answer.text) as { detail: string; instance: string; errors: { path: string; message: string }[] };

  test(`when a body has ${maxShape.fields} unknown fields, then 400 lists the first of them as the spec allows, and says how many there are`, async () => {
    const unknown = Object.fromEntries(Array.from({ length: maxShape.fields }, (_, i) => [`unknown${i}`, i]));

    const answer = await send('POST', '/leads', json({ contact: unknown }));

    expectProblem(answer, 400, '/body/contact/unknown0');
    const { detail, errors } = parse(answer);
    expect(errors).toHaveLength(limits.errors.maxItems);
    expect(detail).toMatch(new RegExp(`^${maxShape.fields} problems with the request; errors lists the first 50\\.`));
    expect(detail.length).toBeLessThanOrEqual(limits.detail.maxLength);
  });

  test("when an unknown field has a 100,000-character name, then 400 names it cut short, within the spec's maxLength", async () => {
    const answer = await send('POST', '/leads', json({ contact: { ['n'.repeat(100_000)]: 1 } }));

    expectProblem(answer, 400, '/body/contact/nnn');
    const { detail, errors } = parse(answer);
    const maxLength = limits.errors.items.properties.path.maxLength;
    expect(errors[0]!.path).toHaveLength(maxLength);
    expect(errors[0]!.path.endsWith('…')).toBe(true);
    expect(detail.length).toBeLessThanOrEqual(limits.detail.maxLength);
  });

  test("when the path is 10,000 characters long, then the problem's instance is cut short within the spec's maxLength", async () => {
    const answer = await send('GET', `/dispositions/${'d'.repeat(10_000)}`);

    expectProblem(answer, 400, '/params/id');
    const { instance } = parse(answer);
    expect(instance).toHaveLength(limits.instance.maxLength);
    expect(instance).toMatch(/^\/dispositions\/d+…$/);
  });
});

describe('right at the limits', () => {
  test.each([
    // sourceMetadata itself is its first level.
    ['sourceMetadata nests right up to its depth limit', { sourceMetadata: deeplyNested(sourceMetadataLimits.depth) }],
    // {"blob":""} is 11 bytes.
    ['sourceMetadata is right at its byte limit', { sourceMetadata: { blob: 'x'.repeat(sourceMetadataLimits.bytes - 11) } }],
  ])('when %s, then the lead is stored as sent', async (_case, metadata) => {
    const answer = await send('POST', '/leads', json({ metadata }));

    expect(answer.status).toBe(201);
    const created = JSON.parse(answer.text) as LeadResponse;
    createdLeads.push(created.id);
    expect(created.metadata.sourceMetadata).toEqual(metadata.sourceMetadata);
  });
});

describe('POST /dispositions/all/my with bad options', () => {
  const query = (options: unknown) => send('POST', '/dispositions/all/my', json(options));
  const firstPage = async () => JSON.parse((await query({ pageSize: 1 })).text).continuationToken as string;
  const tamper = (token: string) => `${token[0] === 'A' ? 'B' : 'A'}${token.slice(1)}`;
  const forged = (token: string) => `${Buffer.from(json({ k: ["' OR 1=1 --", lead.id], q: 'x' })).toString('base64url')}.${token.split('.')[1]}`;

  test.each([
    ['pageSize is a string', () => ({ pageSize: 'ten' }), '/body/pageSize'],
    ['pageSize is 0', () => ({ pageSize: 0 }), '/body/pageSize'],
    ['pageSize is over 500', () => ({ pageSize: 501 }), '/body/pageSize'],
    ['includeCount is a string', () => ({ includeCount: 'yes' }), '/body/includeCount'],
    ['filters is an object', () => ({ filters: { field: 'outcome', value: 'x' } }), '/body/filters'],
    ['a filter names an unknown field', () => ({ filters: [{ field: 'notes; DROP TABLE dispositions', value: 'x' }] }), '/body/filters/0/field'],
    ['a filter value is an object', () => ({ filters: [{ field: 'outcome', value: { $ne: null } }] }), '/body/filters/0/value'],
    ['a filter value is over 200 characters', () => ({ filters: [{ field: 'outcome', value: 'o'.repeat(201) }] }), '/body/filters/0/value'],
    ['there are more than 20 filters', () => ({ filters: Array.from({ length: 21 }, () => ({ field: 'outcome', value: 'x' })) }), '/body/filters'],
    [
      'a range bound is 30 February',
      () => ({ rangeFilters: [{ field: 'callbackAt', greaterThanOrEqual: '2026-02-30T00:00:00Z' }] }),
      '/body/rangeFilters/0/greaterThanOrEqual',
    ],
    ['a range bound is "yesterday"', () => ({ rangeFilters: [{ field: 'timestamp', lessThan: 'yesterday' }] }), '/body/rangeFilters/0/lessThan'],
    ['a range bound is in year 0', () => ({ rangeFilters: [{ field: 'timestamp', greaterThan: '0000-06-01T00:00:00Z' }] }), '/body/rangeFilters/0/greaterThan'],
    ['a range bound is a number', () => ({ rangeFilters: [{ field: 'timestamp', greaterThan: 1700000000 }] }), '/body/rangeFilters/0/greaterThan'],
    ['a range names a text field', () => ({ rangeFilters: [{ field: 'outcome', greaterThan: 'a' }] }), '/body/rangeFilters/0/field'],
    ['orderBy names a SQL fragment', () => ({ orderBy: [{ field: 'timestamp; DROP TABLE dispositions; --' }] }), '/body/orderBy/0/field'],
    ['orderBy has an unknown direction', () => ({ orderBy: [{ field: 'timestamp', direction: 'desc; --' }] }), '/body/orderBy/0/direction'],
    ['searchFields names a SQL fragment', () => ({ search: 'x', searchFields: ["notes') OR 1=1 --"] }), '/body/searchFields/0'],
    ['search is over 200 characters', () => ({ search: 's'.repeat(201) }), '/body/search'],
    ['search holds U+0000', () => ({ search: 'a\u0000' }), '/body/search'],
    ['continuationToken is garbage', () => ({ continuationToken: 'garbage' }), '/body/continuationToken'],
    ['continuationToken is SQL-looking', () => ({ continuationToken: "' OR 1=1 --" }), '/body/continuationToken'],
    ['continuationToken is over 8192 characters', () => ({ continuationToken: 't'.repeat(8193) }), '/body/continuationToken'],
  ])('when %s, then 400 names it', async (_case, options, naming) => {
    expectProblem(await query(options()), 400, naming);
  });

  test.each([
    ['tampered with', tamper, {}],
    ['forged around a SQL-looking position', forged, {}],
    ['sent with other options than its own', (token: string) => token, { orderBy: [{ field: 'outcome' }] }],
  ])('when a continuation token is %s, then 400 names it', async (_case, change, options) => {
    const token = await firstPage();

    expectProblem(await query({ pageSize: 1, ...options, continuationToken: change(token) }), 400, '/body/continuationToken');
  });
});

describe('bad path ids', () => {
  test.each([
    ['not a UUID', 'not-a-uuid', 400, '/params/id'],
    ['a UUID followed by SQL', encodeURIComponent("00000000-0000-4000-8000-000000000000' OR '1'='1"), 400, '/params/id'],
    ['a UUID with a statement after it', encodeURIComponent('00000000-0000-4000-8000-000000000000; DROP TABLE dispositions; --'), 400, '/params/id'],
    ['2,000 characters long', 'a'.repeat(2000), 400, '/params/id'],
    ['longer than the 16 KB of URL and headers the server reads', 'a'.repeat(20_000), 431, 'URL'],
  ])('when the id is %s, then PUT /dispositions/{id} answers a problem naming it', async (_case, id, status, naming) => {
    expectProblem(await send('PUT', `/dispositions/${id}`, json({ outcome: 'Hijacked' })), status, naming);
  });

  test.each([
    ['GET /dispositions/{id}', 'GET', '/dispositions/'],
    ['DELETE /dispositions/{id}', 'DELETE', '/dispositions/'],
    ['GET /dispositions/lead/{leadId}', 'GET', '/dispositions/lead/'],
    ['GET /leads/{id}', 'GET', '/leads/'],
    ['GET /lead-status-changes/{id}', 'GET', '/lead-status-changes/'],
    ['DELETE /lead-status-changes/{id}', 'DELETE', '/lead-status-changes/'],
    ['GET /lead-statuses/{id}', 'GET', '/lead-statuses/'],
    ['DELETE /lead-statuses/{id}', 'DELETE', '/lead-statuses/'],
  ])('when %s gets a SQL-looking id, then 400 names the parameter', async (_case, method, prefix) => {
    const answer = await send(method, prefix + encodeURIComponent("1' OR '1'='1"));

    expectProblem(answer, 400, '/params/');
  });
});

describe('SQL-looking text in filters and searches is plain data', () => {
  const schemaEnum = (name: string) => spec.components.schemas[name].enum as string[];
  /** The filter fields whose values are not text: SQL-looking text is the wrong type there. */
  const typed = new Set(['leadId', 'isMissedCallFollowUp']);
  const itemsOf = (answer: Answer) => (answer.status === 200 ? (JSON.parse(answer.text) as { items: unknown[] }).items.length : answer.status);

  test.each(schemaEnum('DispositionFilterField'))(
    'when dispositions are filtered on %s by SQL-looking text, then nothing matches (or 400 for a typed field)',
    async (field) => {
      for (const value of sqlLooking) {
        const answer = await send('POST', '/dispositions/all/my', json({ filters: [{ field, value }], includeCount: true }));
        if (typed.has(field)) expectProblem(answer, 400, '/body/filters/0/value');
        else expect([value, itemsOf(answer), JSON.parse(answer.text).totalCount]).toEqual([value, 0, 0]);
      }
    },
  );

  test.each(schemaEnum('LeadFilterField'))('when leads are filtered on %s by SQL-looking text, then nothing matches', async (field) => {
    for (const value of sqlLooking) {
      expect([value, itemsOf(await send('POST', '/leads/all/my', json({ filters: [{ field, value }] })))]).toEqual([value, 0]);
    }
  });

  test.each(schemaEnum('DispositionRangeField'))('when a range on %s has SQL-looking bounds, then 400 names the bound', async (field) => {
    for (const value of sqlLooking) {
      expectProblem(
        await send('POST', '/dispositions/all/my', json({ rangeFilters: [{ field, lessThanOrEqual: value }] })),
        400,
        '/body/rangeFilters/0/lessThanOrEqual',
      );
    }
  });

  test.each(schemaEnum('DispositionSearchField'))('when dispositions are searched in %s for SQL-looking text, then nothing matches', async (searchField) => {
    for (const search of sqlLooking) {
      expect([search, itemsOf(await send('POST', '/dispositions/all/my', json({ search, searchFields: [searchField] })))]).toEqual([search, 0]);
    }
  });

  test.each(schemaEnum('LeadSearchField'))('when leads are searched in %s for SQL-looking text, then nothing matches', async (searchField) => {
    for (const search of sqlLooking) {
      expect([search, itemsOf(await send('POST', '/leads/all/my', json({ search, searchFields: [searchField] })))]).toEqual([search, 0]);
    }
  });

  test('when SQL-looking text is stored, then it comes back as sent, and a filter or a search on it finds exactly its own row', async () => {
    const rows = [];
    for (const text of sqlLooking) {
      const storedLead = await createLead(stored.client, { contact: { firstName: text } });
      const storedDisposition = await createDisposition(stored.client, storedLead.id, { outcome: text, notes: `note ${text}` });
      createdLeads.push(storedLead.id);
      createdDispositions.push(storedDisposition.id);
      rows.push({ text, lead: storedLead, disposition: storedDisposition });
    }
    const query = async (path: string, options: unknown) => {
      const answer = await send('POST', path, json(options), 'application/json', stored.apiKey);
      return (JSON.parse(answer.text) as { items: { id: string }[] }).items.map((item) => item.id);
    };

    for (const { text, lead: storedLead, disposition: storedDisposition } of rows) {
      expect([storedLead.contact.firstName, storedDisposition.outcome, storedDisposition.notes]).toEqual([text, text, `note ${text}`]);
      expect(await query('/dispositions/all/my', { filters: [{ field: 'outcome', value: text }] })).toEqual([storedDisposition.id]);
      expect(await query('/dispositions/all/my', { search: text, searchFields: ['notes'] })).toEqual([storedDisposition.id]);
      expect(await query('/leads/all/my', { filters: [{ field: 'contact.firstName', value: text }] })).toEqual([storedLead.id]);
      expect(await query('/leads/all/my', { search: text, searchFields: ['contact.firstName'] })).toEqual([storedLead.id]);
    }
  });
});

describe('afterwards', () => {
  test('when every hostile request has been answered, then the tables still exist and hold exactly the rows this file created, unchanged', async () => {
    const businesses = [owner.businessId, stored.businessId];

    expect(await server.db.schema.hasTable('dispositions')).toBe(true);
    expect(await server.db.schema.hasTable('leads')).toBe(true);
    expect(((await server.db('dispositions').whereIn('business_id', businesses).pluck('id')) as string[]).sort()).toEqual([...createdDispositions].sort());
    expect(((await server.db('leads').whereIn('business_id', businesses).pluck('id')) as string[]).sort()).toEqual([...createdLeads].sort());
    const { data } = await owner.client.GET('/dispositions/{id}', { params: { path: { id: disposition.id } } });
    expect(data).toEqual(disposition);
    const { data: statuses } = await owner.client.GET('/lead-statuses', { params: { query: { includeArchived: true } } });
    expect(statuses).toEqual([leadStatus]);
  });
});
