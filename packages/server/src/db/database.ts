import { mkdirSync } from 'node:fs';
import { setTimeout } from 'node:timers/promises';
import knex, { type Knex } from 'knex';
import type { Logger } from 'pino';
import { lockDataDir } from './embedded-lock';
import { preparedStatementsOption } from './knex-connection';
import { migrationSource } from './migrations';

export interface DatabaseOptions {
  /** PostgreSQL connection string; without it an embedded PGlite database is used. */
  databaseUrl?: string | undefined;
  /** Directory of the embedded database; `undefined` keeps it in memory. */
  dataDir?: string | undefined;
  poolMax?: number;
  /**
   * Whether statements (db/statement.ts) are prepared once per connection, which saves
   * PostgreSQL parsing and planning them on every run; off behind a pooler that cannot keep
   * them (PgBouncer in transaction mode before 1.21). Not on the embedded database.
   */
  preparedStatements?: boolean;
  /** How its connections name themselves in `pg_stat_activity` (PostgreSQL only). */
  applicationName?: string;
  /** Where Knex's own warnings go, as JSON lines; without it (the scripts) they are dropped, the error itself being reported. */
  logger?: Logger;
}

/**
 * Knex's warnings and errors as one JSON line each, their first line only: by itself Knex
 * prints them to the console in plain text with a stack ("Acquire connection error: ..."),
 * in the middle of the JSON log. The error also reaches the request, which answers 503.
 */
function knexLog(logger: Logger | undefined): Knex.Config['log'] {
  const line = (level: 'warn' | 'error' | 'debug') => (message: unknown) => {
    const text = typeof message === 'string' ? message : message instanceof Error ? message.message : JSON.stringify(message);
    logger?.[level]({ source: 'knex' }, (text ?? '').split('\n')[0]!);
  };
  return { warn: line('warn'), error: line('error'), deprecate: line('warn'), debug: line('debug') };
}

export type Database = Knex;

/** How the webhook dispatcher's own connection names itself in `pg_stat_activity`, apart from the requests' pool. */
export const backgroundApplicationPrefix = 'dispositions-api webhook dispatcher';
export const backgroundApplicationName = `${backgroundApplicationPrefix}, pid ${process.pid}`;

/**
 * The embedded database's driver (PGlite), loaded only when it is asked for: it is an optional
 * dependency, which the production image (`pnpm deploy --no-optional`) leaves out.
 */
function embeddedDriver(): typeof import('./embedded-driver') {
  try {
    return require('./embedded-driver');
  } catch (error) {
    if ((error as { code?: string }).code === 'MODULE_NOT_FOUND' && /pglite/.test(String((error as Error).message))) {
      throw new Error('This build has no embedded database (the production image is for PostgreSQL): set DATABASE_URL.');
    }
    throw error;
  }
}

/** The databases `createDatabase` made embedded. */
const embeddedDatabases = new WeakSet<Knex>();

/**
 * How long opening a connection may take before the database counts as unreachable; every
 * request waiting for a connection is then answered 503 (`failWaitingWhenConnectingFails`).
 */
export const connectTimeoutMs = 1_500;

/**
 * How long a request waits for a connection while every one in the pool is busy: long
 * enough for a burst of writes queued on one lead's row lock (100 at once take about
 * 2 s on a loaded 2-core machine), after which it is answered 503.
 */
export const poolWaitMs = 5_000;

interface WaitingPool {
  on(event: 'createFail', handler: (eventId: number, error: Error) => void): void;
  /** tarn's queue of requests waiting for a connection (protected in its types). */
  pendingAcquires: { reject(error: Error): void }[];
}

/**
 * When a connection cannot be opened, fails every request waiting for one with that error,
 * so they all answer 503 at once. By itself Knex's pool (tarn, `propagateCreateError`)
 * fails only the first and opens a new connection for the next, so under load on a
 * database that never answers each waits one more handshake, up to `poolWaitMs`.
 */
function failWaitingWhenConnectingFails(db: Knex): void {
  const pool = db.client.pool as WaitingPool;
  pool.on('createFail', (_eventId, error) => {
    for (const waiting of [...pool.pendingAcquires]) waiting.reject(error);
  });
}

export function createDatabase(options: DatabaseOptions): Database {
  if (options.databaseUrl) {
    const db = knex({
      client: 'pg',
      // Give up on an unreachable database quickly, so requests answer 503 instead of hanging.
      connection: {
        connectionString: options.databaseUrl,
        connectionTimeoutMillis: connectTimeoutMs,
        ...(options.applicationName ? { application_name: options.applicationName } : {}),
      },
      pool: { min: 0, max: options.poolMax ?? 4 },
      acquireConnectionTimeout: poolWaitMs,
      log: knexLog(options.logger),
      [preparedStatementsOption]: options.preparedStatements ?? true,
    } as Knex.Config);
    failWaitingWhenConnectingFails(db);
    return db;
  }
  const log = knexLog(options.logger);
  const driver = embeddedDriver();
  if (!options.dataDir) return embedded(knex(driver.knexConfig(undefined, log)));
  mkdirSync(options.dataDir, { recursive: true });
  const release = lockDataDir(options.dataDir);
  const db = knex(driver.knexConfig(options.dataDir, log));
  // The lock goes when the database is closed; a process that dies first leaves a pid no
  // longer running, which the next process takes over.
  const client = db.client as { destroy(...args: unknown[]): Promise<void> };
  const destroy = client.destroy.bind(client);
  client.destroy = async (...args) => {
    try {
      await destroy(...args);
    } finally {
      release();
    }
  };
  return embedded(db);
}

function embedded(db: Knex): Knex {
  embeddedDatabases.add(db);
  return db;
}

export function isEmbedded(db: Database): boolean {
  return embeddedDatabases.has(db);
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
