import { createDispositionsClient, type DispositionsClient } from '@dispositions/client';
import { ipKeyGenerator } from 'express-rate-limit';
import { ConfigError, loadConfig } from '../../src/config';
import { clientAddressKey } from '../../src/http/rate-limit';
import { startTestServer, type TestServer } from '../support/test-server';

// Rate limiting per caller: a key over its limit gets 429 problem+json with Retry-After and
// nothing done, and other keys are not affected; requests without a valid key and the
// public endpoints are counted by client address instead.

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

test("when one key is over its limit, then another business's key is served as usual", async () => {
  for (let i = 0; i <= limit; i++) await first.POST('/leads/all/my', { body: {} });

  const { response } = await second.POST('/leads/all/my', { body: {} });

  expect(response.status).toBe(200);
});

describe('callers without a valid key, counted by client address', () => {
  let byAddress: TestServer;
  let behindProxy: TestServer;

  beforeAll(async () => {
    byAddress = await startTestServer(undefined, { rateLimitPerMinute: limit });
    behindProxy = await startTestServer(undefined, { rateLimitPerMinute: limit, trustProxy: 'loopback' });
  });
  afterAll(async () => {
    await byAddress.close();
    await behindProxy.close();
  });

  const send = (url: string, path: string, init: RequestInit = {}) =>
    fetch(`${url}${path}`, init).then(async (response) => ({ status: response.status, headers: response.headers, body: await response.text() }));

  test(`when an address sends more than ${limit} requests with unknown keys, then the next ones answer 429 instead of 401 without a database query, and a valid key from it is still served`, async () => {
    const { client } = await byAddress.newBusiness();
    expect((await client.POST('/leads/all/my', { body: {} })).response.status).toBe(200);
    const keyLookups: string[] = [];
    const onQuery = ({ sql }: { sql: string }) => sql.includes('api_keys') && keyLookups.push(sql);
    byAddress.db.on('query', onQuery);
    const guesses = [];
    for (let i = 0; i < limit + 5; i++)
      guesses.push(await send(byAddress.url, '/leads/all/my', { method: 'POST', headers: { Authorization: `Bearer dsp_guess${i}` } }));
    byAddress.db.off('query', onQuery);

    const served = await client.POST('/leads/all/my', { body: {} });

    expect(guesses.map(({ status }) => status)).toEqual([...Array(limit).fill(401), ...Array(5).fill(429)]);
    expect(keyLookups).toHaveLength(limit);
    expect(guesses[0]!.headers.get('ratelimit-policy')).toContain(`q=${limit}`);
    expect(JSON.parse(guesses[limit]!.body)).toMatchObject({
      status: 429,
      type: '/problems/too-many-requests',
      detail: expect.stringContaining('client address'),
    });
    expect(served.response.status).toBe(200);
  });

  test('when the public endpoints are called, then they count against the address too, each request once', async () => {
    // POST /openapi.json passes both places the limiter stands (the public paths, then the API) before its 401.
    const answers = [];
    for (let i = 0; i < limit; i++) answers.push(await send(behindProxy.url, i % 2 ? '/openapi.yaml' : '/openapi.json', i === 0 ? { method: 'POST' } : {}));
    const refused = await send(behindProxy.url, '/openapi.yaml');

    expect(answers.map(({ status }) => status)).toEqual([401, 200, 200, 200, 200]);
    expect(answers.map(({ headers }) => headers.get('ratelimit'))).toEqual(
      Array.from({ length: limit }, (_, i) => expect.stringContaining(`r=${limit - 1 - i}`)),
    );
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });

  test('when TRUST_PROXY names the proxy, then each client behind it has its own count; without it, X-Forwarded-For is not believed', async () => {
    const from = (client: string) => ({ headers: { 'X-Forwarded-For': client } });
    for (let i = 0; i <= limit; i++) await send(behindProxy.url, '/openapi.json', from('203.0.113.7'));
    for (let i = 0; i <= limit; i++) await send(byAddress.url, '/openapi.json', from('203.0.113.7'));

    const otherClientBehindProxy = await send(behindProxy.url, '/openapi.json', from('198.51.100.23'));
    const otherClientWithoutTrust = await send(byAddress.url, '/openapi.json', from('198.51.100.23'));

    expect(otherClientBehindProxy.status).toBe(200);
    expect(otherClientWithoutTrust.status).toBe(429);
  });
});

describe('the health probes, counted apart', () => {
  let probed: TestServer;

  beforeEach(async () => {
    probed = await startTestServer(undefined, { rateLimitPerMinute: limit });
  });
  afterEach(() => probed.close());

  const status = (path: string, init: RequestInit = {}) => fetch(`${probed.url}${path}`, init).then((response) => response.status);

  test('when an address is over its limit with bad keys, then its /healthz and /readyz still answer 200', async () => {
    for (let i = 0; i <= limit; i++) await status('/leads/all/my', { method: 'POST', headers: { Authorization: `Bearer dsp_guess${i}` } });
    expect(await status('/leads/all/my', { method: 'POST', headers: { Authorization: 'Bearer dsp_guess' } })).toBe(429);

    expect([await status('/healthz'), await status('/readyz')]).toEqual([200, 200]);
  });

  test('when an address has probed more than the limit, then its requests with a bad key still get 401, and the probes 429', async () => {
    const probes = [];
    for (let i = 0; i <= limit; i++) probes.push(await status(i % 2 ? '/readyz' : '/healthz'));

    expect(probes).toEqual([...Array(limit).fill(200), 429]);
    expect(await status('/leads/all/my', { method: 'POST', headers: { Authorization: 'Bearer dsp_guess' } })).toBe(401);
    expect(await status('/openapi.json')).toBe(200);
  });
});

test.each(['-1', '2.5', 'lots'])('when RATE_LIMIT_PER_MINUTE is %s, then the configuration is refused in one line naming it', (value) => {
  expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: value })).toThrow(ConfigError);
  expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: value })).toThrow(/^Invalid configuration: RATE_LIMIT_PER_MINUTE/);
});

test('when RATE_LIMIT_PER_MINUTE is left out or 0, then the default applies or the limit is off', () => {
  expect(loadConfig({}).rateLimitPerMinute).toBe(6000);
  expect(loadConfig({ RATE_LIMIT_PER_MINUTE: '0' }).rateLimitPerMinute).toBe(0);
});

test.each([
  ['1', 1],
  ['loopback, 10.0.0.0/8', 'loopback, 10.0.0.0/8'],
  [undefined, undefined],
])('when TRUST_PROXY is %s, then Express is told to trust %s', (value, expected) => {
  expect(loadConfig(value === undefined ? {} : { TRUST_PROXY: value }).trustProxy).toEqual(expected);
});

test.each(['lots', '10.0.0.0/99', 'loopback, nowhere'])('when TRUST_PROXY is %s, then the configuration is refused in one line naming it', (value) => {
  expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/^Invalid configuration: TRUST_PROXY/);
});

describe('the client address a count is kept by', () => {
  test('when an address is IPv4, IPv4 as a dual-stack socket reports it, or IPv6, then its key is the one express-rate-limit gives it', () => {
    const addresses = ['127.0.0.1', '::ffff:127.0.0.1', '::FFFF:203.0.113.9', '::ffff:7f00:1', '2001:db8:1234:5678::1', '2001:db8:1234:56ff::2', '::1', ''];
    for (const address of addresses) expect([address, clientAddressKey(address)]).toEqual([address, ipKeyGenerator(address)]);
    expect(clientAddressKey('2001:db8:1234:5678::1')).toBe(clientAddressKey('2001:db8:1234:56ff::2'));
  });
});
