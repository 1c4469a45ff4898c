// biome-ignore-all assist/source/organizeImports: tracing comes first, so that its instrumentations wrap node:http, express and pg as they load.
import { tracing } from './observability/start-tracing';
import pino from 'pino';
import { ConfigError, checkDatabaseChoice, loadConfig } from './config';
import { failureLine } from './observability/log-safety';
import { logDestination, wantsPrettyLogs } from './observability/log-destination';
import { type RunningServer, startServer } from './server';

async function main(): Promise<void> {
  const config = loadConfig();
  checkDatabaseChoice(config);
  const destination = logDestination(wantsPrettyLogs(process.stdout, config.nodeEnv));
  const logger = pino({ level: config.logLevel }, destination.stream);
  const exit = (code: number) => {
    destination.flushSync();
    // The last spans are sent before the process ends (at most the exporter's timeout).
    void (tracing?.shutdown() ?? Promise.resolve()).finally(() => process.exit(code));
  };
  // Registered before the start, which takes seconds on a new embedded database: a stop
  // asked for meanwhile is carried out as soon as the server is up, instead of killing the
  // process halfway through creating or migrating its database.
  let stopSignal: string | undefined;
  let running: RunningServer | undefined;
  const stop = (signal: string) => {
    // Ctrl-C reaches the server twice under pnpm: from the terminal, and again from pnpm,
    // which passes it on. Once stopping, a repeat must not end the process with the signal.
    if (stopSignal) return;
    stopSignal = signal;
    logger.info({ signal }, 'shutting down');
    if (running) close(running);
  };
  const close = (server: RunningServer) =>
    server.close().then(
      () => {
        logger.info('stopped');
        exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        exit(1);
      },
    );
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  running = await startServer(config, logger);
  logger.info(
    {
      url: running.url,
      database: config.databaseUrl ? 'postgresql' : `embedded (${config.dataDir})`,
      ...(running.metricsUrl ? { metrics: running.metricsUrl } : {}),
    },
    'listening',
  );
  if (stopSignal) return close(running);
  // On stderr, for the person at the terminal: stdout carries only log lines.
  if (running.demoApiKey) {
    const kept = running.demoApiKeyFile ? ` (kept in ${running.demoApiKeyFile}, readable only by you)` : '';
    process.stderr.write(
      `\nCreated the business "Demo Business" in the new embedded database. Its API key${kept}:\n\n  ${running.demoApiKey}\n\n` +
        `Try: curl -H "Authorization: Bearer ${running.demoApiKey}" -X POST ${running.url}/leads -H 'Content-Type: application/json' -d '{}'\n` +
        `The API reference, with a console to send requests from: ${running.url}/docs\n\n`,
    );
  } else if (running.demoApiKeyFile) {
    logger.info({ file: running.demoApiKeyFile }, `the API key of "Demo Business" is in ${running.demoApiKeyFile}`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : `Cannot start: ${failureLine(error)}`}\n`);
  process.exit(1);
});
