import type { Knex } from 'knex';
import type { Logger } from 'pino';
import { pruneEvents } from '../repositories/change-events.repository';
import { type RetentionPruner, retentionPruner } from './retention-pruner';

/** Deletes change events older than `retentionDays` (`EVENT_RETENTION_DAYS`), every `everyMs`, in batches. */
export function changeEventPruner(db: Knex, logger: Logger, retentionDays: number, everyMs = 3_600_000): RetentionPruner {
  return retentionPruner(
    { name: 'change-event pruner', rows: 'change events' },
    (limit) => pruneEvents(db, retentionDays, limit),
    logger,
    retentionDays,
    everyMs,
  );
}
