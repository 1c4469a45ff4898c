import { createHash } from 'node:crypto';
import type { Knex } from 'knex';

// Knex has no public way to run SQL it has already compiled (numbered parameters and all)
// through its own connection handling. These are the internals Knex itself runs every query
// through (Client#acquireConnection, Client#query(connection, { sql, bindings, options })
// resolving to `{ response }`, Client#releaseConnection, and the pg driver's options passed
// on to pg's query config), and pg's record of the statements a connection has prepared
// (`connection.parsedStatements`), kept to this file: test/db/knex-connection.test.ts fails
// when a Knex or pg upgrade changes them.

interface KnexClientInternals {
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): Promise<unknown>;
  query(connection: unknown, query: { sql: string; bindings: readonly unknown[]; options?: { name: string } }): Promise<{ response: { rows: unknown[] } }>;
}

/** pg's client: its protocol connection remembers which named statements the server has parsed. */
interface PgClientInternals {
  connection?: { parsedStatements?: Record<string, string> };
}

/**
 * The name a statement is prepared under on each connection: from its SQL, so the same text
 * always has the same name and different texts never share one.
 */
export function preparedStatementName(sql: string): string {
  return `s_${createHash('sha256').update(sql).digest('hex').slice(0, 32)}`;
}

/**
 * Whether PostgreSQL refused a prepared statement because a table it reads changed shape
 * since it was prepared (a migration added a column that `select *` returns): the statement
 * must be prepared again.
 */
export function isStalePreparedStatement(error: unknown): boolean {
  return (error as { code?: string }).code === '0A000' && /cached plan must not change result type/.test(String((error as Error).message));
}

/** The key of Knex's configuration that `createDatabase` sets when statements are to be prepared (PostgreSQL's driver only). */
export const preparedStatementsOption = 'preparedStatements';

/** Whether `db` (or the database of the transaction `db` is) prepares its statements. */
export function preparesStatements(db: Knex): boolean {
  return (db.client.config as Record<string, unknown>)[preparedStatementsOption] === true;
}

/**
 * The most statements one connection keeps prepared. A write's SQL follows which fields a
 * request sends, so callers could make very many; past this the connection drops them all
 * (one DEALLOCATE ALL) and prepares again what runs next, so a server's memory stays bounded.
 */
export const preparedPerConnection = 200;

/** What this process has prepared on each connection, and which of those were found stale. */
const preparedOn = new WeakMap<object, { prepared: Set<string>; stale: Set<string> }>();

/** Makes room for `name` on the connection: deallocates it when it went stale, or everything when the connection holds too many. */
async function makeRoomFor(client: KnexClientInternals, connection: unknown, name: string): Promise<void> {
  const state = preparedOn.get(connection as object) ?? { prepared: new Set<string>(), stale: new Set<string>() };
  preparedOn.set(connection as object, state);
  const parsed = (connection as PgClientInternals).connection?.parsedStatements;
  if (state.stale.delete(name)) {
    await client.query(connection, { sql: `DEALLOCATE "${name}"`, bindings: [] });
    state.prepared.delete(name);
    if (parsed) delete parsed[name];
  }
  if (state.prepared.has(name)) return;
  if (state.prepared.size >= preparedPerConnection) {
    await client.query(connection, { sql: 'DEALLOCATE ALL', bindings: [] });
    for (const dropped of state.prepared) if (parsed) delete parsed[dropped];
    state.prepared.clear();
  }
  state.prepared.add(name);
}

/**
 * Runs compiled SQL on the pool's connection, or the transaction's when `db` is one, with
 * Knex's `query` events, errors and pool time-outs as for any query; returns the rows. With
 * `prepareAs`, the statement is prepared once per connection under that name (PostgreSQL then
 * skips parsing it, and planning it once its generic plan is as good). A prepared statement
 * gone stale is prepared again: at once outside a transaction; inside one, which the error
 * has aborted, when `transaction` runs it again (it retries on `isStalePreparedStatement`).
 */
export async function runCompiled(db: Knex, sql: string, bindings: readonly unknown[], prepareAs?: string): Promise<unknown[]> {
  const client = db.client as KnexClientInternals;
  const connection = await client.acquireConnection();
  try {
    for (let attempt = 1; ; attempt++) {
      if (prepareAs) await makeRoomFor(client, connection, prepareAs);
      try {
        const { response } = await client.query(connection, { sql, bindings, ...(prepareAs ? { options: { name: prepareAs } } : {}) });
        return response.rows;
      } catch (error) {
        if (!prepareAs || !isStalePreparedStatement(error)) throw error;
        preparedOn.get(connection as object)?.stale.add(prepareAs);
        if (db.isTransaction || attempt > 1) throw error;
      }
    }
  } finally {
    await client.releaseConnection(connection);
  }
}
