import { randomUUID } from 'node:crypto';
import { buildLead, createLead } from '../../server/test/support/factories';
import { type FlakyAnswer, type FlakyUpstream, startFlakyUpstream } from '../../server/test/support/flaky-upstream';
import { startTestServer, type TestServer } from '../../server/test/support/test-server';
import { createDispositionsClient, defaultRetryPolicy, retryAfterMs, retryDelayMs } from '../src';

// The client's retries against the real server behind a flaky hop that answers 503 or 429
// first (as a load balancer or a rate limiter would), then passes requests through.

let server: TestServer;
let apiKey: string;
let upstream: FlakyUpstream | undefined;

beforeAll(async () => {
  server = await startTestServer();
  ({ apiKey } = await server.newBusiness());
});
afterEach(async () => {
  await upstream?.close();
  upstream = undefined;
});
afterAll(() => server.close());

async function clientBehind(failures: FlakyAnswer[], retry?: Parameters<typeof createDispositionsClient>[0]['retry']) {
  upstream = await startFlakyUpstream(server.url, failures);
  return createDispositionsClient({ baseUrl: upstream.url, apiKey, ...(retry === undefined ? {} : { retry }) });
}

const gaps = (requests: FlakyUpstream['requests']) => requests.slice(1).map((request, i) => request.at - requests[i]!.at);

test('when an idempotent request meets 503 then 429 with Retry-After, then it waits as asked and the third attempt reaches the server', async () => {
  const client = await clientBehind([
    { status: 503, retryAfter: '1' },
    { status: 429, retryAfter: '1' },
  ]);

  const { data, response } = await client.GET('/healthz');

  expect(response.status).toBe(200);
  expect(data).toEqual({ status: 'ok' });
  expect(upstream!.requests).toHaveLength(3);
  for (const gap of gaps(upstream!.requests)) expect(gap).toBeGreaterThanOrEqual(950);
}, 20_000);

test('when a PUT is retried, then the retry carries the same body and the update lands', async () => {
  const lead = await createLead(createDispositionsClient({ baseUrl: server.url, apiKey }));
  const client = await clientBehind([{ status: 503 }], { baseDelayMs: 10 });

  const { data, response } = await client.PUT('/leads/{id}', { params: { path: { id: lead.id } }, body: { contact: { firstName: 'Retried' } } });

  expect(response.status).toBe(200);
  expect(data?.contact?.firstName).toBe('Retried');
  expect(upstream!.requests.map((request) => request.method)).toEqual(['PUT', 'PUT']);
});

test('when a POST without an Idempotency-Key is answered 503, then it is not retried and the typed problem comes back', async () => {
  const client = await clientBehind([{ status: 503, retryAfter: '0' }]);

  const { data, error, response } = await client.POST('/leads', { body: buildLead() });

  expect(response.status).toBe(503);
  expect(data).toBeUndefined();
  expect(error).toMatchObject({ status: 503, title: 'Service Unavailable' });
  expect(upstream!.requests).toHaveLength(1);
});

test('when a POST with an Idempotency-Key is answered 429, then it is retried with the same key', async () => {
  const client = await clientBehind([{ status: 429, retryAfter: '0' }]);
  const key = randomUUID();

  const { response } = await client.POST('/leads', { body: buildLead(), headers: { 'Idempotency-Key': key } });

  expect(response.status).toBe(201);
  expect(upstream!.requests.map((request) => request.idempotencyKey)).toEqual([key, key]);
});

test('when the retries run out, then the last 503 is returned', async () => {
  const client = await clientBehind([{ status: 503 }, { status: 503 }, { status: 503 }], { retries: 1, baseDelayMs: 10 });

  const { response } = await client.GET('/healthz');

  expect(response.status).toBe(503);
  expect(upstream!.requests).toHaveLength(2);
});

test('when retries are turned off, then a 503 is returned at once', async () => {
  const client = await clientBehind([{ status: 503, retryAfter: '1' }], false);

  const { response } = await client.GET('/healthz');

  expect(response.status).toBe(503);
  expect(upstream!.requests).toHaveLength(1);
});

test('when Retry-After asks for longer than maxDelayMs, then the wait is capped', async () => {
  const client = await clientBehind([{ status: 503, retryAfter: '120' }], { maxDelayMs: 200 });
  const started = performance.now();

  const { response } = await client.GET('/healthz');

  expect(response.status).toBe(200);
  expect(performance.now() - started).toBeLessThan(5_000);
  expect(gaps(upstream!.requests)[0]).toBeGreaterThanOrEqual(190);
});

test('when there is no Retry-After, then the waits back off exponentially with jitter and stay within each step', async () => {
  const failures: FlakyAnswer[] = [{ status: 503 }, { status: 503 }, { status: 503 }];
  const client = await clientBehind(failures, { retries: 3, baseDelayMs: 100, maxDelayMs: 1_000 });

  const { response } = await client.GET('/healthz');

  expect(response.status).toBe(200);
  expect(upstream!.requests).toHaveLength(4);
  const steps = [100, 200, 400];
  for (const [i, gap] of gaps(upstream!.requests).entries()) expect(gap).toBeLessThan(steps[i]! + 250);
});

describe('the wait before a retry', () => {
  const now = Date.parse('2026-11-24T12:00:00Z');
  test.each([
    ['delay-seconds', '3', 3_000],
    ['zero seconds', '0', 0],
    ['an HTTP-date 5 s ahead', 'Tue, 24 Nov 2026 12:00:05 GMT', 5_000],
    ['an HTTP-date in the past', 'Tue, 24 Nov 2026 11:00:00 GMT', 0],
    ['an unreadable value', 'soon', undefined],
    ['a negative number', '-1', undefined],
  ])('when Retry-After is %s (%p), then the wait is %p ms', (_name, header, expected) => {
    expect(retryAfterMs(header, now)).toBe(expected);
  });

  test('when there is no Retry-After, then the step doubles per attempt up to maxDelayMs, scaled by the jitter', () => {
    const policy = { ...defaultRetryPolicy, baseDelayMs: 100, maxDelayMs: 500 };
    const response = new Response(null, { status: 503 });
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(policy, attempt, response, () => 1))).toEqual([100, 200, 400, 500]);
    expect(retryDelayMs(policy, 3, response, () => 0.5)).toBe(200);
  });
});
