import type { LeadResponse, Problem } from '@dispositions/api-types';
import { closestName } from '../../src/http/validation-messages';
import { createLead } from '../support/factories';
import { startTestServer, type TestBusiness, type TestServer } from '../support/test-server';

// What a person reads when a request is wrong: the field by name, the nearest known field
// when they mistyped one, the expected shape of a date with an example, an enum's values
// without an empty entry, and one path style in `detail` and `errors[]`. The entries of
// `errors[]` keep their machine-readable path and error code.

let server: TestServer;
let business: TestBusiness;
let lead: LeadResponse;

beforeAll(async () => {
  server = await startTestServer();
  business = await server.newBusiness();
  lead = await createLead(business.client);
});
afterAll(() => server.close());

async function send(method: string, path: string, body?: unknown): Promise<{ status: number; problem: Problem }> {
  const response = await fetch(server.url + path, {
    method,
    headers: { authorization: `Bearer ${business.apiKey}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, problem: (await response.json()) as Problem };
}

const errorAt = (problem: Problem, path: string) => problem.errors?.find((error) => error.path === path);

test('when a known field is misspelt, then the problem names the unknown field and the field meant', async () => {
  const { status, problem } = await send('POST', '/dispositions', { leadId: lead.id, type: 'Call', outcome: 'No Answer', callBackAt: '2026-11-25T15:00:00Z' });

  expect(status).toBe(400);
  expect(errorAt(problem, '/body/callBackAt')).toEqual({
    path: '/body/callBackAt',
    message: 'unknown field "callBackAt" (did you mean "callbackAt"?)',
    errorCode: 'unevaluatedProperties.openapi.validation',
  });
  expect(problem.detail).toBe('/body/callBackAt: unknown field "callBackAt" (did you mean "callbackAt"?)');
  expect(problem.detail).not.toContain('unevaluated');
});

test('when a nested field is misspelt, then the suggestion comes from the fields of that object', async () => {
  const { problem } = await send('POST', '/leads', { contact: { firstname: 'Ada', phone: { numbr: '+12125550123' } } });

  expect(errorAt(problem, '/body/contact/firstname')?.message).toBe('unknown field "firstname" (did you mean "firstName"?)');
  expect(errorAt(problem, '/body/contact/phone/numbr')?.message).toBe('unknown field "numbr" (did you mean "number"?)');
  expect(errorAt(problem, '/body/contact/phone/numbr')?.errorCode).toBe('additionalProperties.openapi.validation');
});

test('when an unknown field is nothing like a known one, then no field is suggested', async () => {
  const { problem } = await send('PUT', `/leads/${lead.id}/status`, { outcome: 'Sold', favouriteColour: 'green' });

  expect(errorAt(problem, '/body/favouriteColour')?.message).toBe('unknown field "favouriteColour"');
});

test('when an unknown query parameter is sent, then it is named with the parameter meant', async () => {
  const { status, problem } = await send('GET', '/lead-statuses?includeArchive=true');

  expect(status).toBe(400);
  expect(errorAt(problem, '/query/includeArchive')?.message).toBe('unknown query parameter "includeArchive" (did you mean "includeArchived"?)');
});

test('when a date is not a date-time, then the problem says what is expected with an example', async () => {
  const { problem } = await send('POST', '/dispositions', { leadId: lead.id, type: 'Call', outcome: 'No Answer', callbackAt: 'tomorrow at 3' });

  expect(errorAt(problem, '/body/callbackAt')).toEqual({
    path: '/body/callbackAt',
    message: 'must be a date and time in RFC 3339 with a UTC offset, like "2026-11-25T15:00:00Z"',
    errorCode: 'format.openapi.validation',
  });
  expect(problem.detail).not.toContain('must match format');
});

test('when an id in the path is not a UUID, then the problem shows what one looks like', async () => {
  const { problem } = await send('GET', '/dispositions/42');

  expect(errorAt(problem, '/params/id')?.message).toBe('must be a UUID, like "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d"');
});

test('when a nullable enum gets a value outside it, then its values are listed once each, quoted, with null and no empty entry', async () => {
  const { problem } = await send('POST', '/dispositions', { leadId: lead.id, type: 'Call', outcome: 'No Answer', changeSource: 'Robot', category: 'Won' });

  expect(errorAt(problem, '/body/changeSource')?.message).toBe('must be one of "User", "AI", "Automation", "System", "API" or null');
  expect(errorAt(problem, '/body/category')?.message).toBe('must be one of "Open", "Qualified", "Converted", "Lost", "Invalid", "Duplicate" or null');
  expect(problem.detail).not.toMatch(/, ,|, $|null, "/);
});

test('when an enum has two values, then they are offered as one or the other', async () => {
  const { problem } = await send('POST', '/dispositions/all/my', { orderBy: [{ field: 'callbackAt', direction: 'up' }] });

  expect(errorAt(problem, '/body/orderBy/0/direction')?.message).toBe('must be "asc" or "desc"');
});

test('when several fields are wrong, then detail names each by the same path as errors[], never request/…', async () => {
  const { problem } = await send('PUT', '/dispositions/not-an-id', { outcome: 7, callBackAt: 'x' });
  const paths = problem.errors!.map((error) => error.path);

  expect(paths.sort()).toEqual(['/body/callBackAt', '/body/outcome', '/params/id']);
  for (const error of problem.errors!) expect(problem.detail).toContain(`${error.path}: ${error.message}`);
  expect(problem.detail).not.toContain('request/');
  for (const error of problem.errors!) expect(error.errorCode).toMatch(/\.openapi\.validation$/);
});

test.each([
  ['callBackAt', ['callbackAt', 'taskDueAt'], 'callbackAt'],
  ['CALLBACKAT', ['callbackAt'], 'callbackAt'],
  ['outcme', ['outcome', 'notes'], 'outcome'],
  ['leadid', ['leadId', 'id'], 'leadId'],
  ['colour', ['color'], 'color'],
  ['favouriteColour', ['color', 'outcome'], undefined],
  ['xyz', ['id'], undefined],
])('when %s is sent among %j, then %s is suggested', (name, known, expected) => {
  expect(closestName(name, known)).toBe(expected);
});
