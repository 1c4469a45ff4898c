import path from 'node:path';
import { bool, cleanEnv, EnvError, makeValidator, num, port, str, url } from 'envalid';
import express from 'express';
import { defaultDisableAfterSeconds, defaultRetrySchedule, parseDurationSeconds, parseRetrySchedule } from './webhooks/retry-schedule';
import { defaultWebhookTimeoutMs } from './webhooks/sender';

/** The repository root: the default embedded data directory lives under it. */
export const repoRoot = path.resolve(__dirname, '../../..');

export class ConfigError extends Error {}

export interface Config {
  port: number;
  /** When set, /metrics is served on this port alone (not on `port`), so it never shares the public listener. */
  metricsPort?: number | undefined;
  /** PostgreSQL connection string; when unset the embedded PGlite database is used. */
  databaseUrl: string | undefined;
  /** Where the embedded database keeps its files; undefined keeps it in memory (tests). */
  dataDir: string | undefined;
  /** Whether the embedded database was asked for (EMBEDDED_DATABASE=true), as it must be when DATABASE_URL is unset. */
  embeddedDatabase?: boolean;
  dbPoolMax: number;
  /** Whether statements are prepared per connection on PostgreSQL (off behind PgBouncer in transaction mode before 1.21); on when left out. */
  preparedStatements?: boolean;
  logLevel: string;
  nodeEnv: string;
  /** Responses are checked against the spec in development and test only. */
  validateResponses: boolean;
  /** Browser origins allowed to call the API (CORS); none when empty or left out. */
  corsOrigins?: string[];
  /** Requests a minute per API key (or client address, without a valid key) in each instance; 0 turns the limit off. */
  rateLimitPerMinute?: number;
  /** Which proxies in front may name the client in X-Forwarded-For: how many, or their addresses. */
  trustProxy?: number | string;
  /** How many days change events are kept before the pruner deletes them (at least 1). */
  eventRetentionDays?: number;
  /** How often each instance looks for follow-ups due or missed (FOLLOW_UP_EVENTS_INTERVAL); `defaultFollowUpEventsIntervalMs` when left out. */
  followUpEventsIntervalMs?: number;
  /** How webhooks are delivered; the defaults (`defaultWebhookSettings`) when left out. */
  webhooks?: Partial<WebhookSettings>;
  /** Shorter HTTP timeouts than `httpTimeouts` in server.ts, for tests; not read from the environment. */
  httpTimeouts?: { headersMs: number; requestMs: number; checkEveryMs: number };
}

/** How webhooks are delivered (WEBHOOK_* in the environment). */
export interface WebhookSettings {
  /** Seconds before each attempt (WEBHOOK_RETRY_SCHEDULE); the first is the first attempt's. */
  retrySchedule: readonly number[];
  /** An endpoint without a success for this long is disabled (WEBHOOK_DISABLE_AFTER). */
  disableAfterSeconds: number;
  /** http and private, loopback and link-local addresses allowed (WEBHOOK_ALLOW_PRIVATE_URLS): development and tests only. */
  allowPrivateUrls: boolean;
  /** How long one attempt may take, its answer's body included. */
  timeoutMs: number;
  /** How often the dispatcher looks for work when no notification wakes it. */
  pollMs: number;
  /** How many attempts one instance has in flight at once: enough that receivers hanging until the timeout leave room for the others. */
  concurrency: number;
}

export const defaultWebhookSettings: WebhookSettings = {
  retrySchedule: defaultRetrySchedule,
  disableAfterSeconds: defaultDisableAfterSeconds,
  allowPrivateUrls: false,
  timeoutMs: defaultWebhookTimeoutMs,
  pollMs: 5_000,
  concurrency: 64,
};

/** Follow-up events are recorded at most this late, by default: a few seconds, at a statement or two per instance per pass. */
export const defaultFollowUpEventsIntervalMs = 5_000;

/** The webhook settings of a configuration, the defaults filled in. */
export function webhookSettingsOf(config: Pick<Config, 'webhooks'>): WebhookSettings {
  return { ...defaultWebhookSettings, ...config.webhooks };
}

const retrySchedule = makeValidator<number[]>((input) => {
  try {
    return parseRetrySchedule(input);
  } catch (error) {
    throw new EnvError((error as Error).message);
  }
});

const durationSeconds = makeValidator<number>((input) => {
  try {
    return parseDurationSeconds(input);
  } catch (error) {
    throw new EnvError((error as Error).message);
  }
});

/**
 * A comma-separated list of browser origins, each exactly as a browser sends it in
 * `Origin`: http or https, host, optional port, nothing after (https://app.example.com).
 */
const origins = makeValidator<string[]>((input) => {
  const list = input
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  for (const origin of list) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin) {
      throw new EnvError(
        `${JSON.stringify(origin)} is not an origin as a browser sends it: give comma-separated http(s) origins, no path or trailing slash, like https://app.example.com`,
      );
    }
  }
  return list;
});

/**
 * The proxies in front whose `X-Forwarded-For` names the client: their number (`1` behind one
 * load balancer) or their addresses and subnets (`loopback, 10.0.0.0/8`), as Express's
 * `trust proxy` takes them. Express itself checks the addresses.
 */
const trustedProxies = makeValidator<number | string>((input) => {
  const value = /^\d+$/.test(input.trim()) ? Number(input) : input;
  try {
    express().set('trust proxy', value);
  } catch {
    throw new EnvError(`${JSON.stringify(input)} is neither a number of proxies nor a list of their addresses and subnets, like 1 or loopback, 10.0.0.0/8`);
  }
  return value;
});

/** Reads the configuration from the environment; a bad value throws one line naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`DATABASE_URL=`) means unset, as it does in most deploy tooling.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const clean = cleanEnv(
    present,
    {
      PORT: port({ default: 3000, desc: 'HTTP port' }),
      METRICS_PORT: port({ default: undefined, desc: 'a port of its own for /metrics' }),
      DATABASE_URL: url({ default: undefined, desc: 'PostgreSQL connection string' }),
      EMBEDDED_DATABASE: bool({ default: false, desc: 'run on the embedded database when DATABASE_URL is unset' }),
      DATA_DIR: str({ default: path.join(repoRoot, '.data', 'pglite'), desc: 'embedded database directory' }),
      DB_POOL_MAX: num({ default: 4, desc: 'PostgreSQL pool size' }),
      DB_PREPARED_STATEMENTS: bool({ default: true, desc: 'prepare statements once per PostgreSQL connection' }),
      LOG_LEVEL: str({ default: 'info', choices: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] }),
      NODE_ENV: str({ default: 'production', choices: ['production', 'development', 'test'] }),
      CORS_ORIGINS: origins({ default: [], desc: 'browser origins allowed to call the API' }),
      RATE_LIMIT_PER_MINUTE: num({ default: 6000, desc: 'requests a minute per API key, per instance; 0 turns it off' }),
      TRUST_PROXY: trustedProxies({ default: undefined, desc: 'the proxies whose X-Forwarded-For names the client' }),
      EVENT_RETENTION_DAYS: num({ default: 30, desc: 'days change events are kept' }),
      FOLLOW_UP_EVENTS_INTERVAL: durationSeconds({
        default: defaultFollowUpEventsIntervalMs / 1000,
        desc: 'how often each instance looks for follow-ups due or missed',
      }),
      WEBHOOK_RETRY_SCHEDULE: retrySchedule({ default: [...defaultRetrySchedule], desc: 'seconds before each webhook attempt, comma-separated' }),
      WEBHOOK_DISABLE_AFTER: durationSeconds({ default: defaultDisableAfterSeconds, desc: 'how long an endpoint may fail before it is disabled' }),
      WEBHOOK_ALLOW_PRIVATE_URLS: bool({ default: false, desc: 'allow http and private addresses for webhooks: never in production' }),
    },
    {
      reporter: ({ errors }) => {
        const names = Object.keys(errors) as (keyof typeof errors)[];
        if (names.length === 0) return;
        const details = names.map((name) => `${name} (${errors[name]?.message ?? 'invalid'})`);
        throw new ConfigError(`Invalid configuration: ${details.join(', ')}`);
      },
    },
  );
  if (!Number.isInteger(clean.DB_POOL_MAX) || clean.DB_POOL_MAX < 1 || clean.DB_POOL_MAX > 100) {
    throw new ConfigError('Invalid configuration: DB_POOL_MAX (must be an integer from 1 to 100)');
  }
  if (!Number.isInteger(clean.RATE_LIMIT_PER_MINUTE) || clean.RATE_LIMIT_PER_MINUTE < 0) {
    throw new ConfigError('Invalid configuration: RATE_LIMIT_PER_MINUTE (must be a whole number, 0 for no limit)');
  }
  if (!Number.isInteger(clean.EVENT_RETENTION_DAYS) || clean.EVENT_RETENTION_DAYS < 1) {
    throw new ConfigError('Invalid configuration: EVENT_RETENTION_DAYS (must be a whole number of days, at least 1)');
  }
  if (clean.METRICS_PORT !== undefined && clean.METRICS_PORT === clean.PORT) {
    throw new ConfigError('Invalid configuration: METRICS_PORT (must differ from PORT: it keeps /metrics off the public port)');
  }
  return {
    port: clean.PORT,
    metricsPort: clean.METRICS_PORT,
    databaseUrl: clean.DATABASE_URL,
    dataDir: clean.DATA_DIR,
    embeddedDatabase: clean.EMBEDDED_DATABASE,
    dbPoolMax: clean.DB_POOL_MAX,
    preparedStatements: clean.DB_PREPARED_STATEMENTS,
    logLevel: clean.LOG_LEVEL,
    nodeEnv: clean.NODE_ENV,
    validateResponses: clean.NODE_ENV !== 'production',
    corsOrigins: clean.CORS_ORIGINS,
    rateLimitPerMinute: clean.RATE_LIMIT_PER_MINUTE,
    trustProxy: clean.TRUST_PROXY,
    eventRetentionDays: clean.EVENT_RETENTION_DAYS,
    followUpEventsIntervalMs: clean.FOLLOW_UP_EVENTS_INTERVAL * 1000,
    webhooks: {
      retrySchedule: clean.WEBHOOK_RETRY_SCHEDULE,
      disableAfterSeconds: clean.WEBHOOK_DISABLE_AFTER,
      allowPrivateUrls: clean.WEBHOOK_ALLOW_PRIVATE_URLS,
    },
  };
}

/**
 * The server and the scripts run on PostgreSQL unless the embedded database is asked for,
 * so that a missing or misspelt DATABASE_URL in production does not quietly serve from a
 * database inside the container. `pnpm start` and the `pnpm` scripts ask for it.
 */
export function checkDatabaseChoice(config: Pick<Config, 'databaseUrl' | 'embeddedDatabase'>): void {
  if (config.databaseUrl || config.embeddedDatabase) return;
  throw new ConfigError(
    'Invalid configuration: DATABASE_URL (not set: give the PostgreSQL connection string, or set EMBEDDED_DATABASE=true for the embedded database in DATA_DIR, which is for trying out and development)',
  );
}
