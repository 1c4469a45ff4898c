import type { Knex } from 'knex';
import { runCompiled } from '../../src/db/knex-connection';
import { startTestServer, type TestServer } from '../support/test-server';

// db/knex-connection.ts runs compiled SQL through Knex internals that are not public API.
// These tests hold each of them to what the statements rely on, so that a Knex upgrade that
// changes them fails here, loudly, rather than in production.

let server: TestServer;
let db: Knex;

beforeAll(async () => {
  server = await startTestServer();
  db = server.db;
});

afterAll(async () => {
  await server?.close();
});

test('when compiled SQL runs, then its numbered parameters are bound and its rows come back', async () => {
  expect(await runCompiled(db, 'select $1::int + $2::int as sum, $3::text as name', [2, 3, 'x'])).toEqual([{ sum: 5, name: 'x' }]);
});

test('when it runs in a transaction, then it runs on the transaction connection and sees its uncommitted rows', async () => {
  const name = `Knex internals ${Date.now()}`;
  await db
    .transaction(async (trx) => {
      await trx('businesses').insert({ id: '00000000-0000-4000-8000-00000000abcd', name });
      expect(await runCompiled(trx, 'select name from businesses where name = $1', [name])).toEqual([{ name }]);
      await trx.rollback();
    })
    .catch(() => undefined);
  expect(await runCompiled(db, 'select name from businesses where name = $1', [name])).toEqual([]);
});

test('when it runs, then Knex emits its query event with the SQL and bindings', async () => {
  const seen: { sql: string; bindings: unknown[] }[] = [];
  const listener = (query: { sql: string; bindings: unknown[] }) => seen.push({ sql: query.sql, bindings: query.bindings });
  db.on('query', listener);
  try {
    await runCompiled(db, 'select $1::text as marker', ['knex-internals']);
  } finally {
    db.off('query', listener);
  }
  expect(seen).toContainEqual({ sql: 'select $1::text as marker', bindings: ['knex-internals'] });
});

test('when the SQL fails, then the error is PostgreSQL error with its SQLSTATE, and the connection goes back to the pool', async () => {
  await expect(runCompiled(db, 'select 1 / $1::int', [0])).rejects.toMatchObject({ code: '22012' });
  // More runs than the pool has connections: each went back, or these would wait for the pool's time-out.
  for (let run = 0; run < 20; run++) await expect(runCompiled(db, 'select 1 / $1::int', [0])).rejects.toMatchObject({ code: '22012' });
  expect(await runCompiled(db, 'select 1 as one', [])).toEqual([{ one: 1 }]);
});
