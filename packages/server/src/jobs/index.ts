import type { Knex } from 'knex';
import type { Logger } from 'pino';
import { defaultWebhookSettings, type WebhookSettings } from '../config';
import type { ApiKeyCache } from '../services/api-key-cache';
import { apiKeyRevocationListener } from './api-key-revocations';
import { changeEventPruner } from './change-event-pruner';
import { followUpEventsJob } from './follow-up-events';
import { idempotencyKeySweeper } from './idempotency-key-sweeper';
import type { Job } from './job';
import { webhookDeliveryPruner } from './webhook-delivery-pruner';
import { type WebhookDispatcherMetrics, webhookDispatcher } from './webhook-dispatcher';

export { type Job, startJobs } from './job';

/** Every instance's background jobs, in the order they start (and the reverse of the order they stop). */
export function backgroundJobs(
  db: Knex,
  logger: Logger,
  apiKeyCache: ApiKeyCache,
  eventRetentionDays = 30,
  webhooks: { settings?: WebhookSettings; metrics?: WebhookDispatcherMetrics; db?: Knex } = {},
  followUpEventsIntervalMs?: number,
): Job[] {
  return [
    apiKeyRevocationListener(db, apiKeyCache, logger),
    idempotencyKeySweeper(db, logger),
    changeEventPruner(db, logger, eventRetentionDays),
    webhookDeliveryPruner(db, logger, eventRetentionDays),
    webhookDispatcher(webhooks.db ?? db, logger, webhooks.settings ?? defaultWebhookSettings, webhooks.metrics),
    // On the background connection too: its passes are short, and never queue requests behind them.
    followUpEventsJob(webhooks.db ?? db, logger, followUpEventsIntervalMs),
  ];
}
