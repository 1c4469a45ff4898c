import { createDispositionsClient, type DispositionsClient } from '@dispositions/client';
import { createDatabase, type Database, migrateToLatest } from '../../src/db/database';
import { migrationSource } from '../../src/db/migrations';
import { startAppOver, startHangingDatabase } from '../support/app-over';
import { freePort } from '../support/child-server';
import { databaseKind, startTestServer, type TestServer } from '../support/test-server';

// GET /readyz over a migrated database, and over databases that are not ready: never
// migrated, one migration behind, unreachable, hanging. The app is created directly over
// those (`startAppOver`), since `startServer` would migrate or fail first.

/** A client that does not retry the 503s these tests expect. */
const anonymousAt = (baseUrl: string): DispositionsClient => createDispositionsClient({ baseUrl, apiKey: null, retry: false });

/** A new empty database of this run's kind: a throwaway PostgreSQL database, or an in-memory embedded one. */
async function emptyDatabase(): Promise<{ db: Database; drop(): Promise<void> }> {
  if (databaseKind !== 'postgresql') {
    const db = createDatabase({});
    // A new PGlite takes seconds to boot, more on a loaded machine: let it, so that the 2 s
    // readiness bound measures the database answering, not its boot.
    await db.raw('select 1');
    return { db, drop: () => db.destroy() };
  }
  const admin = createDatabase({ databaseUrl: process.env.DATABASE_URL, poolMax: 1 });
  const name = `dispositions_readiness_${process.pid}_${Date.now()}`;
  await admin.raw('CREATE DATABASE ??', [name]);
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  const db = createDatabase({ databaseUrl: url.toString(), poolMax: 2 });
  return {
    db,
    async drop() {
      await db.destroy();
      await admin.raw('DROP DATABASE ?? WITH (FORCE)', [name]);
      await admin.destroy();
    },
  };
}

async function readinessOver(db: Database) {
  const app = await startAppOver(db);
  try {
    const started = performance.now();
    const result = await anonymousAt(app.url).GET('/readyz');
    return { ...result, ms: performance.now() - started };
  } finally {
    await app.close();
  }
}

describe('on the database of this run', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  test('when the database answers and every migration is applied, then 200 ready, with no API key', async () => {
    const { data, response } = await anonymousAt(server.url).GET('/readyz');

    expect(response.status).toBe(200);
    expect(data).toEqual({ status: 'ready' });
  });
});

describe('migrations', () => {
  const allMigrations = () => migrationSource.getMigrations([]);

  test('when the database was never migrated, then 503 not-ready naming every pending migration', async () => {
    const { db, drop } = await emptyDatabase();
    try {
      const { error, response } = await readinessOver(db);

      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const names = await allMigrations();
      expect(error).toMatchObject({
        type: '/problems/not-ready',
        title: 'Service Unavailable',
        status: 503,
        detail: `${names.length} migrations are pending (${names.join(', ')}): run \`pnpm db:migrate\`.`,
        instance: '/readyz',
      });
    } finally {
      await drop();
    }
  }, 120_000);

  test('when all but the last migration are applied, then 503 names the last one; once it is applied, 200', async () => {
    const { db, drop } = await emptyDatabase();
    try {
      const names = await allMigrations();
      for (let step = 1; step < names.length; step++) await db.migrate.up({ migrationSource });

      const behind = await readinessOver(db);
      await migrateToLatest(db);
      const current = await readinessOver(db);

      expect(behind.response.status).toBe(503);
      expect(behind.error).toMatchObject({ type: '/problems/not-ready', detail: `1 migration is pending (${names.at(-1)}): run \`pnpm db:migrate\`.` });
      expect(current.response.status).toBe(200);
      expect(current.data).toEqual({ status: 'ready' });
    } finally {
      await drop();
    }
  }, 120_000);
});

describe('an unavailable database', () => {
  test('when nothing listens at the database address, then 503 saying it is unreachable, without waiting for the timeout', async () => {
    const db = createDatabase({ databaseUrl: `postgres://postgres@127.0.0.1:${await freePort()}/nowhere`, poolMax: 1 });
    try {
      const { error, response } = await readinessOver(db);

      expect(response.status).toBe(503);
      expect(error).toMatchObject({ type: '/problems/not-ready', status: 503, detail: 'The database is unreachable.' });
    } finally {
      await db.destroy();
    }
  });

  test('when the database accepts connections but never answers, then 503 within about 2 seconds instead of hanging', async () => {
    const hanging = await startHangingDatabase();
    const db = createDatabase({ databaseUrl: hanging.url, poolMax: 1 });
    try {
      const { error, response, ms } = await readinessOver(db);

      expect(response.status).toBe(503);
      // The pool gives up on the handshake after 1.5 s, before the 2 s readiness timer.
      expect(error).toMatchObject({ type: '/problems/not-ready', detail: 'The database is unreachable.' });
      expect(ms).toBeLessThan(2500);
    } finally {
      await hanging.close();
      await db.destroy();
    }
  });

  test('when the database accepts connections but never answers, then API requests, more than the pool holds, answer 503 within 2 seconds', async () => {
    const hanging = await startHangingDatabase();
    const db = createDatabase({ databaseUrl: hanging.url, poolMax: 1 });
    const app = await startAppOver(db);
    const client = createDispositionsClient({ baseUrl: app.url, apiKey: 'dsp_any', retry: false });
    try {
      const started = performance.now();
      const answers = await Promise.all(
        Array.from({ length: 3 }, async () => {
          const { response, error } = await client.POST('/leads/all/my', { body: {} });
          return { status: response.status, type: (error as { type?: string } | undefined)?.type, ms: performance.now() - started };
        }),
      );

      // Each failed handshake (1.5 s) fails the requests waiting for it, not only the first.
      for (const answer of answers) {
        expect(answer).toMatchObject({ status: 503, type: '/problems/database-unavailable' });
        expect(answer.ms).toBeLessThan(2_000);
      }
    } finally {
      await app.close();
      await hanging.close();
      await db.destroy();
    }
  });

  (databaseKind === 'postgresql' ? test : test.skip)(
    'when the database is connected but a query hangs (a lock held elsewhere), then 503 after the 2 second timer',
    async () => {
      const db = createDatabase({ databaseUrl: process.env.DATABASE_URL, poolMax: 1 });
      const holder = createDatabase({ databaseUrl: process.env.DATABASE_URL, poolMax: 1 });
      const locked = await holder.transaction();
      try {
        await locked.raw('LOCK TABLE knex_migrations IN ACCESS EXCLUSIVE MODE');
        const { error, response, ms } = await readinessOver(db);

        expect(response.status).toBe(503);
        expect(error).toMatchObject({ type: '/problems/not-ready', detail: 'The database did not answer within 2 seconds.' });
        expect(ms).toBeGreaterThanOrEqual(1900);
        expect(ms).toBeLessThan(8000);
      } finally {
        await locked.rollback();
        await holder.destroy();
        await db.destroy();
      }
    },
  );

  test('when the database is unreachable, then /healthz still says the process is alive', async () => {
    const db = createDatabase({ databaseUrl: `postgres://postgres@127.0.0.1:${await freePort()}/nowhere`, poolMax: 1 });
    const app = await startAppOver(db);
    try {
      const { data, response } = await anonymousAt(app.url).GET('/healthz');

      expect(response.status).toBe(200);
      expect(data).toEqual({ status: 'ok' });
    } finally {
      await app.close();
      await db.destroy();
    }
  });
});
