import type { Knex } from 'knex';
import { createDatabase } from '../../src/db/database';
import { preparedPerConnection, preparedStatementName, preparesStatements, runCompiled } from '../../src/db/knex-connection';
import { transaction } from '../../src/db/transaction';
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

describe('when statements are prepared (PostgreSQL)', () => {
  const onPostgres = process.env.DATABASE_URL ? test : test.skip;
  let single: Knex;
  const table = `prepared_${process.pid}`;
  const prepared = async (on: Knex) =>
    (await runCompiled(on, 'select name from pg_prepared_statements order by name', [])).map((row) => (row as { name: string }).name);

  beforeAll(async () => {
    if (!process.env.DATABASE_URL) return;
    // One connection, so that each run below finds what the one before it prepared.
    single = createDatabase({ databaseUrl: process.env.DATABASE_URL, poolMax: 1, preparedStatements: true });
    await single.raw(`create table ${table} (a int)`);
    await single.raw(`insert into ${table} values (1)`);
  });
  afterAll(async () => {
    if (!single) return;
    await single.raw(`drop table if exists ${table}`);
    await single.destroy();
  });

  onPostgres('then the server keeps it under its name, and pg remembers it parsed it', async () => {
    const sql = 'select $1::int * 2 as twice';
    const name = preparedStatementName(sql);
    expect(await runCompiled(single, sql, [21], name)).toEqual([{ twice: 42 }]);
    expect(await runCompiled(single, sql, [4], name)).toEqual([{ twice: 8 }]);
    expect(await prepared(single)).toContain(name);
    const client = single.client as {
      acquireConnection(): Promise<{ connection: { parsedStatements: Record<string, string> } }>;
      releaseConnection(c: unknown): Promise<void>;
    };
    const connection = await client.acquireConnection();
    try {
      expect(connection.connection.parsedStatements[name]).toBe(sql);
    } finally {
      await client.releaseConnection(connection);
    }
    expect(preparesStatements(single)).toBe(true);
    expect(preparesStatements(db)).toBe(true);
  });

  onPostgres('then a table that changes shape under it (a migration) does not fail it, inside a transaction or not', async () => {
    const sql = `select * from ${table} where a = $1`;
    const name = preparedStatementName(sql);
    expect(await runCompiled(single, sql, [1], name)).toEqual([{ a: 1 }]);
    await single.raw(`alter table ${table} add column b text default 'x'`);
    expect(await runCompiled(single, sql, [1], name)).toEqual([{ a: 1, b: 'x' }]);
    await single.raw(`alter table ${table} add column c int default 3`);
    expect(await transaction(single, (trx) => runCompiled(trx, sql, [1], name))).toEqual([{ a: 1, b: 'x', c: 3 }]);
  });

  onPostgres('then a connection keeps at most so many, dropping them all when it would hold more', async () => {
    for (let i = 0; i <= preparedPerConnection + 5; i++) {
      const sql = `select $1::int + ${i} as n`;
      expect(await runCompiled(single, sql, [1], preparedStatementName(sql))).toEqual([{ n: 1 + i }]);
    }
    const held = await prepared(single);
    expect(held.length).toBeLessThanOrEqual(preparedPerConnection);
    expect(held.length).toBeGreaterThan(0);
  });
});
