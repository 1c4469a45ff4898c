import type { Knex } from 'knex';
import pg from 'pg';
import { isEmbedded } from './database';

/** What a notification connection reports: each payload on its channel, and its loss (once, never after `close`). */
export interface NotificationHandlers {
  notified(payload: string): void;
  lost(error: Error): void;
}

export interface NotificationConnection {
  close(): Promise<void>;
}

/** How the LISTEN connection names itself in `pg_stat_activity`, so that operators (and the tests) can find it. */
export const listenerApplicationName = `dispositions-api listener, pid ${process.pid}`;

/** How the webhook dispatcher's LISTEN connection names itself. */
export const dispatcherApplicationName = `dispositions-api webhook dispatcher, pid ${process.pid}`;

/** The embedded PGlite instance Knex runs on (embedded-driver.ts hands it over as `connection.pglite`). */
interface NotifyingPglite {
  listen(channel: string, callback: (payload: string) => void): Promise<() => Promise<void>>;
}

/**
 * Listens on `channel` of the database `db` runs on; resolves once the LISTEN is in effect.
 * On PostgreSQL that is a connection of its own, outside the pool (a pooled one would be
 * handed to requests), which reports its loss; on the embedded database, PGlite's own
 * listeners in this process, which hear every NOTIFY on the instance and are never lost.
 */
export async function listenForNotifications(
  db: Knex,
  channel: string,
  handlers: NotificationHandlers,
  applicationName = listenerApplicationName,
): Promise<NotificationConnection> {
  if (isEmbedded(db)) {
    const { pglite } = db.client.config.connection as { pglite: NotifyingPglite };
    const unlisten = await pglite.listen(channel, handlers.notified);
    return { close: () => unlisten() };
  }
  const client = new pg.Client({ ...(db.client.config.connection as pg.ClientConfig), application_name: applicationName });
  let listening = false;
  let closing = false;
  let reported = false;
  const lost = (error: Error) => {
    if (!listening || closing || reported) return;
    reported = true;
    handlers.lost(error);
  };
  client.on('error', lost);
  client.on('end', () => lost(new Error('the notification connection ended')));
  client.on('notification', (message) => {
    if (message.channel === channel) handlers.notified(message.payload ?? '');
  });
  try {
    await client.connect();
    await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
    listening = true;
  } catch (error) {
    closing = true;
    await client.end().catch(() => undefined);
    throw error;
  }
  return {
    async close() {
      closing = true;
      await client.end();
    },
  };
}
