import type { Knex } from 'knex';
import type { Logger } from 'pino';
import { listenForNotifications, type NotificationConnection } from '../db/notifications';
import { keyRevocationsChannel } from '../repositories/api-keys.repository';
import type { ApiKeyCache } from '../services/api-key-cache';
import type { Job } from './job';

/** How long to wait before listening again after the connection is lost: doubling from `firstMs` up to `maxMs`. */
export const reconnectDelays = { firstMs: 100, maxMs: 5_000 };

/**
 * Keeps this instance's API-key cache honest: forgets every key when any instance revokes one
 * (`keys:revoke` announces it through the database), and trusts the cache only while it hears
 * those announcements. Until the first LISTEN is in effect, and from the moment its connection
 * is lost until a new one is, the cache keeps nothing and every request looks its key up;
 * meanwhile it tries again with a growing delay.
 */
export function apiKeyRevocationListener(db: Knex, cache: ApiKeyCache, logger: Logger, delays = reconnectDelays): Job {
  let connection: NotificationConnection | undefined;
  let retry: NodeJS.Timeout | undefined;
  let delayMs = delays.firstMs;
  let stopped = false;
  let connecting: Promise<void> = Promise.resolve();

  const connect = async (): Promise<void> => {
    try {
      connection = await listenForNotifications(db, keyRevocationsChannel, {
        notified(keyId) {
          cache.forgetAll();
          logger.info({ keyId }, 'an API key was revoked: cached keys forgotten');
        },
        lost(error) {
          cache.distrust();
          connection = undefined;
          logger.warn({ err: error }, 'lost the connection that hears API-key revocations: looking keys up on every request until it is back');
          scheduleRetry();
        },
      });
    } catch (error) {
      logger.warn({ err: error, retryInMs: delayMs }, 'cannot listen for API-key revocations: looking keys up on every request meanwhile');
      scheduleRetry();
      return;
    }
    if (stopped) {
      await connection.close();
      return;
    }
    cache.trust();
    if (delayMs !== delays.firstMs) logger.info('listening for API-key revocations again: keys are cached');
    delayMs = delays.firstMs;
  };

  function scheduleRetry(): void {
    if (stopped) return;
    retry = setTimeout(() => {
      connecting = connect();
    }, delayMs);
    retry.unref();
    delayMs = Math.min(delayMs * 2, delays.maxMs);
  }

  return {
    name: 'API-key revocation listener',
    async start() {
      connecting = connect();
      await connecting;
    },
    async stop() {
      stopped = true;
      clearTimeout(retry);
      await connecting;
      cache.distrust();
      await connection?.close();
      connection = undefined;
    },
  };
}
