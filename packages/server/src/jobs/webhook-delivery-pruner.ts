import type { Knex } from 'knex';
import type { Logger } from 'pino';
import { pruneFinishedDeliveries } from '../repositories/webhook-deliveries.repository';
import type { Job } from './job';

/** The most deliveries one delete takes, so that a prune never holds many locks or runs long beside requests. */
const batchSize = 5_000;

/**
 * Deletes webhook deliveries that are done (delivered or failed) and older than the events'
 * retention, every `everyMs`, in batches, as the change-event pruner does with their events.
 * Every instance may run it at any time: each batch is one statement. `stop` waits for a prune in flight.
 */
export function webhookDeliveryPruner(db: Knex, logger: Logger, retentionDays: number, everyMs = 3_600_000): Job & { prune(): Promise<number> } {
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const prune = async (): Promise<number> => {
    let total = 0;
    for (let deleted = batchSize; deleted === batchSize && !stopped; total += deleted) deleted = await pruneFinishedDeliveries(db, retentionDays, batchSize);
    if (total > 0) logger.info({ count: total, retentionDays }, 'pruned webhook deliveries past their retention');
    return total;
  };
  return {
    name: 'webhook-delivery pruner',
    prune,
    start() {
      timer = setInterval(() => {
        inFlight = prune().catch((error: unknown) => logger.warn({ err: error }, 'pruning webhook deliveries failed'));
      }, everyMs);
      timer.unref();
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await inFlight;
    },
  };
}
