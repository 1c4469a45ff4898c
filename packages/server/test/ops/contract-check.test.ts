import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { runContractCheck } from '@dispositions/contract';
import { createLead } from '../support/factories';
import { startTestServer, type TestServer } from '../support/test-server';

// `pnpm contract` against a deployment: the real server passes it and is left as it was, and
// a deployment that strays from the spec (a stand-in in front of the real server that alters
// answers) is caught, with one line per violation and exit code 1.

const repoDir = path.resolve(__dirname, '../../../..');

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** An HTTP server in front of `target` that passes every request on and lets `alter` change the answer. */
async function strayingDeployment(
  target: string,
  alter: (method: string, url: string, status: number, body: string) => { status: number; body: string },
): Promise<{ url: string; server: Server }> {
  const front = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name))) as Record<
        string,
        string
      >;
      const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
      const answer = await fetch(`${target}${req.url}`, { method: req.method, headers, body });
      const altered = alter(req.method!, req.url!, answer.status, await answer.text());
      const sent = Object.fromEntries(
        [...answer.headers].filter(([name]) => !['content-length', 'content-encoding', 'transfer-encoding', 'etag'].includes(name)),
      );
      res.writeHead(altered.status, sent).end(altered.body);
    });
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(front.address() as AddressInfo).port}`, server: front };
}

test('when the real server is checked, then every operation is walked without a violation, and only its own records come and go', async () => {
  const { apiKey, client } = await server.newBusiness();
  const other = await server.newBusiness();
  const othersLead = await createLead(other.client);

  const report = await runContractCheck({ baseUrl: server.url, apiKey });

  expect(report.violations).toEqual([]);
  expect(report.operations).toBeGreaterThanOrEqual(18);
  expect(report.requests).toBeGreaterThan(report.operations);
  expect(report.created).toBeGreaterThanOrEqual(2);
  expect(report.deleted).toBe(report.created);
  expect(report.leftBehind).toEqual([]);
  const { data: ours } = await client.POST('/leads/all/my', { body: { includeCount: true } });
  expect(ours?.totalCount).toBe(0);
  const { data: theirs } = await other.client.GET('/leads/{id}', { params: { path: { id: othersLead.id } } });
  expect(theirs).toEqual(othersLead);
});

test('when the check walks the webhook endpoints, then it creates them disabled at an address that never resolves, keeps them so, and deletes them', async () => {
  const { apiKey, client } = await server.newBusiness();
  // What the check sends to the webhook endpoints, seen through the fetch it calls.
  const bodies: { url?: string; enabled?: boolean }[] = [];
  const originalFetch = globalThis.fetch;
  globalThis.fetch = ((input: string | URL | Request, init?: RequestInit) => {
    const { pathname } = new URL(input instanceof Request ? input.url : input);
    if (/^\/webhook-endpoints(\/[^/]+)?$/.test(pathname) && init?.body) bodies.push(JSON.parse(String(init.body)));
    return originalFetch(input, init);
  }) as typeof fetch;
  try {
    const report = await runContractCheck({ baseUrl: server.url, apiKey });

    expect(report.violations).toEqual([]);
  } finally {
    globalThis.fetch = originalFetch;
  }
  expect(bodies.length).toBeGreaterThanOrEqual(2);
  for (const body of bodies) expect(body.enabled).toBe(false);
  expect(bodies.filter(({ url }) => url !== undefined).map(({ url }) => new URL(url!).hostname)).toEqual(expect.arrayContaining(['example.invalid']));
  expect(bodies.every(({ url }) => url === undefined || new URL(url).hostname === 'example.invalid')).toBe(true);
  const { data } = await client.GET('/webhook-endpoints');
  expect(data?.items).toEqual([]);
});

test('when a deployment answers outside the spec, then `pnpm contract` prints one line per violation, a summary, and exits 1', async () => {
  const { apiKey } = await server.newBusiness();
  const straying = await strayingDeployment(server.url, (method, url, status, body) => {
    if (method === 'GET' && /^\/dispositions\/[0-9a-f-]{36}$/.test(url) && status === 200)
      return { status, body: JSON.stringify({ ...JSON.parse(body), outcome: 42 }) };
    if (method === 'GET' && url === '/healthz') return { status: 500, body: '' };
    return { status, body };
  });
  try {
    const run = promisify(execFile)('pnpm', ['--silent', 'contract', '--base-url', straying.url, '--key', apiKey], { cwd: repoDir, timeout: 90_000 });
    const failure = (await run.then(
      () => undefined,
      (error: unknown) => error,
    )) as { code: number; stdout: string } | undefined;

    expect(failure?.code).toBe(1);
    const lines = failure!.stdout.trim().split('\n');
    expect(lines.filter((line) => line.startsWith('violation: '))).toEqual([
      expect.stringMatching(/^violation: GET \/dispositions\/\{id\} \(getDisposition, ours\) → 200: body: \/outcome must be string/),
      'violation: GET /healthz (getHealth, ours) → 500: status 500 is not documented (200, 429)',
    ]);
    expect(lines.at(-1)).toMatch(/^contract: \d+ operations, \d+ requests, 2 violations; created \d+ records, deleted \d+$/);
  } finally {
    straying.server.close();
  }
}, 120_000);

test('when `pnpm contract` is run without a key, then it says what it needs and exits 2', async () => {
  const failure = (await promisify(execFile)('pnpm', ['--silent', 'contract', '--base-url', server.url], { cwd: repoDir, timeout: 60_000 }).then(
    () => undefined,
    (error: unknown) => error,
  )) as { code: number; stderr: string } | undefined;

  expect(failure?.code).toBe(2);
  expect(failure?.stderr).toContain('--base-url and --key are required');
}, 60_000);
