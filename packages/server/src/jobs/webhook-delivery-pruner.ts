import type { Knex } from 'knex';
import type { Logger } from 'pino';
import { pruneFinishedDeliveries } from '../repositories/webhook-deliveries.repository';
import { type RetentionPruner, retentionPruner } from './retention-pruner';

/**
 * Deletes webhook deliveries that are done (delivered or failed) and older than the events'
 * retention, every `everyMs`, in batches; pending ones stay.
 */
export function webhookDeliveryPruner(db: Knex, logger: Logger, retentionDays: number, everyMs = 3_600_000): RetentionPruner {
  return retentionPruner(
    { name: 'webhook-delivery pruner', rows: 'webhook deliveries' },
    (limit) => pruneFinishedDeliveries(db, retentionDays, limit),
    logger,
    retentionDays,
    everyMs,
  );
}
