import type { Knex } from 'knex';
import type { Logger } from 'pino';
import { idempotencyKeySweeper } from './idempotency-key-sweeper';
import type { Job } from './job';

export { type Job, startJobs } from './job';

/** Every instance's background jobs, in the order they start (and the reverse of the order they stop). */
export function backgroundJobs(db: Knex, logger: Logger): Job[] {
  return [idempotencyKeySweeper(db, logger)];
}
