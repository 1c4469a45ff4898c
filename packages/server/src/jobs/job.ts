import type { Logger } from 'pino';

/**
 * Background work that runs beside the server in every instance: started once the server
 * listens, stopped on shutdown before the database pool closes. `stop` resolves when the
 * job's work in flight has finished or been released, so nothing is cut half-done.
 */
export interface Job {
  /** For logs: what the job does, in a few words. */
  readonly name: string;
  start(): void | Promise<void>;
  stop(): void | Promise<void>;
}

/**
 * The timer of a job that runs `work` every `everyMs`: a tick while the last run is still
 * going is skipped, a failed run is reported to `failed`, and `stop` waits for a run in flight.
 */
export function periodically(everyMs: number, work: () => Promise<unknown>, failed: (error: unknown) => void): Pick<Job, 'start' | 'stop'> {
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<unknown> | undefined;
  return {
    start() {
      timer = setInterval(() => {
        if (inFlight) return;
        inFlight = work()
          .catch(failed)
          .finally(() => {
            inFlight = undefined;
          });
      }, everyMs);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      await inFlight;
    },
  };
}

/** Starts the jobs in order; the returned function stops them in reverse order, all of them even when one fails. */
export async function startJobs(jobs: readonly Job[], logger: Logger): Promise<() => Promise<void>> {
  const started: Job[] = [];
  try {
    for (const job of jobs) {
      await job.start();
      started.push(job);
    }
  } catch (error) {
    await stopJobs(started, logger);
    throw error;
  }
  return () => stopJobs(started, logger);
}

async function stopJobs(jobs: readonly Job[], logger: Logger): Promise<void> {
  for (const job of [...jobs].reverse()) {
    try {
      await job.stop();
    } catch (error) {
      logger.error({ err: error, job: job.name }, 'stopping a background job failed');
    }
  }
}
