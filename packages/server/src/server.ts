import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import pino, { type Logger } from 'pino';
import { createApp, metricsRegistryOf, webhookMetricsOf } from './app';
import { type Config, webhookSettingsOf } from './config';
import { backgroundApplicationName, createDatabase, type Database, isEmbedded, migrateToLatest } from './db/database';
import { demoBusinessName, demoKeyFile, writeDemoKey } from './db/demo-key-file';
import { answerClientError } from './http/client-errors';
import { backgroundJobs, startJobs } from './jobs';
import { countBusinesses } from './repositories/businesses.repository';
import { findServerSecret } from './repositories/server-secrets.repository';
import { metricsApp } from './routes/metrics.routes';
import { ApiKeyCache } from './services/api-key-cache';
import { createApiKey } from './services/api-keys.service';

export interface RunningServer {
  server: Server;
  db: Database;
  url: string;
  /** The demo business's key, when this start created it. */
  demoApiKey: string | undefined;
  /** Where /metrics is served when it has a port of its own (METRICS_PORT). */
  metricsUrl: string | undefined;
  /** Where the embedded database keeps the demo business's key (0600), when there is one. */
  demoApiKeyFile: string | undefined;
  close(): Promise<void>;
}

export { demoBusinessName } from './db/demo-key-file';

/** How long in-flight requests get to finish after a shutdown starts; then their connections are cut. */
export const shutdownGraceMs = 10_000;

/** How often a shutdown closes the keep-alive connections that have gone idle since it began. */
const idleSweepMs = 100;

/**
 * Stops taking connections and waits for the requests in flight. `server.close()` alone
 * waits for keep-alive connections too, which a busy client never lets go idle (and which
 * stay open for `keepAliveTimeoutMs` once idle): so idle ones are closed at once and as
 * soon as they go idle, every answer from now on says `Connection: close`, and what is
 * still open after the grace period is cut.
 */
async function closeGracefully(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.prependListener('request', (_req: IncomingMessage, res: ServerResponse) => res.setHeader('Connection', 'close'));
  server.closeIdleConnections();
  const sweep = setInterval(() => server.closeIdleConnections(), idleSweepMs);
  const deadline = setTimeout(() => server.closeAllConnections(), shutdownGraceMs);
  await closed;
  clearInterval(sweep);
  clearTimeout(deadline);
}

/**
 * How long an idle keep-alive connection stays open: longer than the idle timeout of the
 * load balancers in front (60 s on AWS and Google Cloud), so that they never send a request
 * down a connection the server is closing, which their callers would see as a 502.
 */
export const keepAliveTimeoutMs = 65_000;

/**
 * How long a client may take to send a request: its headers within 10 s of its first
 * byte, all of it (a 1 MB body included) within 30 s, so a slowloris client holds a
 * connection for seconds, not minutes. Node checks them every second.
 */
export const httpTimeouts = { headersMs: 10_000, requestMs: 30_000, checkEveryMs: 1_000 };

/** Connects, migrates, and listens; the one start-up path for `pnpm start` and the tests. */
export async function startServer(config: Config, logger: Logger = pino({ level: config.logLevel })): Promise<RunningServer> {
  // What a first start spends its seconds on, said as it happens (the embedded database takes a while to create).
  const { dataDir } = config;
  const fresh = !config.databaseUrl && dataDir !== undefined && !existsSync(path.join(dataDir, 'PG_VERSION'));
  const db = createDatabase({ databaseUrl: config.databaseUrl, dataDir, poolMax: config.dbPoolMax, preparedStatements: config.preparedStatements, logger });
  // Said once the directory is ours: a start refused because another process has it prints only its one line.
  if (isEmbedded(db) && dataDir) {
    logger.info({ dataDir }, fresh ? 'creating the embedded database (the first start takes a while)' : 'opening the embedded database');
  }
  logger.info('bringing the database schema up to date');
  await migrateToLatest(db);
  let demoApiKey: string | undefined;
  let demoApiKeyFile = isEmbedded(db) && dataDir && existsSync(demoKeyFile(dataDir)) ? demoKeyFile(dataDir) : undefined;
  if (isEmbedded(db) && (await countBusinesses(db)) === 0) {
    logger.info(`creating the business "${demoBusinessName}" and its API key`);
    demoApiKey = (await createApiKey(db, demoBusinessName)).apiKey;
    if (dataDir) demoApiKeyFile = writeDemoKey(dataDir, demoApiKey);
  }
  const tokenSecret = await findServerSecret(db, 'continuation_token');
  const { validateResponses, corsOrigins, rateLimitPerMinute, trustProxy } = config;
  // Trusted only once the revocation listener (a background job) hears revocations.
  const apiKeyCache = new ApiKeyCache();
  const metricsApart = config.metricsPort !== undefined;
  const webhooks = webhookSettingsOf(config);
  if (webhooks.allowPrivateUrls) logger.warn('WEBHOOK_ALLOW_PRIVATE_URLS is on: webhooks may be sent over http and to private addresses; never in production');
  const app = createApp({ db, logger, tokenSecret, validateResponses, corsOrigins, rateLimitPerMinute, trustProxy, apiKeyCache, metricsApart, webhooks });
  const timeouts = { ...httpTimeouts, ...config.httpTimeouts };
  const server = createServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      connectionsCheckingInterval: timeouts.checkEveryMs,
      keepAliveTimeout: keepAliveTimeoutMs,
    },
    app,
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, () => resolve());
  });
  server.on('clientError', answerClientError);
  const { port } = server.address() as AddressInfo;
  const metricsServer = metricsApart ? createServer(metricsApp(metricsRegistryOf(app))) : undefined;
  if (metricsServer) {
    await new Promise<void>((resolve, reject) => {
      metricsServer.once('error', reject);
      metricsServer.listen(config.metricsPort, () => resolve());
    });
  }
  // The webhook dispatcher (and the follow-up events' short passes) on a connection of its own on
  // PostgreSQL: the pool stays the requests', and their statements show apart in pg_stat_activity
  // (the embedded database has one connection).
  const dispatcherDb = isEmbedded(db)
    ? db
    : createDatabase({
        databaseUrl: config.databaseUrl,
        poolMax: 1,
        preparedStatements: config.preparedStatements,
        applicationName: backgroundApplicationName,
        logger,
      });
  const stopJobs = await startJobs(
    backgroundJobs(
      db,
      logger,
      apiKeyCache,
      config.eventRetentionDays,
      { settings: webhooks, metrics: webhookMetricsOf(app), db: dispatcherDb },
      config.followUpEventsIntervalMs,
    ),
    logger,
  );
  return {
    server,
    db,
    url: `http://127.0.0.1:${port}`,
    demoApiKey,
    demoApiKeyFile,
    metricsUrl: metricsServer && `http://127.0.0.1:${(metricsServer.address() as AddressInfo).port}/metrics`,
    async close() {
      await closeGracefully(server);
      // Scraped to the end, then closed: a scrape is one short request.
      if (metricsServer) await closeGracefully(metricsServer);
      // After the last request, before the pool: a job may still be finishing a statement.
      await stopJobs();
      if (dispatcherDb !== db) await dispatcherDb.destroy();
      await db.destroy();
    },
  };
}
