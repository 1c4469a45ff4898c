import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { WebhookSettings } from './config';
import type { ApiKeyCache } from './services/api-key-cache';
import type { AttemptResult } from './services/webhook-deliveries.service';

/** What every route needs, built once at start-up. */
export interface AppContext {
  db: Knex;
  logger: Logger;
  /** Signs continuation tokens; shared by every instance through the database. */
  tokenSecret: string;
  validateResponses: boolean;
  /** Browser origins allowed to call the API (CORS); none when empty or left out. */
  corsOrigins?: readonly string[];
  /** Requests a minute per API key (or client address, without a valid key) in this instance; 0 or left out means no limit. */
  rateLimitPerMinute?: number;
  /** Active API keys this instance has seen; without it every request looks its key up. */
  apiKeyCache?: ApiKeyCache;
  /** /metrics is served on a port of its own (METRICS_PORT): the API's port answers it 404. */
  metricsApart?: boolean;
  /** Express's `trust proxy`: which proxies may name the client's address; none when left out. */
  trustProxy?: number | string;
  /** How webhooks are delivered; the defaults when left out. */
  webhooks?: WebhookSettings;
  /** Counts a webhook attempt's result (/metrics), for the attempts a request makes (the test endpoint). */
  countWebhookAttempt?: (result: AttemptResult) => void;
}
