import type { Knex } from 'knex';
import type { Logger } from 'pino';
import { defaultWebhookSettings, type WebhookSettings } from '../config';
import { dispatcherApplicationName, listenForNotifications, type NotificationConnection } from '../db/notifications';
import { pendingDeliveryStats } from '../repositories/webhook-deliveries.repository';
import { claimDueDeliveries, fanOutEvents, nextDueAt } from '../repositories/webhook-dispatch.repository';
import { type AttemptResult, attemptDelivery, claimSecondsOf, gatherDeliveredRecords, loadDeliveryWork } from '../services/webhook-deliveries.service';
import type { Job } from './job';

// Delivers the change events to the webhook endpoints, in every instance. Two steps, both
// shared through the database so that any number of instances (and a kill -9 of any) is fine:
//  1. fan-out: one shared cursor over the events in commit order; whoever holds its row lock
//     turns the next events into deliveries, one per endpoint that wants each, and moves it;
//  2. attempts: due deliveries are claimed (FOR UPDATE SKIP LOCKED, and a claim that lapses
//     when its instance died), sent, and recorded, a bounded number at a time per instance.
// Woken by the NOTIFY that every commit of events of a business with an enabled endpoint (and a
// retry, replay or re-enable) sends, by each finished attempt, at the next delivery's due time,
// and by a slow poll, which also passes over the events no endpoint wants.
// The write path never waits for any of it: it only inserts the event.

/** The channel the change_events trigger notifies on at every commit that inserted events. */
export const changeEventsChannel = 'change_events';

/** Events turned into deliveries per fan-out transaction. */
const fanOutBatch = 200;

/** How long a notification of new events waits for more before the pass that takes them all. */
export const notificationDelayMs = 20;

/** How long a stopping instance lets its attempts in flight finish before it aborts them and gives their deliveries back. */
export const stopGraceMs = 3_000;

/** What the dispatcher reports: each attempt's result, and the pending deliveries at each poll. */
export interface WebhookDispatcherMetrics {
  countAttempt(result: AttemptResult): void;
  reportPending(pending: { pending: number; oldestAgeSeconds: number }): void;
}

export interface WebhookDispatcher extends Job {
  /** Fans out and claims until there is nothing more to do now; resolves when the attempts it started have finished. */
  drain(): Promise<void>;
}

export function webhookDispatcher(
  db: Knex,
  logger: Logger,
  settings: WebhookSettings = defaultWebhookSettings,
  metrics?: WebhookDispatcherMetrics,
): WebhookDispatcher {
  const claimSeconds = claimSecondsOf(settings);
  // Its statements on the same pool, but apart from the requests' (a listener of `db`'s
  // 'query' events, counting a request's statements, does not hear the dispatcher's).
  const ownDb = db.withUserParams({ job: 'webhook dispatcher' });
  const inFlight = new Set<Promise<void>>();
  const abort = new AbortController();
  let stopped = true;
  let running: Promise<void> | undefined;
  let again = false;
  let poll: NodeJS.Timeout | undefined;
  let dueTimer: NodeJS.Timeout | undefined;
  let dueTimerAt = Number.POSITIVE_INFINITY;
  let connection: NotificationConnection | undefined;
  let listening: Promise<void> = Promise.resolve();
  let reconnectDelayMs = 100;

  // One database step at a time: the dispatcher holds at most one of the pool's connections,
  // however many attempts are in flight, so requests never queue behind it for more.
  let lastStep: Promise<unknown> = Promise.resolve();
  const withDatabase = <T>(work: () => Promise<T>): Promise<T> => {
    const next = lastStep.then(work, work);
    lastStep = next.catch(() => undefined);
    return next;
  };
  const context = {
    db: ownDb,
    logger,
    settings,
    countAttempt: metrics?.countAttempt,
    withDatabase,
    recordDelivered: gatherDeliveredRecords(ownDb, withDatabase),
  };

  /** Reads the pending deliveries for /metrics (at the poll: a scrape reads no database). */
  async function readPending(): Promise<void> {
    if (!metrics || stopped) return;
    try {
      metrics.reportPending(await withDatabase(() => pendingDeliveryStats(ownDb)));
    } catch (error) {
      logger.debug({ err: error }, 'could not read the pending webhook deliveries for the metrics');
    }
  }

  /**
   * Wakes after `notificationDelayMs`: every commit of events notifies every instance, and every
   * finished attempt may let a lead's next event go, so under a stream of writes one pass takes
   * the work of many, in a few statements, rather than a pass each. `newEvents` when there may
   * be events to fan out; a pass otherwise only claims what is due.
   */
  let soon: NodeJS.Timeout | undefined;
  let fanOutDue = true;
  function wakeSoon(newEvents = false): void {
    if (newEvents) fanOutDue = true;
    if (soon || stopped) return;
    soon = setTimeout(() => {
      soon = undefined;
      wake();
    }, notificationDelayMs);
    soon.unref();
  }

  /** Runs one pass now, or once more after the pass under way. */
  function wake(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await pass();
        } while (again && !stopped);
      } catch (error) {
        logger.warn({ err: error }, 'the webhook dispatcher could not reach the database: trying again at its next poll');
      } finally {
        running = undefined;
      }
    })();
  }

  async function pass(): Promise<void> {
    // Fan out until the events that can be read now are all turned into deliveries.
    const fanOut = fanOutDue;
    fanOutDue = false;
    for (; fanOut; ) {
      const fanned = await withDatabase(() => fanOutEvents(ownDb, fanOutBatch));
      if (!fanned.ran || fanned.events < fanOutBatch || stopped) break;
    }
    const free = settings.concurrency - inFlight.size;
    if (free > 0 && !stopped) {
      const claimed = await withDatabase(async () => loadDeliveryWork(ownDb, await claimDueDeliveries(ownDb, free, claimSeconds)));
      for (const work of claimed) {
        const delivery = work.delivery;
        const attempt: Promise<void> = attemptDelivery(context, work, abort.signal)
          .then(() => undefined)
          .catch((error: unknown) =>
            logger.warn({ err: error, deliveryId: delivery.id }, 'a webhook attempt could not be recorded: its claim lapses and it is sent again'),
          )
          .finally(() => {
            inFlight.delete(attempt);
            // A finished attempt may unblock the next event of its lead, or free a slot.
            wakeSoon();
          });
        inFlight.add(attempt);
      }
      // A full batch: there may be more due now.
      if (claimed.length === free) again = true;
    }
    await scheduleNextDue();
  }

  /** Wakes at the next pending delivery's due time, when that is sooner than the poll. */
  async function scheduleNextDue(): Promise<void> {
    const at = await withDatabase(() => nextDueAt(ownDb));
    if (!at || stopped) return;
    const when = at.getTime();
    if (when >= dueTimerAt && dueTimer) return;
    clearTimeout(dueTimer);
    dueTimerAt = when;
    dueTimer = setTimeout(
      () => {
        dueTimer = undefined;
        dueTimerAt = Number.POSITIVE_INFINITY;
        wake();
      },
      Math.max(0, Math.min(when - Date.now() + 5, settings.pollMs)),
    );
    dueTimer.unref();
  }

  async function listen(): Promise<void> {
    try {
      connection = await listenForNotifications(
        db,
        changeEventsChannel,
        {
          notified: () => wakeSoon(true),
          lost(error) {
            connection = undefined;
            logger.warn({ err: error }, 'lost the connection that hears new change events: webhooks are sent at the slow poll until it is back');
            reconnectSoon();
          },
        },
        dispatcherApplicationName,
      );
      reconnectDelayMs = 100;
      if (stopped) await connection.close();
    } catch (error) {
      logger.warn({ err: error }, 'cannot listen for new change events: webhooks are sent at the slow poll meanwhile');
      reconnectSoon();
    }
  }

  function reconnectSoon(): void {
    if (stopped) return;
    const retry = setTimeout(() => {
      if (!stopped) listening = listen();
    }, reconnectDelayMs);
    retry.unref();
    reconnectDelayMs = Math.min(reconnectDelayMs * 2, 5_000);
  }

  return {
    name: 'webhook dispatcher',
    async start() {
      stopped = false;
      listening = listen();
      await listening;
      poll = setInterval(() => {
        fanOutDue = true;
        wake();
        void readPending();
      }, settings.pollMs);
      poll.unref();
      wake();
      void readPending();
    },
    async drain() {
      do {
        // A wake still waiting for its delay runs now.
        clearTimeout(soon);
        soon = undefined;
        fanOutDue = true;
        wake();
        await running;
        await Promise.all([...inFlight]);
      } while (running || inFlight.size > 0 || soon);
    },
    async stop() {
      stopped = true;
      clearInterval(poll);
      clearTimeout(soon);
      clearTimeout(dueTimer);
      await listening;
      await connection?.close().catch(() => undefined);
      connection = undefined;
      await running;
      // Attempts in flight get a moment to finish; the rest are aborted and their deliveries given back.
      const grace = new Promise<void>((resolve) => setTimeout(resolve, stopGraceMs).unref());
      await Promise.race([Promise.all([...inFlight]), grace]);
      abort.abort();
      await Promise.all([...inFlight]);
    },
  };
}
