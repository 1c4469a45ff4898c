import { randomUUID } from 'node:crypto';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { createLead } from '../support/factories';
import { anyUtf16, cutShort, hostileDateTime } from '../support/hostile-arbitraries';
import { spec } from '../support/spec';
import { arbitraryOfSchema, dateTime } from '../support/spec-arbitraries';
import { useServerWithBusiness } from '../support/test-server';

// Property-based: generated requests from the spec's own schemas, valid ones and broken
// ones, bodies, queries and headers, through the real server. No answer is a 5xx; every
// valid request succeeds; every invalid one is a 4xx problem; and afterwards the database
// holds exactly the rows the 2xx answers said, as they said.

const runsPerOperation = 700;
const minimumRequests = 2_000;

let leadIds: string[];
let sent = 0;
/** Every disposition a 2xx answer created, as the latest 2xx answer about it said it is. */
const known = new Map<string, Record<string, unknown>>();
/** The same for the status changes recorded through the lead-status generation, as it said them. */
const knownChanges = new Map<string, Record<string, unknown>>();

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(spec, 'spec');
const schemaValid = (name: string, value: unknown) => ajv.validate({ $ref: `spec#/components/schemas/${name}` }, value);

const suite = useServerWithBusiness();

beforeAll(async () => {
  leadIds = [];
  for (let i = 0; i < 3; i++) leadIds.push((await createLead(suite.business.client)).id);
});

interface Answer {
  status: number;
  type: string;
  body: Record<string, unknown>;
}

/** A body as a value is sent as its JSON; a `Raw` one as its text, as sent (empty, cut short). */
class Raw {
  constructor(readonly text: string) {}
}

async function send(method: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  sent += 1;
  const response = await fetch(suite.server.url + path, {
    method,
    headers: { authorization: `Bearer ${suite.business.apiKey}`, 'content-type': 'application/json', ...headers },
    body: body instanceof Raw ? body.text : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: text ? JSON.parse(text) : {} };
}

function expectProblem(answer: Answer): void {
  expect(answer.status).toBeGreaterThanOrEqual(400);
  expect(answer.status).toBeLessThan(500);
  expect(answer.type).toMatch(/^application\/problem\+json/);
  expect(answer.body.status).toBe(answer.status);
  expect(typeof answer.body.detail).toBe('string');
}

const inOrder = (body: Record<string, unknown>) =>
  !(typeof body.appointmentStartAt === 'string' && typeof body.appointmentEndAt === 'string' && body.appointmentEndAt < body.appointmentStartAt);

type Case = { body: unknown; valid: boolean };

/** Ways to break a valid body, each of which the spec or a documented rule refuses. */
function broken(valid: fc.Arbitrary<Record<string, unknown>>, textField: string): fc.Arbitrary<unknown> {
  return fc.oneof(
    valid.map((body) => ({ ...body, [`unknown_${textField}`]: 1 })),
    valid.chain((body) => fc.oneof(fc.integer(), fc.constant(true), fc.constant({})).map((wrong) => ({ ...body, [textField]: wrong }))),
    valid.map((body) => ({ ...body, [textField]: 'x'.repeat(10_001) })),
    valid.chain((body) => fc.constantFrom('yesterday', '2026-02-30T10:00:00Z', '2026-13-01T00:00:00Z', '').map((date) => ({ ...body, callbackAt: date }))),
    valid.map((body) => ({ ...body, appointmentStartAt: '2026-05-02T10:00:00.000Z', appointmentEndAt: '2026-05-01T10:00:00.000Z' })),
    valid.map((body) => ({ ...body, notes: 'nul \u0000 inside' })),
    fc.oneof(fc.constant(null), fc.integer(), fc.string({ maxLength: 20 }), fc.array(fc.integer(), { maxLength: 3 })),
    valid.chain((body) => cutShort(body).map((text) => new Raw(text))),
  );
}

/**
 * Valid bodies with one text field over all of UTF-16 and one date at any offset or at the
 * edge of the range, valid or not as the API must judge them: the cases a red-team pass
 * found answered 500 or stored as the year 10000.
 */
function hostile(valid: fc.Arbitrary<Record<string, unknown>>, textField: string): fc.Arbitrary<Case> {
  return fc.oneof(
    fc.tuple(valid, anyUtf16(60)).map(([body, text]) => ({ body: { ...body, [textField]: text.value }, valid: text.valid })),
    fc.tuple(valid, hostileDateTime).map(([body, date]) => ({ body: { ...body, callbackAt: date.value }, valid: date.valid })),
  );
}

const idempotencyKey = fc.oneof(
  fc.constant<{ headers: Record<string, string>; valid: boolean }>({ headers: {}, valid: true }),
  fc.uuid().map((key) => ({ headers: { 'Idempotency-Key': key }, valid: true })),
  fc.constantFrom('x'.repeat(256), 'caf\u00e9').map((key) => ({ headers: { 'Idempotency-Key': key }, valid: false })),
);

test(`when ${runsPerOperation} generated creates are sent, valid and broken, then each is a 201 or a 4xx problem, never a 5xx`, async () => {
  const valid = (arbitraryOfSchema('CreateDispositionRequest', { leadId: fc.constantFrom(...leadIds) }) as fc.Arbitrary<Record<string, unknown>>).filter(
    inOrder,
  );
  const cases: fc.Arbitrary<Case> = fc.oneof(
    valid.map((body) => ({ body, valid: true })),
    broken(valid, 'outcome').map((body) => ({ body, valid: false })),
    valid.map((body) => ({ body: { ...body, leadId: randomUUID() }, valid: false })),
    hostile(valid, 'outcome'),
  );
  await fc.assert(
    fc.asyncProperty(cases, idempotencyKey, async ({ body, valid }, key) => {
      if (valid) expect(schemaValid('CreateDispositionRequest', body)).toBe(true);
      const answer = await send('POST', '/dispositions', body, key.headers);
      const { callbackAt } = (body ?? {}) as { callbackAt?: unknown };
      if (valid && key.valid && typeof callbackAt === 'string') expect(answer.body.callbackAt).toBe(new Date(callbackAt).toISOString());
      if (valid && key.valid) {
        // With the problem, when there is one: it says which record was not found, or why.
        expect({ status: answer.status, problem: answer.status === 201 ? undefined : answer.body }).toEqual({ status: 201, problem: undefined });
        known.set(answer.body.id as string, answer.body);
      } else {
        expectProblem(answer);
      }
    }),
    { numRuns: runsPerOperation, endOnFailure: true },
  );
}, 180_000);

test(`when ${runsPerOperation} generated updates are sent, valid and broken, then each is a 200 or a 4xx problem, and a refused one changes nothing`, async () => {
  const ids = [...known.keys()];
  expect(ids.length).toBeGreaterThan(50);
  const valid = arbitraryOfSchema('UpdateDispositionRequest', { leadId: fc.constantFrom(...leadIds) }) as fc.Arbitrary<Record<string, unknown>>;
  const cases = fc.oneof(
    valid.map((body) => ({ body, valid: true, path: '' })),
    broken(valid, 'type').map((body) => ({ body, valid: false, path: '' })),
    fc.tuple(valid, fc.constantFrom('not-a-uuid', randomUUID(), "1' OR '1'='1")).map(([body, path]) => ({ body, valid: false, path })),
    hostile(valid, 'type').map((hostileCase) => ({ ...hostileCase, path: '' })),
  );
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...ids), cases, async (id, { body, valid, path }) => {
      const current = known.get(id)!;
      const merged = { ...current, ...(body instanceof Raw ? {} : (body as Record<string, unknown>)) };
      const expectedValid = valid && inOrder(merged);
      if (valid) expect(schemaValid('UpdateDispositionRequest', body)).toBe(true);
      const answer = await send('PUT', `/dispositions/${encodeURIComponent(path || id)}`, body);
      if (expectedValid) {
        expect({ status: answer.status, problem: answer.status === 200 ? undefined : answer.body }).toEqual({ status: 200, problem: undefined });
        known.set(id, answer.body);
      } else {
        expectProblem(answer);
      }
    }),
    { numRuns: runsPerOperation, endOnFailure: true },
  );
}, 180_000);

test(`when ${runsPerOperation} generated queries are sent, valid and broken, then each is a page of this business's rows or a 4xx problem`, async () => {
  const enumOf = (name: string) => spec.components.schemas[name].enum as string[];
  const textFilterFields = enumOf('DispositionFilterField').filter((field) => !['leadId', 'isMissedCallFollowUp'].includes(field));
  const filter = fc.oneof(
    fc.record({
      field: fc.constantFrom(...textFilterFields),
      value: fc.oneof(
        fc.constant(null),
        fc.string({ maxLength: 30 }).filter((value) => !value.includes('\u0000')),
      ),
    }),
    fc.record({ field: fc.constant('leadId'), value: fc.constantFrom(...leadIds) }),
    fc.record({ field: fc.constant('isMissedCallFollowUp'), value: fc.boolean() }),
  );
  const range = fc.record(
    { field: fc.constantFrom(...enumOf('DispositionRangeField')), greaterThanOrEqual: dateTime, lessThan: dateTime },
    { requiredKeys: ['field'] },
  );
  const valid = arbitraryOfSchema('DispositionQueryOptions', {
    filters: fc.array(filter, { maxLength: 3 }),
    rangeFilters: fc.array(range, { maxLength: 2 }),
    continuationToken: fc.constant(null),
  }) as fc.Arbitrary<Record<string, unknown>>;
  const cases = fc.oneof(
    valid.map((body) => ({ body, valid: true })),
    valid.chain((body) =>
      fc
        .constantFrom<Record<string, unknown>>(
          { pageSize: 0 },
          { pageSize: 501 },
          { filters: [{ field: 'password', value: 'x' }] },
          { filters: [{ field: 'leadId', value: "' OR 1=1 --" }] },
          { orderBy: [{ field: 'notes; DROP TABLE dispositions' }] },
          { rangeFilters: [{ field: 'callbackAt', greaterThanOrEqual: 'soon' }] },
          { continuationToken: 'garbage.token' },
          { surprise: true },
        )
        .map((breakage) => ({ body: { ...body, ...breakage }, valid: false })),
    ),
    fc.tuple(valid, anyUtf16(30)).map(([body, text]) => ({ body: { ...body, search: text.value }, valid: text.valid })),
    fc.tuple(valid, hostileDateTime, fc.constantFrom(...enumOf('DispositionRangeField'))).map(([body, date, field]) => ({
      body: { ...body, rangeFilters: [{ field, greaterThanOrEqual: date.value }] },
      valid: date.valid,
    })),
    valid.chain((body) => cutShort(body).map((text) => ({ body: new Raw(text), valid: false }))),
  );
  await fc.assert(
    fc.asyncProperty(cases, async ({ body, valid }) => {
      if (valid) expect(schemaValid('DispositionQueryOptions', body)).toBe(true);
      const answer = await send('POST', '/dispositions/all/my', body);
      if (valid) {
        expect(answer.status).toBe(200);
        for (const item of answer.body.items as { id: string }[]) expect(known.has(item.id)).toBe(true);
      } else {
        expectProblem(answer);
      }
    }),
    { numRuns: runsPerOperation, endOnFailure: true },
  );
}, 180_000);

const changeRuns = 300;

test(`when ${changeRuns} generated status changes are recorded, valid and broken, then each is a 201 or a 4xx problem`, async () => {
  const valid = (arbitraryOfSchema('CreateLeadStatusChangeRequest') as fc.Arbitrary<Record<string, unknown>>).filter(inOrder);
  const cases = fc.oneof(
    fc.tuple(valid, fc.constantFrom(...leadIds)).map(([body, lead]) => ({ body, lead, valid: true })),
    fc.tuple(broken(valid, 'outcome'), fc.constantFrom(...leadIds)).map(([body, lead]) => ({ body, lead, valid: false })),
    fc.tuple(valid, fc.constantFrom(...leadIds)).map(([body, lead]) => ({ body: { ...body, leadId: lead }, lead, valid: false })),
    valid.map((body) => ({ body, lead: randomUUID(), valid: false })),
  );
  await fc.assert(
    fc.asyncProperty(cases, idempotencyKey, async ({ body, lead, valid }, key) => {
      if (valid) expect(schemaValid('CreateLeadStatusChangeRequest', body)).toBe(true);
      const answer = await send('PUT', `/leads/${lead}/status`, body, key.headers);
      if (valid && key.valid) {
        // With the problem, when there is one: it says which record was not found, or why.
        expect({ status: answer.status, problem: answer.status === 201 ? undefined : answer.body }).toEqual({ status: 201, problem: undefined });
        knownChanges.set(answer.body.id as string, answer.body);
      } else {
        expectProblem(answer);
      }
    }),
    { numRuns: changeRuns, endOnFailure: true },
  );
}, 180_000);

test(`when ${changeRuns} generated status change updates are sent, valid and broken, then each is a 200 or a 4xx problem`, async () => {
  const ids = [...knownChanges.keys()];
  expect(ids.length).toBeGreaterThan(20);
  const valid = arbitraryOfSchema('UpdateLeadStatusChangeRequest') as fc.Arbitrary<Record<string, unknown>>;
  const cases = fc.oneof(
    valid.map((body) => ({ body, valid: true })),
    broken(valid, 'type').map((body) => ({ body, valid: false })),
    valid.map((body) => ({ body: { ...body, leadId: leadIds[0] }, valid: false })),
  );
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...ids), cases, async (id, { body, valid }) => {
      const merged = { ...knownChanges.get(id)!, ...(body as Record<string, unknown>) };
      const answer = await send('PUT', `/lead-status-changes/${id}`, body);
      if (valid && inOrder(merged)) {
        expect(answer.status).toBe(200);
        knownChanges.set(id, answer.body);
      } else {
        expectProblem(answer);
      }
    }),
    { numRuns: changeRuns, endOnFailure: true },
  );
}, 180_000);

test(`when ${changeRuns} generated lead statuses are created, valid and broken, then each is a 201, a 409 for a name taken, or a 4xx problem`, async () => {
  const valid = arbitraryOfSchema('CreateLeadStatusRequest') as fc.Arbitrary<Record<string, unknown>>;
  const cases = fc.oneof(
    valid.map((body) => ({ body, valid: true })),
    broken(valid, 'name').map((body) => ({ body, valid: false })),
    valid.map((body) => ({ body: { ...body, sortOrder: 1e12 }, valid: false })),
  );
  await fc.assert(
    fc.asyncProperty(cases, async ({ body, valid }) => {
      const answer = await send('POST', '/lead-statuses', body, { accept: 'text/plain;q=0.9' });
      if (valid && answer.status !== 409) {
        expect(answer.status).toBe(201);
        expect(answer.body).toMatchObject({ name: (body as { name: string }).name });
      } else {
        expectProblem(answer);
      }
    }),
    { numRuns: changeRuns, endOnFailure: true },
  );
}, 180_000);

test(`then at least ${minimumRequests} requests were sent, and the database holds exactly the dispositions the 2xx answers said, as they said`, async () => {
  expect(sent).toBeGreaterThanOrEqual(minimumRequests);
  const stored = await suite.server.db('dispositions').where({ business_id: suite.business.businessId }).pluck('id');
  expect(new Set(stored)).toEqual(new Set([...known.keys(), ...knownChanges.keys()]));
  for (const [id, said] of known) {
    const { data } = await suite.business.client.GET('/dispositions/{id}', { params: { path: { id } } });
    expect(data).toEqual(said);
  }
  for (const [id, said] of knownChanges) {
    const { data } = await suite.business.client.GET('/lead-status-changes/{id}', { params: { path: { id } } });
    expect(data).toEqual(said);
  }
}, 120_000);
