import pino, { type DestinationStream } from 'pino';

export interface LogDestination {
  stream: DestinationStream;
  /** Writes what is waiting; called before every exit. */
  flushSync(): void;
}

/**
 * Lines a person reads (pino-pretty: time, level, message, fields) when a person runs the
 * server in a terminal outside production; JSON lines for everything else (log collectors,
 * pipes, the tests, production), which is what docs/operations.md promises for stdout.
 */
export function wantsPrettyLogs(stdout: { isTTY?: boolean }, nodeEnv: string): boolean {
  return stdout.isTTY === true && nodeEnv !== 'production';
}

export function logDestination(pretty: boolean): LogDestination {
  if (pretty) {
    // Loaded only here: a production server never needs it.
    const prettyStream = require('pino-pretty') as typeof import('pino-pretty');
    const stream = prettyStream({ colorize: true, sync: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' });
    return { stream, flushSync: () => undefined };
  }
  // Asynchronous writes, gathered up to 4 KiB: under load one write(2) carries a few dozen
  // lines instead of one: a system call per line is CPU every request pays, and CPU per request
  // is what bounds the server's throughput (the figure is in docs/bench.md). A quiet server's
  // lines wait at most a quarter of a second. Flushed before every exit on a signal.
  const destination = pino.destination({ sync: false, minLength: 4096 });
  setInterval(() => destination.flush(), 250).unref();
  return { stream: destination, flushSync: () => destination.flushSync() };
}
