// biome-ignore-all assist/source/organizeImports: tracing comes first, so that its instrumentations wrap node:http, express and pg as they load.
import { tracing } from './observability/start-tracing';
import pino from 'pino';
import { ConfigError, checkDatabaseChoice, loadConfig } from './config';
import { failureLine } from './observability/log-safety';
import { startServer } from './server';

async function main(): Promise<void> {
  const config = loadConfig();
  checkDatabaseChoice(config);
  // Asynchronous writes, gathered up to 4 KiB: under load one write(2) carries a few dozen
  // lines instead of one (a write per line cost ~45 µs of CPU per request). A quiet server's
  // lines wait at most a quarter of a second. Flushed before every exit on a signal.
  const destination = pino.destination({ sync: false, minLength: 4096 });
  setInterval(() => destination.flush(), 250).unref();
  const logger = pino({ level: config.logLevel }, destination);
  const exit = (code: number) => {
    destination.flushSync();
    // The last spans are sent before the process ends (at most the exporter's timeout).
    void (tracing?.shutdown() ?? Promise.resolve()).finally(() => process.exit(code));
  };
  const running = await startServer(config, logger);
  logger.info({ url: running.url, database: config.databaseUrl ? 'postgresql' : `embedded (${config.dataDir})` }, 'listening');
  // On stderr, for the person at the terminal: stdout carries only JSON log lines.
  if (running.demoApiKey) {
    process.stderr.write(
      `\nCreated the business "Demo Business" in the new embedded database. Its API key:\n\n  ${running.demoApiKey}\n\n` +
        `Try: curl -H "Authorization: Bearer ${running.demoApiKey}" -X POST ${running.url}/leads -H 'Content-Type: application/json' -d '{}'\n\n`,
    );
  }
  const stop = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    running.close().then(
      () => exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : `Cannot start: ${failureLine(error)}`}\n`);
  process.exit(1);
});
