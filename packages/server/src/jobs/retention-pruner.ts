import type { Logger } from 'pino';
import { type Job, periodically } from './job';

/** The most rows one delete takes, so that a prune never holds many locks or runs long beside requests. */
const batchSize = 5_000;

export interface RetentionPruner extends Job {
  /** Deletes what is past its retention now, batch by batch; answers how many rows went. */
  prune(): Promise<number>;
}

/**
 * Deletes rows past their retention every `everyMs`, in batches of one statement each
 * (`deleteBatch` deletes at most `limit` rows and answers how many), until a batch comes back
 * short. Every instance may run it at any time. `stop` ends the batches and waits for the one in flight.
 */
export function retentionPruner(
  what: { name: string; rows: string },
  deleteBatch: (limit: number) => Promise<number>,
  logger: Logger,
  retentionDays: number,
  everyMs: number,
): RetentionPruner {
  let stopped = false;
  const prune = async (): Promise<number> => {
    let total = 0;
    for (let deleted = batchSize; deleted === batchSize && !stopped; total += deleted) deleted = await deleteBatch(batchSize);
    if (total > 0) logger.info({ count: total, retentionDays }, `pruned ${what.rows} past their retention`);
    return total;
  };
  const timer = periodically(everyMs, prune, (error) => logger.warn({ err: error }, `pruning ${what.rows} failed`));
  return {
    name: what.name,
    prune,
    start: timer.start,
    async stop() {
      stopped = true;
      await timer.stop();
    },
  };
}
