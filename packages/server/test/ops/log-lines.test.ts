import { setTimeout } from 'node:timers/promises';
import pino from 'pino';
import { createDatabase } from '../../src/db/database';
import { startAppOver } from '../support/app-over';
import { runScript } from '../support/scripts';
import { startTestServer, type TestBusiness, type TestServer } from '../support/test-server';

// The log is JSON lines and says what went wrong without the request's values: no query
// string (it may hold a key), no PostgreSQL text quoting what was sent, no plain-text
// lines from Knex, and a start that fails says so in one line.

const written: string[] = [];
let server: TestServer;
let business: TestBusiness;

/** A value a PostgreSQL error will quote back: the trigger below refuses it, quoting it and the last name. */
const marker = 'log-test-refused:Ada-4f1c';
const secretLastName = 'Lovelace-secret-9e2b';

beforeAll(async () => {
  server = await startTestServer(pino({ level: 'info' }, { write: (line: string) => written.push(line) }));
  business = await server.newBusiness();
  // Only rows carrying the marker are refused, so other test files sharing the database never meet it.
  await server.db.raw(`
    CREATE OR REPLACE FUNCTION log_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'refused "%"', NEW.first_name USING DETAIL = 'last name "' || NEW.last_name || '"', HINT = NEW.last_name;
    END $$`);
  await server.db.raw(
    `CREATE OR REPLACE TRIGGER log_test_refuse BEFORE INSERT ON leads FOR EACH ROW WHEN (NEW.first_name LIKE 'log-test-refused:%') EXECUTE FUNCTION log_test_refuse()`,
  );
});
afterAll(async () => {
  await server.db.raw('DROP TRIGGER IF EXISTS log_test_refuse ON leads');
  await server.db.raw('DROP FUNCTION IF EXISTS log_test_refuse()');
  await server.close();
});

async function linesOf(requestId: string): Promise<Record<string, unknown>[]> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const lines = written.filter((line) => line.includes(requestId));
    if (lines.some((line) => line.includes('"request errored"') || line.includes('"request completed"'))) return lines.map((line) => JSON.parse(line));
    await setTimeout(20);
  }
  throw new Error(`no completion line for ${requestId}`);
}

test("when a PostgreSQL error quoting the request's values makes a 500, then its log lines name the error and the path and carry no value", async () => {
  const response = await fetch(`${server.url}/leads`, {
    method: 'POST',
    headers: { authorization: `Bearer ${business.apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ contact: { firstName: marker, lastName: secretLastName } }),
  });
  const problem = await response.json();

  expect(response.status).toBe(500);
  const lines = await linesOf(problem.requestId);
  const failed = lines.find((line) => line.msg === 'request failed') as { path?: string; url?: string; err: Record<string, unknown> };
  expect(failed).toMatchObject({ path: '/leads', err: { code: 'P0001' } });
  expect(failed.url).toBeUndefined();
  const text = lines.map((line) => JSON.stringify(line)).join('\n');
  for (const value of ['Ada-4f1c', secretLastName]) expect({ value, logged: text.includes(value) }).toEqual({ value, logged: false });
});

test('when a request with a query string fails with 503 (the database is unreachable), then the error line names the path without the query string', async () => {
  const lines: string[] = [];
  const unreachable = createDatabase({ databaseUrl: 'postgres://nobody@127.0.0.1:1/none' });
  const app = await startAppOver(unreachable, { logger: pino({ level: 'info' }, { write: (line: string) => lines.push(line) }) });
  try {
    const response = await fetch(`${app.url}/leads/all/my?api_key=dsp_in_the_query_string&email=ada@example.com`, {
      method: 'POST',
      headers: { authorization: 'Bearer dsp_some_key', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(503);
  } finally {
    await app.close();
    await unreachable.destroy();
  }

  const failed = lines.map((line) => JSON.parse(line)).find((line) => line.msg === 'request failed');
  expect(failed).toMatchObject({ level: 50, path: '/leads/all/my' });
  for (const value of ['dsp_in_the_query_string', 'ada@example.com', 'api_key'])
    expect({ value, logged: lines.join('\n').includes(value) }).toEqual({ value, logged: false });
});

test('when the database cannot be reached at start, then the server says so in one line on stderr, and stdout holds only JSON lines', async () => {
  const outcome = await runScript('main.ts', [], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });

  expect(outcome.code).toBe(1);
  expect(outcome.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Cannot start: .*ECONNREFUSED/)]);
  for (const line of outcome.stdout.split('\n').filter(Boolean)) expect(() => JSON.parse(line)).not.toThrow();
}, 60_000);
