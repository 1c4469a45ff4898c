import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import http from 'node:http';
import { createDispositionsClient, type DispositionsClient } from '@dispositions/client';
import { createDatabase, type Database } from '../../src/db/database';
import { shutdownGraceMs } from '../../src/server';
import { createApiKey } from '../../src/services/api-keys.service';
import { startSourceServer } from '../support/child-server';
import { createLead } from '../support/factories';
import { databaseKind, startTestServer } from '../support/test-server';

// SIGTERM under write load, as a deploy or a scale-in sends it: the server stops taking
// connections, finishes what is in flight, closes its pool and exits 0. Every write that
// was answered 2xx is in the database, and no write is half-applied: each lead still
// points at its newest disposition. Needs a real PostgreSQL server, since the test reads
// the database while the server process has it open. The last test, on either database,
// holds the in-process shutdown to the same rules for a connection kept alive.

const onPostgres = databaseKind === 'postgresql' ? describe : describe.skip;
const writers = 16;

onPostgres('SIGTERM', () => {
  let db: Database;

  beforeAll(() => {
    db = createDatabase({ databaseUrl: process.env.DATABASE_URL, poolMax: 1 });
  });
  afterAll(() => db.destroy());

  test('when SIGTERM arrives under write load, then it exits 0 within 10 s, every 2xx write is stored and none is half-applied', async () => {
    const server = await startSourceServer({ DATABASE_URL: process.env.DATABASE_URL, DB_POOL_MAX: '4' });
    const { businessId, apiKey } = await createApiKey(db, `Shutdown ${randomUUID()}`);
    const client: DispositionsClient = createDispositionsClient({ baseUrl: server.url, apiKey, retry: false });
    const leads = [await createLead(client), await createLead(client)];
    const answers: { marker: string; status: number }[] = [];

    const write = async (worker: number) => {
      for (let i = 0; ; i++) {
        const marker = randomUUID();
        try {
          const { response } = await client.POST('/dispositions', {
            body: {
              leadId: leads[(worker + i) % 2]!.id,
              type: 'Call',
              outcome: 'No Answer',
              notes: marker,
              timestamp: new Date(Date.UTC(2026, 0, 1) + Math.random() * 1e10).toISOString(),
            },
          });
          answers.push({ marker, status: response.status });
        } catch {
          answers.push({ marker, status: 0 });
          return;
        }
      }
    };
    const load = Array.from({ length: writers }, (_, worker) => write(worker));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const signalled = Date.now();
    const exitCode = await server.stop();
    const stoppedIn = Date.now() - signalled;
    await Promise.all(load);

    expect(exitCode).toBe(0);
    expect(stoppedIn).toBeLessThan(10_000);
    const succeeded = answers.filter(({ status }) => status >= 200 && status < 300).map(({ marker }) => marker);
    expect(succeeded.length).toBeGreaterThan(writers);
    expect(answers.filter(({ status }) => status >= 300)).toEqual([]);
    const stored = new Set((await db('dispositions').where({ business_id: businessId }).pluck('notes')) as string[]);
    expect(succeeded.filter((marker) => !stored.has(marker))).toEqual([]);
    expect([...stored].filter((marker) => !answers.some((answer) => answer.marker === marker))).toEqual([]);
    for (const lead of leads) {
      const newest = await db('dispositions')
        .where({ business_id: businessId, lead_id: lead.id })
        .orderBy([
          { column: 'timestamp', order: 'desc' },
          { column: 'id', order: 'desc' },
        ])
        .first('id');
      const pointer = await db('leads').where({ business_id: businessId, id: lead.id }).first('current_disposition_id');
      expect(pointer.current_disposition_id).toBe(newest.id);
    }
  }, 60_000);
});

// A generous 60 s: on a loaded machine a new embedded database alone can take 20 s to start.
test('when an answer is in flight as the shutdown starts, then its keep-alive connection is closed once it goes idle, not kept open until the grace period ends', async () => {
  const server = await startTestServer();
  const { apiKey } = await server.newBusiness();
  const agent = new http.Agent({ keepAlive: true });
  const body = JSON.stringify({ contact: { firstName: 'In flight' } });
  const request = http.request(`${server.url}/leads`, {
    method: 'POST',
    agent,
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
  });
  const answered = new Promise<{ status?: number; connection?: string }>((resolve, reject) => {
    request.on('response', (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode, connection: response.headers.connection }));
    });
    request.on('error', reject);
  });
  const arrived = once(server.server, 'request');
  request.write(body.slice(0, 10));
  await arrived;

  const started = performance.now();
  const closed = server.close().then(() => performance.now() - started);
  request.end(body.slice(10));
  const answer = await answered;
  const closedIn = await closed;
  agent.destroy();

  expect(answer).toEqual({ status: 201, connection: 'keep-alive' });
  // Well under the grace period it must not wait for, with room for a loaded machine.
  expect(closedIn).toBeLessThan(shutdownGraceMs / 2);
}, 60_000);
