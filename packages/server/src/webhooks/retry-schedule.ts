// When a failed delivery is tried again: the Standard Webhooks schedule (now, 5 s, 5 min, 30 min,
// 2 h, 5 h, 10 h, 10 h; https://www.standardwebhooks.com), each delay with ±10% jitter so that
// the deliveries of a receiver that was down do not all come back at the same second.

/** The delay before each attempt, in seconds: the first is the first attempt's. */
export const defaultRetrySchedule: readonly number[] = [0, 5, 300, 1800, 7200, 18000, 36000, 36000];

/** How long an endpoint may fail without a success before it is disabled: 5 days. */
export const defaultDisableAfterSeconds = 5 * 24 * 3600;

/** The jitter on each delay: ±10%. */
export const retryJitter = 0.1;

/** The longest delay a schedule may hold: a week. */
const maxDelaySeconds = 7 * 24 * 3600;

/**
 * Reads `WEBHOOK_RETRY_SCHEDULE`: comma-separated whole seconds, at least one, each at most a
 * week (`0,5,300`). Throws an Error saying what is wrong.
 */
export function parseRetrySchedule(input: string): number[] {
  const parts = input.split(',').map((part) => part.trim());
  if (parts.length === 0 || parts.some((part) => !/^\d+$/.test(part))) {
    throw new Error(`${JSON.stringify(input)} is not a list of whole seconds: give comma-separated delays, like 0,5,300,1800`);
  }
  const delays = parts.map(Number);
  if (delays.some((delay) => delay > maxDelaySeconds)) {
    throw new Error(`${JSON.stringify(input)} holds a delay longer than a week (${maxDelaySeconds} seconds)`);
  }
  if (delays.length > 50) throw new Error(`${JSON.stringify(input)} holds more than 50 attempts`);
  return delays;
}

const durationUnits: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** Reads a duration in whole seconds, or with a unit: `432000`, `300s`, `30m`, `12h`, `5d`. */
export function parseDurationSeconds(input: string): number {
  const match = /^\s*(\d+)\s*([smhd]?)\s*$/.exec(input);
  if (!match) throw new Error(`${JSON.stringify(input)} is not a duration: give whole seconds, or a number with s, m, h or d, like 432000 or 5d`);
  const seconds = Number(match[1]) * (durationUnits[match[2] || 's'] ?? 1);
  if (seconds < 1) throw new Error(`${JSON.stringify(input)} must be at least 1 second`);
  return seconds;
}

/** A delay with ±10% jitter, never negative; `random` is Math.random's kind (tests pin it). */
export function withJitter(seconds: number, random: () => number = Math.random): number {
  return Math.max(0, seconds * (1 + (random() * 2 - 1) * retryJitter));
}

/**
 * Seconds from now until the next attempt, after `attemptsMade` attempts have failed; null
 * when the schedule is used up (the delivery has failed for good). A `Retry-After` (of a 429 or
 * 503) is honoured within the schedule's bounds: never sooner than the schedule's next delay,
 * never later than its longest.
 */
export function nextAttemptDelaySeconds(
  schedule: readonly number[],
  attemptsMade: number,
  retryAfterSeconds: number | null = null,
  random: () => number = Math.random,
): number | null {
  if (attemptsMade >= schedule.length) return null;
  const scheduled = schedule[attemptsMade]!;
  const longest = Math.max(...schedule);
  const delay = retryAfterSeconds === null ? scheduled : Math.min(Math.max(retryAfterSeconds, scheduled), Math.max(longest, scheduled));
  const jittered = withJitter(delay, random);
  // A Retry-After is a floor: jitter only ever adds to it.
  return retryAfterSeconds !== null && delay === retryAfterSeconds ? Math.max(jittered, delay) : jittered;
}
