import { execFile } from 'node:child_process';
import path from 'node:path';
import { inspect, promisify } from 'node:util';
import { startTestServer, type TestBusiness, type TestServer } from '../../server/test/support/test-server';
import { createDispositionsClient, orThrow, type ProblemError } from '../src';

// What the client says to the person using it: a thrown problem reads in a few lines
// (status, title, detail, each bad field, the request id), never the whole Response, and
// a client made without a key says so once instead of leaving only 401s to puzzle over.

let server: TestServer;
let business: TestBusiness;

beforeAll(async () => {
  server = await startTestServer();
  business = await server.newBusiness();
});
afterAll(() => server.close());

// The program runs from the server's folder, as an app that installed the client: the client resolves there, and tsx is at hand.
const packageDir = path.resolve(__dirname, '../../server');
const tsx = path.join(packageDir, 'node_modules', '.bin', 'tsx');

async function badRequest(): Promise<ProblemError> {
  const call = business.client.POST('/dispositions', { body: { leadId: 'nope', type: 'Call', outcome: 'No Answer', callBackAt: 'soon' } as never });
  return orThrow(call).then(
    () => {
      throw new Error('expected a problem');
    },
    (error: unknown) => error as ProblemError,
  );
}

test('when a ProblemError is turned into text, then it is status, title, detail, one line per bad field and the request id', async () => {
  const error = await badRequest();
  const lines = String(error).split('\n');

  expect(lines[0]).toBe(`ProblemError: 400 Bad Request: ${error.problem.detail}`);
  expect(lines).toContain('  /body/callBackAt: unknown field "callBackAt" (did you mean "callbackAt"?)');
  expect(lines).toContain('  /body/leadId: must be a UUID, like "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d"');
  expect(lines.at(-1)).toBe(`  requestId: ${error.response.headers.get('x-request-id')}`);
  expect(error.requestId).toBe(error.response.headers.get('x-request-id'));
});

test('when a ProblemError is inspected (console.log), then it prints the short form and where it was thrown, not the Response', async () => {
  const error = await badRequest();
  const printed = inspect(error);

  expect(printed.startsWith(String(error))).toBe(true);
  expect(printed).toMatch(/\n {4}at /);
  expect(printed).not.toMatch(/Response|Headers|ReadableStream/);
  // The response is still there for code that wants it.
  expect(error.response.status).toBe(400);
  expect(Object.keys(error)).not.toContain('response');
});

test('when a ProblemError is thrown and never caught, then Node prints a few lines with the fields and the request id, not the whole Response', async () => {
  const program = [
    "import { createDispositionsClient, orThrow } from '@dispositions/client';",
    'const api = createDispositionsClient({ baseUrl: process.env.API!, apiKey: process.env.KEY! });',
    // Not awaited, not caught: the rejection ends the process as an uncaught error does.
    "orThrow(api.POST('/leads', { body: { contact: { firstname: 'Ada' } } as never }));",
  ].join('\n');
  const outcome = await promisify(execFile)(tsx, ['-e', program], {
    cwd: packageDir,
    env: { ...process.env, NODE_OPTIONS: '', API: server.url, KEY: business.apiKey },
    timeout: 60_000,
  }).then(
    () => ({ code: 0, stderr: '' }),
    (error: { code: number; stderr: string }) => error,
  );
  const lines = outcome.stderr.trimEnd().split('\n');

  expect(outcome.code).toBe(1);
  expect(outcome.stderr).toContain('ProblemError: 400 Bad Request');
  expect(outcome.stderr).toContain("path: '/body/contact/firstname'");
  expect(outcome.stderr).toContain('did you mean "firstName"?');
  expect(outcome.stderr).toMatch(/requestId: '[0-9a-f-]{36}'/);
  expect(outcome.stderr).not.toMatch(/Response|Headers|ReadableStream/);
  expect(lines.length).toBeLessThan(40);
}, 90_000);

test('when clients are made without a key, then one warning says so, once; a client for the public endpoints on purpose (apiKey: null) says nothing', async () => {
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    const anonymous = createDispositionsClient({ baseUrl: server.url, apiKey: null });
    const withHeader = createDispositionsClient({ baseUrl: server.url, headers: { 'X-Leadping-Api-Key': business.apiKey } });
    expect(warn).not.toHaveBeenCalled();
    expect((await anonymous.GET('/healthz')).response.status).toBe(200);
    expect((await withHeader.GET('/lead-statuses')).response.status).toBe(200);

    const forgotten = createDispositionsClient({ baseUrl: server.url, apiKey: process.env.NO_SUCH_KEY_VARIABLE });
    createDispositionsClient({ baseUrl: server.url, apiKey: '' });

    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/^@dispositions\/client: no apiKey given, so every call but the public endpoints .* will answer 401/);
    expect((await forgotten.GET('/lead-statuses')).response.status).toBe(401);
  } finally {
    warn.mockRestore();
  }
});
