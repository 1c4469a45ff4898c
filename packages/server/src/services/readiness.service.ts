import type { Knex } from 'knex';
import { migrationSource } from '../db/migrations';
import { appliedMigrationNames } from '../repositories/migrations.repository';

export type Readiness = { ready: true } | { ready: false; reason: string; cause?: unknown };

/** How long the readiness check waits for the database. */
export const readinessTimeoutMs = 2000;

async function inspect(db: Knex): Promise<Readiness> {
  let applied: string[];
  try {
    applied = await appliedMigrationNames(db);
  } catch (cause) {
    return { ready: false, reason: 'The database is unreachable.', cause };
  }
  const pending = (await migrationSource.getMigrations([])).filter((name) => !applied.includes(name));
  if (pending.length === 0) return { ready: true };
  const count = pending.length === 1 ? '1 migration is pending' : `${pending.length} migrations are pending`;
  return { ready: false, reason: `${count} (${pending.join(', ')}): run \`pnpm db:migrate\`.` };
}

/**
 * Whether this instance can serve requests: the database answers and has every migration
 * this server knows. Gives up after `timeoutMs`, so a hanging database cannot hang the
 * probe (the query left behind ends with the pool's own timeouts).
 */
export async function checkReadiness(db: Knex, timeoutMs = readinessTimeoutMs): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<Readiness>((resolve) => {
    timer = setTimeout(() => resolve({ ready: false, reason: `The database did not answer within ${timeoutMs / 1000} seconds.` }), timeoutMs);
  });
  try {
    return await Promise.race([inspect(db), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
