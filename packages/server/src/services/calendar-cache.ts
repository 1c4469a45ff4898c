import { createHash } from 'node:crypto';

// Calendar apps poll a feed every few minutes and almost always find it unchanged, while
// writing a large calendar with ical-generator costs about 0.3 ms of CPU per event (a second
// for a heavy user's 3,500). So each instance keeps the last calendar it wrote for a feed,
// keyed by a digest of everything the calendar is written from (the events' rows and the feed's
// settings), and writes it again only when that changes: a poll costs its query and the digest.

/** The most feeds whose last calendar an instance keeps (the least recently read go first). */
export const cachedCalendars = 100;

const cache = new Map<string, { digest: string; text: string }>();

export function digestOf(source: unknown): string {
  return createHash('sha256').update(JSON.stringify(source)).digest('base64url');
}

/** The feed's calendar for this digest: the one kept, or `write()`'s, kept in its place. */
export function cachedCalendar(feedId: string, digest: string, write: () => string): string {
  const kept = cache.get(feedId);
  cache.delete(feedId);
  const text = kept?.digest === digest ? kept.text : write();
  cache.set(feedId, { digest, text });
  if (cache.size > cachedCalendars) cache.delete(cache.keys().next().value!);
  return text;
}
