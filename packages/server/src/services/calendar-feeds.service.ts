import { createHash, randomBytes } from 'node:crypto';
import type { components } from '@dispositions/api-types';
import type { Knex } from 'knex';
import { NotFoundError, UnprocessableError } from '../domain/errors';
import { type FollowUpKind, feedReach, followUpKinds } from '../domain/follow-ups';
import { toCalendar } from '../mappers/calendar.mapper';
import { toCalendarFeed } from '../mappers/follow-up.mapper';
import * as feeds from '../repositories/calendar-feeds.repository';
import { openFollowUps } from '../repositories/follow-ups.repository';
import type { CalendarFeedRow } from '../repositories/tables';
import { cachedCalendar, digestOf } from './calendar-cache';

// Calendar feeds: a user's open follow-ups for calendar apps, behind a URL whose token is the
// only credential. Tokens carry 256 random bits, so a plain SHA-256 stores them safely, as API
// keys are stored; only the hash is kept, so a feed's URL is shown once, when it is made.

type Schemas = components['schemas'];

export const calendarFeedLimit = 1_000;
/** The most events a feed holds: its soonest, in the 210 days it spans. */
export const feedEventLimit = 10_000;
const tokenPrefix = 'dspcal_';
const tokenPattern = /^dspcal_[A-Za-z0-9_-]{43}$/;
const dayMs = 86_400_000;

export function hashFeedToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function newToken(): { token: string; tokenHash: string } {
  const token = tokenPrefix + randomBytes(32).toString('base64url');
  return { token, tokenHash: hashFeedToken(token) };
}

/** Where a feed's calendar is served: its URL's token is its credential. */
export const calendarFeedPath = '/calendar.ics';

/** The feed's answer with its URLs, built on the base URL the request came to. */
function withUrl(row: CalendarFeedRow, token: string, baseUrl: URL): Schemas['CalendarFeedWithUrl'] {
  const url = new URL(calendarFeedPath, baseUrl);
  url.searchParams.set('token', token);
  return { ...toCalendarFeed(row), url: url.toString(), webcalUrl: url.toString().replace(/^https?:/, 'webcal:') };
}

export async function createCalendarFeed(
  db: Knex,
  businessId: string,
  body: Schemas['CalendarFeedRequest'],
  baseUrl: URL,
): Promise<Schemas['CalendarFeedWithUrl']> {
  if ((await feeds.countCalendarFeeds(db, businessId)) >= calendarFeedLimit) {
    throw new UnprocessableError(`This business already has ${calendarFeedLimit} calendar feeds, the most it holds.`, '/problems/calendar-feeds-full');
  }
  const kinds = followUpKinds.filter((kind) => !body.kinds || body.kinds.includes(kind));
  const { token, tokenHash } = newToken();
  const row = await feeds.insertCalendarFeed(db, {
    businessId,
    assignedToUserId: body.assignedToUserId,
    kinds: kinds.join(','),
    includeNotes: body.includeNotes ?? false,
    tokenHash,
  });
  return withUrl(row, token, baseUrl);
}

export async function listCalendarFeeds(db: Knex, businessId: string): Promise<Schemas['CalendarFeedList']> {
  return { items: (await feeds.listCalendarFeeds(db, businessId)).map(toCalendarFeed) };
}

export async function deleteCalendarFeed(db: Knex, businessId: string, id: string): Promise<void> {
  if (!(await feeds.deleteCalendarFeed(db, businessId, id))) throw new NotFoundError('Calendar feed', id);
}

export async function rotateCalendarFeed(db: Knex, businessId: string, id: string, baseUrl: URL): Promise<Schemas['CalendarFeedWithUrl']> {
  const { token, tokenHash } = newToken();
  const row = await feeds.rotateCalendarFeed(db, businessId, id, tokenHash);
  if (!row) throw new NotFoundError('Calendar feed', id);
  return withUrl(row, token, baseUrl);
}

/** The calendar of the feed with this token, or undefined when no feed has it (wrong, rotated or deleted). */
export async function calendarForToken(db: Knex, token: string): Promise<string | undefined> {
  if (!tokenPattern.test(token)) return undefined;
  const feed = await feeds.findCalendarFeedByTokenHash(db, hashFeedToken(token));
  if (!feed) return undefined;
  const now = Date.now();
  const rows = await openFollowUps(db, {
    businessId: feed.business_id,
    assignedToUserId: feed.assigned_to_user_id,
    kinds: feed.kinds.split(',') as FollowUpKind[],
    from: new Date(now - feedReach.daysBack * dayMs),
    to: new Date(now + feedReach.daysAhead * dayMs),
    limit: feedEventLimit,
  });
  const settings = { name: `Follow-ups of ${feed.assigned_to_user_id}`, includeNotes: feed.include_notes };
  return cachedCalendar(feed.id, digestOf([settings, rows]), () => toCalendar(rows, settings));
}
