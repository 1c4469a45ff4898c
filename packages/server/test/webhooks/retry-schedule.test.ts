import { ConfigError, defaultWebhookSettings, loadConfig, webhookSettingsOf } from '../../src/config';
import { defaultRetrySchedule, nextAttemptDelaySeconds, parseDurationSeconds, parseRetrySchedule } from '../../src/webhooks/retry-schedule';

const middle = () => 0.5; // no jitter
const low = () => 0; // -10%
const high = () => 0.999999; // +10%

test('when nothing is set, then the schedule is Standard Webhooks’: now, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h', () => {
  expect(defaultRetrySchedule).toEqual([0, 5, 300, 1800, 7200, 18000, 36000, 36000]);
  expect(loadConfig({}).webhooks).toEqual({ retrySchedule: [...defaultRetrySchedule], disableAfterSeconds: 432_000, allowPrivateUrls: false });
  expect(webhookSettingsOf({}).retrySchedule).toEqual(defaultRetrySchedule);
  expect(defaultWebhookSettings.timeoutMs).toBe(15_000);
});

test('when attempts fail, then each next attempt waits the schedule’s next delay with ±10% jitter, and none is left after the last', () => {
  expect([1, 2, 3, 7].map((made) => nextAttemptDelaySeconds(defaultRetrySchedule, made, null, middle))).toEqual([5, 300, 1800, 36000]);
  expect(nextAttemptDelaySeconds(defaultRetrySchedule, 2, null, low)).toBeCloseTo(270);
  expect(nextAttemptDelaySeconds(defaultRetrySchedule, 2, null, high)).toBeCloseTo(330);
  expect(nextAttemptDelaySeconds(defaultRetrySchedule, 8, null, middle)).toBeNull();
  expect(nextAttemptDelaySeconds([0, 1, 1, 2], 4)).toBeNull();
});

test('when a 429 or 503 says Retry-After, then it is honoured within the schedule’s bounds', () => {
  // Later than scheduled: waited for.
  expect(nextAttemptDelaySeconds(defaultRetrySchedule, 1, 60, middle)).toBe(60);
  expect(nextAttemptDelaySeconds(defaultRetrySchedule, 1, 60, low)).toBe(60);
  // Sooner than scheduled: the schedule wins.
  expect(nextAttemptDelaySeconds(defaultRetrySchedule, 2, 1, middle)).toBe(300);
  // Past the longest delay: cut to it.
  expect(nextAttemptDelaySeconds(defaultRetrySchedule, 1, 10 * 86400, middle)).toBe(36000);
  expect(nextAttemptDelaySeconds([0, 1, 2], 1, 3600, middle)).toBe(2);
});

test('when WEBHOOK_RETRY_SCHEDULE, WEBHOOK_DISABLE_AFTER and WEBHOOK_ALLOW_PRIVATE_URLS are set, then they are read', () => {
  const config = loadConfig({ WEBHOOK_RETRY_SCHEDULE: '0, 1,1,2', WEBHOOK_DISABLE_AFTER: '30', WEBHOOK_ALLOW_PRIVATE_URLS: 'true' });

  expect(config.webhooks).toEqual({ retrySchedule: [0, 1, 1, 2], disableAfterSeconds: 30, allowPrivateUrls: true });
  expect(loadConfig({ WEBHOOK_DISABLE_AFTER: '5d' }).webhooks?.disableAfterSeconds).toBe(432_000);
  expect(parseDurationSeconds('12h')).toBe(43_200);
  expect(parseRetrySchedule('7')).toEqual([7]);
});

test.each([
  ['WEBHOOK_RETRY_SCHEDULE', '0,5,soon'],
  ['WEBHOOK_RETRY_SCHEDULE', ''.padEnd(1, ',')],
  ['WEBHOOK_RETRY_SCHEDULE', '-1,5'],
  ['WEBHOOK_RETRY_SCHEDULE', '0,99999999'],
  ['WEBHOOK_DISABLE_AFTER', 'five days'],
  ['WEBHOOK_DISABLE_AFTER', '0'],
  ['WEBHOOK_ALLOW_PRIVATE_URLS', 'maybe'],
])('when %s is %p, then start-up fails with a line naming it', (name, value) => {
  expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
  expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^Invalid configuration: ${name} \\(`));
});
