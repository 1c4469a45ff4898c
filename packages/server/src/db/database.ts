import { mkdirSync } from 'node:fs';
import { setTimeout } from 'node:timers/promises';
import knex, { type Knex } from 'knex';
import ClientPgLite from 'knex-pglite';
import { migrationSource } from './migrations';

export interface DatabaseOptions {
  /** PostgreSQL connection string; without it an embedded PGlite database is used. */
  databaseUrl?: string | undefined;
  /** Directory of the embedded database; `undefined` keeps it in memory. */
  dataDir?: string | undefined;
  poolMax?: number;
}

export type Database = Knex;

/** How long a request waits for a database connection before it is answered 503. */
export const unavailableAfterMs = 1_500;

export function createDatabase(options: DatabaseOptions): Database {
  if (options.databaseUrl) {
    return knex({
      client: 'pg',
      // Give up on an unreachable database quickly, so requests answer 503 instead of hanging.
      connection: { connectionString: options.databaseUrl, connectionTimeoutMillis: unavailableAfterMs },
      pool: { min: 0, max: options.poolMax ?? 4 },
      acquireConnectionTimeout: unavailableAfterMs,
    });
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  return knex({
    client: ClientPgLite,
    dialect: 'postgres',
    connection: options.dataDir ? { filename: options.dataDir } : {},
  });
}

export function isEmbedded(db: Database): boolean {
  return db.client instanceof ClientPgLite;
}

/**
 * Brings the schema up to date. Instances starting together race for Knex's migration
 * lock: the losers wait for the winner instead of failing.
 */
export async function migrateToLatest(db: Database): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const [, pending] = await db.migrate.list({ migrationSource });
    if (pending.length === 0) return;
    try {
      await db.migrate.latest({ migrationSource });
      return;
    } catch (error) {
      if ((error as Error).name !== 'MigrationLocked' || attempt >= 120) throw error;
      await setTimeout(500);
    }
  }
}

export async function rollbackAll(db: Database): Promise<void> {
  await db.migrate.rollback({ migrationSource }, true);
}
