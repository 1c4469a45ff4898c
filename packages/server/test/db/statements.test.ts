import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { statement } from '../../src/db/statement';
import { startTestServer, type TestServer } from '../support/test-server';

// Statements built by Knex once per shape (db/statement.ts), run against the real database:
// every call binds its own values, each shape gets the SQL Knex builds for it, and they run
// on the transaction's connection when given one.

let server: TestServer;
let db: Knex;

interface Business {
  id: string;
  name: string;
}

const byName = statement<{ name: string | null }>((knex, { name }) => knex('businesses').select('id', 'name').where({ name }).first());
const byIds = statement<{ ids: string[] }>((knex, { ids }) => knex('businesses').select('id', 'name').whereIn('id', ids).orderBy('name'));
const inserting = statement<{ id: string; name: string; created_at?: unknown }>((knex, row) =>
  knex('businesses').insert(row).returning(['id', 'name', 'created_at']),
);

async function insertBusinesses(count: number): Promise<Business[]> {
  const rows = Array.from({ length: count }, (_row, n) => ({ id: randomUUID(), name: `Statement business ${n} ${randomUUID()}` }));
  await db('businesses').insert(rows);
  return rows;
}

/** The statements the database was sent while `work` ran. */
async function sentDuring(work: () => Promise<unknown>): Promise<{ sql: string; bindings: unknown[] }[]> {
  const sent: { sql: string; bindings: unknown[] }[] = [];
  const capture = ({ sql, bindings }: { sql: string; bindings: unknown[] }) => sent.push({ sql, bindings });
  db.on('query', capture);
  try {
    await work();
  } finally {
    db.off('query', capture);
  }
  return sent;
}

beforeAll(async () => {
  server = await startTestServer();
  db = server.db;
});

afterAll(async () => {
  await server?.close();
});

test('when a statement runs again and again, then each call gets the rows of its own values', async () => {
  const businesses = await insertBusinesses(5);
  for (const business of [...businesses, ...businesses.reverse()]) {
    expect(await byName.first<Business>(db, { name: business.name })).toEqual(business);
  }
  expect(await byName.first(db, { name: `No such business ${randomUUID()}` })).toBeUndefined();
});

test('when a statement runs, then it sends the SQL and values Knex builds for the same call', async () => {
  const [business] = await insertBusinesses(1);
  const sent = await sentDuring(() => byName.first(db, { name: business!.name }));
  const built = db('businesses').select('id', 'name').where({ name: business!.name }).first().toSQL().toNative();
  expect(sent).toEqual([{ sql: built.sql, bindings: built.bindings }]);
});

test('when a value is null, then the statement has the SQL of a null (is null) and the next call with a value has its own', async () => {
  const [business] = await insertBusinesses(1);
  const [whenNull] = await sentDuring(() => byName.first(db, { name: null }));
  expect(whenNull!.sql).toMatch(/"name" is null/);
  expect(await byName.first(db, { name: null })).toBeUndefined();
  expect(await byName.first<Business>(db, { name: business!.name })).toEqual(business);
});

test('when lists differ in length, then each length has its own SQL and every item is bound', async () => {
  const businesses = (await insertBusinesses(4)).sort((a, b) => a.name.localeCompare(b.name));
  for (let length = 1; length <= 4; length++) {
    const wanted = businesses.slice(0, length);
    expect(await byIds.rows<Business>(db, { ids: wanted.map((business) => business.id) })).toEqual(wanted);
  }
  expect(await byIds.rows<Business>(db, { ids: [businesses[3]!.id] })).toEqual([businesses[3]]);
});

test('when a value is an SQL expression or left out, then the SQL is the one Knex builds for it, and a plain value is bound', async () => {
  const returning = ['id', 'name', 'created_at'];
  for (const created_at of [db.fn.now(), undefined, new Date('2026-02-03T04:05:06.000Z')]) {
    const row = { id: randomUUID(), name: `Created ${randomUUID()}`, created_at };
    let inserted: { created_at: Date }[] = [];
    const [sent] = await sentDuring(async () => {
      inserted = await inserting.rows(db, row);
    });
    const built = db('businesses').insert(row).returning(returning).toSQL().toNative();
    expect(sent).toEqual({ sql: built.sql, bindings: built.bindings });
    expect(inserted[0]!.created_at).toBeInstanceOf(Date);
    if (created_at instanceof Date) expect(inserted[0]!.created_at.toISOString()).toBe(created_at.toISOString());
  }
});

test('when the same SQL expression comes again (a new db.fn.now() each call), then the statement is built once, not once per call', async () => {
  let builds = 0;
  const stamped = statement<{ id: string; name: string; created_at: unknown }>((knex, row) => {
    builds += 1;
    return knex('businesses').insert(row).returning(['id']);
  });
  for (let call = 0; call < 5; call++) await stamped.rows(db, { id: randomUUID(), name: `Stamped ${randomUUID()}`, created_at: db.fn.now() });
  // Once with stand-ins, and once more with the real values outside production (the shape check).
  expect(builds).toBeLessThanOrEqual(2);
});

test('when given a transaction, then the statement runs on its connection: it sees the uncommitted row, which a rollback takes away', async () => {
  const name = `In a transaction ${randomUUID()}`;
  const id = randomUUID();
  await db
    .transaction(async (trx) => {
      await inserting.rows(trx, { id, name });
      expect(await byName.first<Business>(trx, { name })).toEqual({ id, name });
      throw new Error('roll back');
    })
    .catch((error: Error) => expect(error.message).toBe('roll back'));
  expect(await byName.first(db, { name })).toBeUndefined();
});

test('when callers make more shapes than a statement keeps, then every shape still gets its own SQL and rows', async () => {
  const businesses = await insertBusinesses(2);
  // Each shape is the same lookup with another value beside it, which the SQL leaves out.
  const manyShapes = statement<Record<string, string>>((knex, values) => knex('businesses').select('id', 'name').where({ name: values.name }).first());
  for (let round = 0; round < 2; round++) {
    for (let shape = 0; shape < 600; shape++) {
      const business = businesses[shape % 2]!;
      expect(await manyShapes.first<Business>(db, { name: business.name, [`unused${shape}`]: 'x' })).toEqual(business);
    }
  }
});

test('when a value would end up inside the SQL text rather than bound, then the statement refuses to run, naming the SQL', async () => {
  const inlined = statement<{ name: string }>((knex, { name }) => knex.raw(`select '${name}' as name`));
  await expect(inlined.rows(db, { name: 'x' })).rejects.toThrow(/ended up in its SQL rather than in a binding: select/);
});

test('when a builder decides on a value rather than only binding it, then its first call throws, naming both SQLs', async () => {
  // Adds the archived test only for `false`: with the stand-in it never would, so every shape
  // would silently list archived statuses too. The type forbids the comparison as written.
  const listing = statement<{ businessId: string; includeArchived: boolean }>((knex, { businessId, includeArchived }) => {
    const query = knex('lead_statuses').select('id').where({ business_id: businessId });
    // @ts-expect-error a stand-in is opaque: a builder cannot compare it with a value
    if (includeArchived === false) query.where({ is_archived: false });
    return query;
  });
  await expect(listing.rows(db, { businessId: randomUUID(), includeArchived: false })).rejects.toThrow(
    /decided on a value[\s\S]*With stand-ins: select "id" from "lead_statuses" where "business_id" = \$1 With the values: select "id" from "lead_statuses" where "business_id" = \$1 and "is_archived" = \$2/,
  );
});

test('when what the SQL depends on is in the structure, then each structure gets its own SQL and the check passes', async () => {
  const listing = statement<{ businessId: string }, { includeArchived: boolean }>((knex, { businessId }, { includeArchived }) => {
    const query = knex('lead_statuses').select('id').where({ business_id: businessId });
    if (!includeArchived) query.where({ is_archived: false });
    return query;
  });
  const sent = await sentDuring(async () => {
    await listing.rows(db, { businessId: randomUUID() }, { includeArchived: false });
    await listing.rows(db, { businessId: randomUUID() }, { includeArchived: true });
  });
  expect(sent.map(({ sql }) => sql)).toEqual([
    'select "id" from "lead_statuses" where "business_id" = $1 and "is_archived" = $2',
    'select "id" from "lead_statuses" where "business_id" = $1',
  ]);
});
