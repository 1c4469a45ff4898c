import type { Knex } from 'knex';
import type { Logger } from 'pino';
import { purgeExpiredIdempotencyKeys } from '../services/idempotency.service';
import { type Job, periodically } from './job';

/**
 * Forgets idempotency keys past their retention, every `everyMs`. Every instance may run it
 * at any time: the delete is one statement. `stop` waits for a sweep in flight.
 */
export function idempotencyKeySweeper(db: Knex, logger: Logger, everyMs = 3_600_000): Job & { sweep(): Promise<number> } {
  const sweep = async (): Promise<number> => {
    const count = await purgeExpiredIdempotencyKeys(db);
    if (count > 0) logger.info({ count }, 'purged expired idempotency keys');
    return count;
  };
  return {
    name: 'idempotency-key sweeper',
    sweep,
    ...periodically(everyMs, sweep, (error) => logger.warn({ err: error }, 'purging expired idempotency keys failed')),
  };
}
