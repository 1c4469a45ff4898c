import { randomBytes, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { createDispositionsClient } from '@dispositions/client';
import { createDatabase, type Database } from '../../src/db/database';
import { findCallerByKeyHash, insertApiKey } from '../../src/repositories/api-keys.repository';
import { ApiKeyCache } from '../../src/services/api-key-cache';
import { createApiKey, hashApiKey, revokeApiKey } from '../../src/services/api-keys.service';
import { type ChildServer, startSourceServer } from '../support/child-server';
import { runScript } from '../support/scripts';
import { databaseKind, startTestServer, type TestServer } from '../support/test-server';

// Each instance keeps the API keys it has seen, and forgets them the moment any instance
// revokes one: keys:revoke announces it through PostgreSQL's LISTEN/NOTIFY (on the embedded
// database, through PGlite's listeners in the one process). An instance that cannot hear the
// announcements keeps no key. The servers are real ones; keys are revoked as operators do.

/** The status of an ordinary request with `apiKey` (200 while the key is active, 401 once revoked). */
async function statusWith(url: string, apiKey: string): Promise<number> {
  const client = createDispositionsClient({ baseUrl: url, apiKey, retry: false });
  const { response } = await client.POST('/leads/all/my', { body: { pageSize: 1 } });
  return response.status;
}

/** Asks until the answer is `status` or `withinMs` has passed; resolves with the last answer. */
async function eventually(ask: () => Promise<number>, status: number, withinMs: number): Promise<number> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const answer = await ask();
    if (answer === status || Date.now() > deadline) return answer;
    await sleep(20);
  }
}

/**
 * The status once a revocation has been announced: on the embedded database the announcement
 * arrives before the revoke returns; on PostgreSQL it travels to each listening connection.
 */
const announced = (ask: () => Promise<number>) => (databaseKind === 'embedded' ? ask() : eventually(ask, 401, 5_000));

/** A well-formed key nobody was issued (yet). */
const unissuedKey = () => `dsp_${randomBytes(32).toString('base64url')}`;

/** Revokes the key in SQL behind the API's back: no announcement, as an operator's UPDATE would be. */
async function revokeSilently(db: Database, keyId: string): Promise<void> {
  await db('api_keys').where({ id: keyId }).update({ revoked_at: db.fn.now() });
}

describe('one server, and its cache over the real key lookup', () => {
  let server: TestServer;
  let db: Database;
  beforeAll(async () => {
    server = await startTestServer();
    db = server.db;
  });
  afterAll(() => server.close());
  const find = (hash: string) => findCallerByKeyHash(db, hash);

  test('when a thousand unknown keys are looked up, then none is kept, and a known key is kept once trusted only', async () => {
    const { apiKey, businessId } = await createApiKey(db, `Cache ${randomUUID()}`);
    const cache = new ApiKeyCache();

    const untrusted = await cache.callerFor(hashApiKey(apiKey), find);
    const sizeUntrusted = cache.size;
    cache.trust();
    for (let n = 0; n < 1_000; n++) await cache.callerFor(hashApiKey(unissuedKey()), find);
    const sizeAfterBadKeys = cache.size;
    await cache.callerFor(hashApiKey(apiKey), find);

    expect(untrusted).toEqual({ businessId, userId: null });
    expect([sizeUntrusted, sizeAfterBadKeys, cache.size]).toEqual([0, 0, 1]);
  });

  test('when a lookup is in flight while keys are forgotten, then its answer is used but not kept', async () => {
    const { apiKey } = await createApiKey(db, `Cache ${randomUUID()}`);
    const cache = new ApiKeyCache();
    cache.trust();

    const answer = await cache.callerFor(hashApiKey(apiKey), async (hash) => {
      const caller = await find(hash);
      cache.forgetAll();
      return caller;
    });

    expect(answer).toBeDefined();
    expect(cache.size).toBe(0);
  });

  test('when a key is used, revoked behind the API’s back and then revoked again through the revoke path, then it is served from the cache until the announcement, and 401 once that arrives', async () => {
    const { apiKey, keyId } = await createApiKey(db, `Cache ${randomUUID()}`);
    const first = await statusWith(server.url, apiKey);

    await revokeSilently(db, keyId);
    const cached = await statusWith(server.url, apiKey);
    const revocation = await revokeApiKey(db, keyId);
    const after = await announced(() => statusWith(server.url, apiKey));

    expect([first, cached, revocation.outcome, after]).toEqual([200, 200, 'already revoked', 401]);
  });

  test('when a key is revoked through the revoke path, then it is 401 once the announcement arrives (before the revoke returns, on the embedded database)', async () => {
    const { apiKey, keyId } = await createApiKey(db, `Cache ${randomUUID()}`);
    const before = [await statusWith(server.url, apiKey), await statusWith(server.url, apiKey)];

    await revokeApiKey(db, keyId);
    const after = await announced(() => statusWith(server.url, apiKey));

    expect([...before, after]).toEqual([200, 200, 401]);
  });

  test('when a key is used before it exists, then it is 401, and once issued its next request is 200: unknown keys are not remembered', async () => {
    const apiKey = unissuedKey();
    const { businessId } = await createApiKey(db, `Cache ${randomUUID()}`);
    const before = [await statusWith(server.url, apiKey), await statusWith(server.url, apiKey)];

    await insertApiKey(db, businessId, hashApiKey(apiKey), null);
    const after = await statusWith(server.url, apiKey);

    expect([...before, after]).toEqual([401, 401, 200]);
  });
});

const onPostgres = databaseKind === 'postgresql' ? describe : describe.skip;

onPostgres('two instances over one PostgreSQL database', () => {
  let db: Database;
  let instances: ChildServer[] = [];

  /** The process id each instance logs on every line; its listener's connection is named after it. */
  const pidOf = (instance: ChildServer) => (JSON.parse(instance.stdout.find((line) => line.startsWith('{'))!) as { pid: number }).pid;
  const listenerPids = async () => {
    const names = instances.map((instance) => `dispositions-api listener, pid ${pidOf(instance)}`);
    const rows: { pid: number }[] = await db('pg_stat_activity')
      .select('pid')
      .whereIn('application_name', names)
      .andWhere('datname', db.raw('current_database()'));
    return rows.map((row) => row.pid);
  };

  beforeAll(async () => {
    const env = { DATABASE_URL: process.env.DATABASE_URL, DB_POOL_MAX: '2' };
    instances = await Promise.all([startSourceServer(env), startSourceServer(env)]);
    db = createDatabase({ databaseUrl: process.env.DATABASE_URL, poolMax: 1 });
  }, 60_000);
  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    await db?.destroy();
  });

  /** A new key, used twice on each instance, so that each has it cached. */
  async function keyInUse(): Promise<{ apiKey: string; keyId: string; before: number[] }> {
    const { apiKey, keyId } = await createApiKey(db, `Cache ${randomUUID()}`);
    const before = [];
    for (const instance of [...instances, ...instances]) before.push(await statusWith(instance.url, apiKey));
    return { apiKey, keyId, before };
  }

  /** Waits (on a loaded machine a first connection may time out and be tried again) until both instances listen, except on `killed`. */
  async function bothListening(killed: number[] = []): Promise<number[]> {
    let listening: number[] = [];
    for (const deadline = Date.now() + 15_000; Date.now() < deadline; await sleep(50)) {
      listening = (await listenerPids()).filter((pid) => !killed.includes(pid));
      if (listening.length === 2) break;
    }
    return listening;
  }

  test('when both run, then each names its listening connection in pg_stat_activity', async () => {
    expect(await bothListening()).toHaveLength(2);
  });

  test('when a cached key is revoked with keys:revoke, then each instance answers 401 within moments (the first request after, unless the machine is loaded)', async () => {
    const { apiKey, keyId, before } = await keyInUse();

    const revoked = await runScript('scripts/keys-revoke.ts', [keyId], { DATABASE_URL: process.env.DATABASE_URL });
    // Typically the very next request; the bound of `eventually` leaves room for a loaded machine.
    const after = await Promise.all(instances.map((instance) => eventually(() => statusWith(instance.url, apiKey), 401, 5_000)));

    expect([before, revoked.code, after]).toEqual([[200, 200, 200, 200], 0, [401, 401]]);
  });

  test('when the listening connections are killed and a cached key is then revoked, then the next request on each instance is 401 at once, and they listen again', async () => {
    const killed = await bothListening();
    const { apiKey, keyId, before } = await keyInUse();

    await db.raw('select pg_terminate_backend(pid) from unnest(?::int[]) as pid', [killed]);
    const gone = async () => (await db('pg_stat_activity').whereIn('pid', killed).count({ n: '*' }).first())?.n === '0';
    for (const deadline = Date.now() + 10_000; !(await gone()) && Date.now() < deadline; ) await sleep(10);
    await revokeApiKey(db, keyId);
    const after = await Promise.all(instances.map((instance) => statusWith(instance.url, apiKey)));

    expect(before).toEqual([200, 200, 200, 200]);
    expect(after).toEqual([401, 401]);
    expect(await bothListening(killed)).toHaveLength(2);
    // Log lines leave in batches, a quarter of a second apart at most.
    const saidLost = () => instances.every((instance) => instance.stdout.some((line) => line.includes('lost the connection that hears API-key revocations')));
    for (const deadline = Date.now() + 5_000; !saidLost() && Date.now() < deadline; ) await sleep(50);
    expect(saidLost()).toBe(true);
  });

  test('when they listen again after losing the connection, then a revocation reaches both again', async () => {
    const { apiKey, keyId, before } = await keyInUse();

    await revokeApiKey(db, keyId);
    const after = await Promise.all(instances.map((instance) => eventually(() => statusWith(instance.url, apiKey), 401, 5_000)));

    expect([before, after]).toEqual([
      [200, 200, 200, 200],
      [401, 401],
    ]);
  });
});
