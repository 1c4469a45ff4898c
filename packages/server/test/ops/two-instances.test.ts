import { randomUUID } from 'node:crypto';
import { createDispositionsClient, type DispositionPage, type DispositionsClient, orThrow } from '@dispositions/client';
import { createDatabase, type Database } from '../../src/db/database';
import { createApiKey } from '../../src/services/api-keys.service';
import { type ChildServer, startSourceServer } from '../support/child-server';
import { buildDisposition, buildLead } from '../support/factories';
import { databaseKind } from '../support/test-server';

// Two server processes over one PostgreSQL database, as behind a load balancer: nothing a
// client relies on may live in one process's memory. Separate processes (not two apps in
// this one) so that module-level state could not be shared by accident. Needs a real
// PostgreSQL server: two processes cannot open one embedded PGlite directory at once.

const onPostgres = databaseKind === 'postgresql' ? describe : describe.skip;

onPostgres('two instances over one database', () => {
  let db: Database;
  let instances: ChildServer[] = [];
  let a: DispositionsClient;
  let b: DispositionsClient;

  beforeAll(async () => {
    const env = { DATABASE_URL: process.env.DATABASE_URL, DB_POOL_MAX: '2' };
    instances = await Promise.all([startSourceServer(env), startSourceServer(env)]);
    db = createDatabase({ databaseUrl: process.env.DATABASE_URL, poolMax: 1 });
    const { apiKey } = await createApiKey(db, `Two instances ${randomUUID()}`);
    [a, b] = instances.map((instance) => createDispositionsClient({ baseUrl: instance.url, apiKey })) as [DispositionsClient, DispositionsClient];
  }, 60_000);
  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    await db?.destroy();
  });

  test('when both started at once, then they listen on different ports over the same migrated schema', () => {
    expect(new Set(instances.map((instance) => instance.url)).size).toBe(2);
  });

  test('when a lead is created via one, then the other reads it, and a disposition recorded via the other is the current one seen by the first', async () => {
    const lead = await orThrow(a.POST('/leads', { body: buildLead() }));

    const readViaB = await orThrow(b.GET('/leads/{id}', { params: { path: { id: lead.id } } }));
    const disposition = await orThrow(b.POST('/dispositions', { body: buildDisposition(lead.id, { outcome: 'Appointment Set' }) }));
    const readViaA = await orThrow(a.GET('/leads/{id}', { params: { path: { id: lead.id } } }));

    expect(readViaB).toEqual(lead);
    expect(readViaA.currentDisposition).toMatchObject({ id: disposition.id, outcome: 'Appointment Set' });
  });

  test('when a disposition is changed via one and deleted via the other, then each sees the other’s write at once', async () => {
    const lead = await orThrow(a.POST('/leads', { body: buildLead() }));
    const disposition = await orThrow(a.POST('/dispositions', { body: buildDisposition(lead.id) }));

    await orThrow(b.PUT('/dispositions/{id}', { params: { path: { id: disposition.id } }, body: { outcome: 'Sold' } }));
    const changed = await orThrow(a.GET('/dispositions/{id}', { params: { path: { id: disposition.id } } }));
    await a.DELETE('/dispositions/{id}', { params: { path: { id: disposition.id } } });
    const { response } = await b.GET('/dispositions/{id}', { params: { path: { id: disposition.id } } });

    expect(changed.outcome).toBe('Sold');
    expect(response.status).toBe(404);
  });

  test('when the pages of one query are fetched alternately from both, then each accepts the other’s continuation token and every item comes once', async () => {
    const lead = await orThrow(a.POST('/leads', { body: buildLead() }));
    const created = [];
    for (let minute = 0; minute < 5; minute++) {
      created.push(await orThrow(b.POST('/dispositions', { body: buildDisposition(lead.id, { timestamp: `2026-11-24T09:0${minute}:00.000Z` }) })));
    }
    const query = {
      pageSize: 2,
      filters: [{ field: 'leadId' as const, value: lead.id }],
      orderBy: [{ field: 'timestamp' as const, direction: 'asc' as const }],
    };

    const ids: string[] = [];
    let continuationToken: string | null = null;
    for (let page = 0; page === 0 || continuationToken; page++) {
      const client = page % 2 === 0 ? a : b;
      const result: DispositionPage = await orThrow(client.POST('/dispositions/all/my', { body: { ...query, continuationToken } }));
      ids.push(...result.items.map((item) => item.id));
      continuationToken = result.continuationToken;
    }

    expect(ids).toEqual(created.map((item) => item.id));
  });

  const leadsWithExternalId = async (externalId: string) =>
    (await orThrow(a.POST('/leads/all/my', { body: { includeCount: true, filters: [{ field: 'metadata.externalId', value: externalId }] } }))).totalCount;

  test('when the same Idempotency-Key is sent to both, then one lead is created and the second answer replays the first', async () => {
    const key = randomUUID();
    const body = buildLead();
    const headers = { 'Idempotency-Key': key };

    const first = await a.POST('/leads', { body, headers });
    const second = await b.POST('/leads', { body, headers });

    expect(first.response.status).toBe(201);
    expect(second.response.status).toBe(201);
    expect(second.response.headers.get('idempotency-replayed')).toBe('true');
    expect(second.data).toEqual(first.data);
    expect(await leadsWithExternalId(body.metadata!.externalId!)).toBe(1);
  });

  test('when the same Idempotency-Key reaches both at once, then exactly one lead is created and every answer is the same', async () => {
    const body = buildLead();
    const headers = { 'Idempotency-Key': randomUUID() };

    const results = await Promise.all([a, b, a, b].map((client) => client.POST('/leads', { body, headers })));

    expect(results.map((result) => result.response.status)).toEqual([201, 201, 201, 201]);
    expect(new Set(results.map((result) => result.data?.id)).size).toBe(1);
    expect(results.filter((result) => result.response.headers.get('idempotency-replayed') === null)).toHaveLength(1);
    expect(await leadsWithExternalId(body.metadata!.externalId!)).toBe(1);
  });

  test('when a key used via one is sent via the other with another body, then 422 and no second lead', async () => {
    const body = buildLead();
    const headers = { 'Idempotency-Key': randomUUID() };
    await orThrow(a.POST('/leads', { body, headers }));

    const { error, response } = await b.POST('/leads', { body: { ...body, contact: { firstName: 'Grace' } }, headers });

    expect(response.status).toBe(422);
    expect(error).toMatchObject({ type: '/problems/idempotency-key-reused' });
    expect(await leadsWithExternalId(body.metadata!.externalId!)).toBe(1);
  });
});
