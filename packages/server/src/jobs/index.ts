import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { ApiKeyCache } from '../services/api-key-cache';
import { apiKeyRevocationListener } from './api-key-revocations';
import { changeEventPruner } from './change-event-pruner';
import { idempotencyKeySweeper } from './idempotency-key-sweeper';
import type { Job } from './job';

export { type Job, startJobs } from './job';

/** Every instance's background jobs, in the order they start (and the reverse of the order they stop). */
export function backgroundJobs(db: Knex, logger: Logger, apiKeyCache: ApiKeyCache, eventRetentionDays = 30): Job[] {
  return [apiKeyRevocationListener(db, apiKeyCache, logger), idempotencyKeySweeper(db, logger), changeEventPruner(db, logger, eventRetentionDays)];
}
