import { createDispositionsClient, type DispositionsClient } from '@dispositions/client';
import { ConfigError, loadConfig } from '../src/config';
import { startTestServer, type TestServer } from './support/test-server';

// Rate limiting per API key: a key over its limit gets 429 problem+json with Retry-After
// and nothing done; other keys, and requests without a valid key, are not affected.

const limit = 5;
let server: TestServer;
let first: DispositionsClient;
let second: DispositionsClient;

beforeAll(async () => {
  server = await startTestServer(undefined, { rateLimitPerMinute: limit });
  const client = async () => createDispositionsClient({ baseUrl: server.url, apiKey: (await server.newBusiness()).apiKey, retry: false });
  [first, second] = [await client(), await client()];
});
afterAll(() => server.close());

test(`when a key sends more than ${limit} requests in a minute, then the next ones answer 429 with Retry-After, and nothing is created`, async () => {
  const answers = [];
  for (let i = 0; i < limit; i++) answers.push(await first.POST('/leads', { body: { contact: { firstName: `Lead ${i}` } } }));
  const refused = await first.POST('/leads', { body: { contact: { firstName: 'One too many' } } });

  expect(answers.map(({ response }) => response.status)).toEqual(Array(limit).fill(201));
  expect(answers[0]!.response.headers.get('ratelimit-policy')).toContain(`q=${limit}`);
  expect(refused.response.status).toBe(429);
  expect(refused.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(refused.error).toMatchObject({ status: 429, type: '/problems/too-many-requests' });
  const retryAfter = Number(refused.response.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  const [stored] = await server.db('leads').where('first_name', 'One too many').count({ n: '*' });
  expect(Number(stored!.n)).toBe(0);
});

test('when one key is over its limit, then another business\'s key is served as usual', async () => {
  for (let i = 0; i <= limit; i++) await first.POST('/leads/all/my', { body: {} });

  const { response } = await second.POST('/leads/all/my', { body: {} });

  expect(response.status).toBe(200);
});

test('when a request has no valid key, then it is answered 401 whatever the limits', async () => {
  const anonymous = createDispositionsClient({ baseUrl: server.url, retry: false });

  const answers = await Promise.all(Array.from({ length: limit + 2 }, () => anonymous.POST('/leads/all/my', { body: {} })));

  expect(answers.map(({ response }) => response.status)).toEqual(Array(limit + 2).fill(401));
});

test.each(['-1', '2.5', 'lots'])('when RATE_LIMIT_PER_MINUTE is %s, then the configuration is refused in one line naming it', (value) => {
  expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: value })).toThrow(ConfigError);
  expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: value })).toThrow(/^Invalid configuration: RATE_LIMIT_PER_MINUTE/);
});

test('when RATE_LIMIT_PER_MINUTE is left out or 0, then the default applies or the limit is off', () => {
  expect(loadConfig({}).rateLimitPerMinute).toBe(6000);
  expect(loadConfig({ RATE_LIMIT_PER_MINUTE: '0' }).rateLimitPerMinute).toBe(0);
});
