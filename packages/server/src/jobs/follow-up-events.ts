import type { Knex } from 'knex';
import type { Logger } from 'pino';
import { defaultFollowUpEventsIntervalMs } from '../config';
import { defaultKeptWindow } from '../domain/follow-ups';
import { type FollowUpEventsPass, recordFollowUpEvents } from '../repositories/follow-up-events.repository';
import { type Job, periodically } from './job';

// Records follow_up.due and follow_up.missed, in every instance, every `everyMs`. The
// database decides who works: a pass whose cursors another instance holds does nothing, and
// each event's id is fixed by the follow-up, so any number of instances record each one once.
// A follow-up is missed when it is still open at the end of the follow-up report's default
// kept window (60 minutes after its time), so both measure the same window by default.
// The events wake the webhook dispatchers through the change_events trigger, like any write's.

export interface FollowUpEventsJob extends Job {
  /** Runs passes now until the cursors it holds have caught up with the clock; answers the last. */
  pass(): Promise<FollowUpEventsPass>;
}

export function followUpEventsJob(
  db: Knex,
  logger: Logger,
  everyMs = defaultFollowUpEventsIntervalMs,
  missedAfterMinutes: number = defaultKeptWindow.minutesAfter,
): FollowUpEventsJob {
  // Apart from the requests' statements, as the dispatcher's are (a listener counting a request's statements does not hear these).
  const ownDb = db.withUserParams({ job: 'follow-up events' });
  let stopped = false;

  const pass = async (): Promise<FollowUpEventsPass> => {
    for (;;) {
      const done = await recordFollowUpEvents(ownDb, missedAfterMinutes);
      if (done.ran && done.due + done.missed > 0) logger.debug({ due: done.due, missed: done.missed }, 'recorded follow-up events');
      // Behind after a long stop: the next hour at once, not at the next tick.
      if (!done.ran || !done.behind || stopped) return done;
    }
  };

  // A tick while a slow pass runs is skipped: that pass scans up to its own clock.
  const timer = periodically(everyMs, pass, (error) => logger.warn({ err: error }, 'could not record the follow-up events: trying again at the next pass'));
  return {
    name: 'follow-up events',
    pass,
    start() {
      stopped = false;
      timer.start();
    },
    async stop() {
      stopped = true;
      await timer.stop();
    },
  };
}
