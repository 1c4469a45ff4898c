import { randomUUID } from 'node:crypto';
import { createDispositionsClient, type DispositionsClient } from '@dispositions/client';
import { createDatabase, type Database } from '../../src/db/database';
import { createApiKey } from '../../src/services/api-keys.service';
import { type ChildServer, startSourceServer } from '../support/child-server';
import { createLead } from '../support/factories';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy';
import { databaseKind } from '../support/test-server';

// PostgreSQL going away under a running server, through a TCP proxy the test cuts and
// restores (the shared cluster is never stopped): requests answer 503 problem+json with
// Retry-After within 2 s, /readyz says not ready, /healthz stays up, and service comes back
// by itself once the database does. Needs a real PostgreSQL server to proxy.

const onPostgres = databaseKind === 'postgresql' ? describe : describe.skip;

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

onPostgres('the database goes away and comes back', () => {
  let proxy: TcpProxy;
  let server: ChildServer;
  let db: Database;
  let client: DispositionsClient;
  let leadId: string;

  beforeAll(async () => {
    const target = new URL(process.env.DATABASE_URL!);
    proxy = await startTcpProxy(Number(target.port || 5432), target.hostname);
    const viaProxy = new URL(target);
    viaProxy.port = String(proxy.port);
    server = await startSourceServer({ DATABASE_URL: viaProxy.toString(), DB_POOL_MAX: '4' });
    db = createDatabase({ databaseUrl: process.env.DATABASE_URL, poolMax: 1 });
    const { apiKey } = await createApiKey(db, `Faults ${randomUUID()}`);
    client = createDispositionsClient({ baseUrl: server.url, apiKey, retry: false });
    leadId = (await createLead(client)).id;
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await proxy?.close();
    await db?.destroy();
  });

  test('when the database is cut off, then writes and reads answer 503 within 2 s, /readyz is not ready and /healthz stays up; when it is back, service resumes by itself', async () => {
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);

    await proxy.cut();
    const write = await timed(() => client.POST('/dispositions', { body: { leadId, type: 'Call', outcome: 'No Answer' } }));
    const read = await timed(() => client.GET('/leads/{id}', { params: { path: { id: leadId } } }));
    const readiness = await timed(() => fetch(`${server.url}/readyz`));
    const health = await fetch(`${server.url}/healthz`);

    for (const { result, ms } of [write, read]) {
      expect(result.response.status).toBe(503);
      expect(result.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(result.response.headers.get('retry-after')).toBe('1');
      expect(result.error).toMatchObject({ status: 503, type: '/problems/database-unavailable' });
      expect(ms).toBeLessThan(2_000);
    }
    expect(readiness.result.status).toBe(503);
    expect(readiness.ms).toBeLessThan(2_500);
    expect(health.status).toBe(200);

    await proxy.restore();
    const back = await timed(async () => {
      for (;;) {
        const { response } = await client.GET('/leads/{id}', { params: { path: { id: leadId } } });
        if (response.status === 200) return response;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    });
    const written = await client.POST('/dispositions', { body: { leadId, type: 'Call', outcome: 'Contacted' } });

    expect(back.ms).toBeLessThan(5_000);
    expect(written.response.status).toBe(201);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  }, 60_000);
});
