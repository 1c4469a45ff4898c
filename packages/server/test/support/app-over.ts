import type { Server } from 'node:http';
import { type AddressInfo, createServer, type Socket } from 'node:net';
import pino from 'pino';
import { createApp } from '../../src/app';
import type { AppContext } from '../../src/app-context';
import type { Database } from '../../src/db/database';

export interface Listening {
  url: string;
  close(): Promise<void>;
}

/**
 * The app alone over `db`, on a free port, with response validation on; `context`
 * overrides the rest (CORS origins, say). Unlike `startServer` it neither migrates nor
 * reads the database at start, so it can stand over a database that is unreachable,
 * hanging or not migrated. The caller destroys `db`.
 */
export async function startAppOver(db: Database, context: Partial<AppContext> = {}): Promise<Listening> {
  const app = createApp({ db, logger: pino({ level: 'silent' }), tokenSecret: 'test-only-secret', validateResponses: true, ...context });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A TCP server that accepts connections and never says a word: a database that hangs. */
export async function startHangingDatabase(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/hangs`,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
