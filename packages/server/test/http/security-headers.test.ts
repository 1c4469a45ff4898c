import pino from 'pino';
import { ConfigError, loadConfig } from '../../src/config';
import { createLead } from '../support/factories';
import { runScript } from '../support/scripts';
import { startTestServer, type TestBusiness, type TestServer } from '../support/test-server';

// Helmet's headers on every kind of answer, the reference page keeping its own policy, and
// CORS only for the origins in CORS_ORIGINS: two real servers, one without and one with it.

const allowedOrigin = 'https://app.example.com';
const otherOrigin = 'https://elsewhere.example.com';

let plain: TestServer;
let withCors: TestServer;
let business: TestBusiness;
let corsBusiness: TestBusiness;
let leadId: string;

beforeAll(async () => {
  plain = await startTestServer();
  withCors = await startTestServer(pino({ level: 'silent' }), { corsOrigins: [allowedOrigin, 'http://localhost:5173'] });
  [business, corsBusiness] = [await plain.newBusiness(), await withCors.newBusiness()];
  leadId = (await createLead(corsBusiness.client)).id;
});
afterAll(async () => {
  await plain?.close();
  await withCors?.close();
});

const corsHeaderNames = (response: Response) => [...response.headers.keys()].filter((name) => name.startsWith('access-control-'));

describe('security headers', () => {
  const answers: [string, number, (url: string) => Promise<Response>][] = [
    [
      'a JSON response',
      200,
      (url) =>
        fetch(`${url}/leads/all/my`, {
          method: 'POST',
          headers: { authorization: `Bearer ${business.apiKey}`, 'content-type': 'application/json' },
          body: '{}',
        }),
    ],
    ['a problem response', 400, (url) => fetch(`${url}/dispositions/not-a-uuid`, { headers: { authorization: `Bearer ${business.apiKey}` } })],
    ['a 401 problem response', 401, (url) => fetch(`${url}/dispositions/all/my`, { method: 'POST' })],
    ['/healthz', 200, (url) => fetch(`${url}/healthz`)],
    ['/openapi.json', 200, (url) => fetch(`${url}/openapi.json`)],
  ];

  test.each(answers)(
    "when the server answers %s, then helmet's headers are on it, with the strict API policy, and no X-Powered-By",
    async (_answer, status, request) => {
      const response = await request(plain.url);

      expect(response.status).toBe(status);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d+; includeSubDomains$/);
      expect(response.headers.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none'");
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(response.headers.get('x-powered-by')).toBeNull();
    },
  );

  test("when /docs is fetched, then it carries its own content security policy for the reference, once, and helmet's other headers", async () => {
    const response = await fetch(`${plain.url}/docs`);

    expect(response.status).toBe(200);
    const policy = response.headers.get('content-security-policy');
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("worker-src 'self' blob:");
    expect(policy).not.toContain(',');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

describe('CORS', () => {
  const preflight = (url: string, origin: string) =>
    fetch(`${url}/dispositions/${leadId}`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'PUT',
        'access-control-request-headers': 'authorization,content-type,if-match,idempotency-key,x-request-id',
      },
    });
  const read = (url: string, apiKey: string, origin: string, id = leadId) =>
    fetch(`${url}/leads/${id}`, { headers: { origin, authorization: `Bearer ${apiKey}` } });

  test('when CORS_ORIGINS is not set, then no answer carries a CORS header, not even to a preflight', async () => {
    const lead = await createLead(business.client);

    const answers = [await read(plain.url, business.apiKey, allowedOrigin, lead.id), await preflight(plain.url, allowedOrigin)];

    expect(answers[0]!.status).toBe(200);
    expect(answers[1]!.status).not.toBe(204);
    expect(answers.map(corsHeaderNames)).toEqual([[], []]);
  });

  test('when an allowed origin reads, then it may, and sees the headers the API exposes', async () => {
    const response = await read(withCors.url, corsBusiness.apiKey, allowedOrigin);

    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(allowedOrigin);
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('vary')).toMatch(/\bOrigin\b/);
    expect(response.headers.get('access-control-expose-headers')?.split(',')).toEqual(['ETag', 'X-Request-Id', 'Idempotency-Replayed', 'Retry-After']);
  });

  test('when an allowed origin gets a problem, then it can read that too', async () => {
    const response = await read(withCors.url, corsBusiness.apiKey, 'http://localhost:5173', 'not-a-uuid');

    expect(response.status).toBe(400);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });

  test('when an allowed origin sends a preflight, then 204 allows the methods and every header the API reads, without a key', async () => {
    const response = await preflight(withCors.url, allowedOrigin);

    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(allowedOrigin);
    expect(response.headers.get('access-control-allow-methods')?.split(',')).toEqual(['GET', 'POST', 'PUT', 'DELETE']);
    expect(response.headers.get('access-control-allow-headers')?.split(',')).toEqual([
      'Authorization',
      'X-Leadping-Api-Key',
      'Content-Type',
      'Idempotency-Key',
      'If-Match',
      'If-None-Match',
      'X-Request-Id',
    ]);
    expect(response.headers.get('access-control-max-age')).toBe('600');
    expect(await response.text()).toBe('');
  });

  test('when another origin reads or sends a preflight, then neither answer carries a CORS header', async () => {
    const answers = [await read(withCors.url, corsBusiness.apiKey, otherOrigin), await preflight(withCors.url, otherOrigin)];

    expect(answers[0]!.status).toBe(200);
    expect(answers[1]!.status).toBe(401);
    expect(answers.map(corsHeaderNames)).toEqual([[], []]);
    expect(answers[0]!.headers.get('vary')).toMatch(/\bOrigin\b/);
  });
});

describe('CORS_ORIGINS', () => {
  test.each([
    ['unset', {}, []],
    ['empty', { CORS_ORIGINS: '' }, []],
    ['two origins with spaces', { CORS_ORIGINS: 'https://app.example.com, http://localhost:5173' }, ['https://app.example.com', 'http://localhost:5173']],
  ])('when it is %s, then the configuration holds exactly those origins', (_case, env, origins) => {
    expect(loadConfig(env).corsOrigins).toEqual(origins);
  });

  test.each([
    ['a path', 'https://app.example.com/app'],
    ['a trailing slash', 'https://app.example.com/'],
    ['another scheme', 'ftp://app.example.com'],
    ['a wildcard', '*'],
    ['no scheme', 'app.example.com'],
    ['credentials', 'https://user:secret@app.example.com'],
    ['one bad entry among good ones', 'https://app.example.com,not an origin'],
  ])('when it has %s, then loading the configuration stops with one line naming CORS_ORIGINS', (_case, value) => {
    let thrown: unknown;
    try {
      loadConfig({ CORS_ORIGINS: value });
    } catch (error) {
      thrown = error;
    }

    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as Error).message).toMatch(/^Invalid configuration: CORS_ORIGINS \(.+\)$/);
    expect((thrown as Error).message).not.toContain('\n');
  });

  test('when the server is started with a bad CORS_ORIGINS, then it stops at start-up with one line naming it', async () => {
    const outcome = await runScript('main.ts', [], { CORS_ORIGINS: 'https://app.example.com/', DATA_DIR: '/nonexistent/never-created' });

    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^Invalid configuration: CORS_ORIGINS \("https:\/\/app\.example\.com\/" is not an origin/),
    ]);
  });
});
