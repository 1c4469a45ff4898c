import type { Knex } from 'knex';

// Knex has no public way to run SQL it has already compiled (numbered parameters and all)
// through its own connection handling. These are the internals Knex itself runs every query
// through (Client#acquireConnection, Client#query(connection, { sql, bindings }) resolving
// to `{ response }`, Client#releaseConnection), kept to this file: test/db/knex-connection.test.ts
// fails when a Knex upgrade changes them.

interface KnexClientInternals {
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): Promise<unknown>;
  query(connection: unknown, query: { sql: string; bindings: readonly unknown[] }): Promise<{ response: { rows: unknown[] } }>;
}

/**
 * Runs compiled SQL on the pool's connection, or the transaction's when `db` is one, with
 * Knex's `query` events, errors and pool time-outs as for any query; returns the rows.
 */
export async function runCompiled(db: Knex, sql: string, bindings: readonly unknown[]): Promise<unknown[]> {
  const client = db.client as KnexClientInternals;
  const connection = await client.acquireConnection();
  try {
    const { response } = await client.query(connection, { sql, bindings });
    return response.rows;
  } finally {
    await client.releaseConnection(connection);
  }
}
