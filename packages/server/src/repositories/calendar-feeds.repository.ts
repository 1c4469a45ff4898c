import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { CalendarFeedRow } from './tables';

const columns = ['business_id', 'id', 'assigned_to_user_id', 'kinds', 'include_notes', 'created_at', 'rotated_at'];

export async function insertCalendarFeed(
  db: Knex,
  feed: { businessId: string; assignedToUserId: string; kinds: string; includeNotes: boolean; tokenHash: string },
): Promise<CalendarFeedRow> {
  const [row] = await db('calendar_feeds')
    .insert({
      business_id: feed.businessId,
      id: randomUUID(),
      assigned_to_user_id: feed.assignedToUserId,
      kinds: feed.kinds,
      include_notes: feed.includeNotes,
      token_hash: feed.tokenHash,
    })
    .returning(columns);
  return row;
}

export async function countCalendarFeeds(db: Knex, businessId: string): Promise<number> {
  const row = await db('calendar_feeds').where({ business_id: businessId }).count({ count: '*' }).first();
  return Number(row?.count ?? 0);
}

export async function listCalendarFeeds(db: Knex, businessId: string): Promise<CalendarFeedRow[]> {
  return db('calendar_feeds').select(columns).where({ business_id: businessId }).orderBy(['created_at', 'id']);
}

/** Deletes the feed; whether it existed. */
export async function deleteCalendarFeed(db: Knex, businessId: string, id: string): Promise<boolean> {
  const deleted = await db('calendar_feeds').where({ business_id: businessId, id }).delete().returning('id');
  return deleted.length > 0;
}

/** Gives the feed a new token hash; the feed, if it exists. */
export async function rotateCalendarFeed(db: Knex, businessId: string, id: string, tokenHash: string): Promise<CalendarFeedRow | undefined> {
  const [row] = await db('calendar_feeds').where({ business_id: businessId, id }).update({ token_hash: tokenHash, rotated_at: db.fn.now() }).returning(columns);
  return row;
}

export async function findCalendarFeedByTokenHash(db: Knex, tokenHash: string): Promise<CalendarFeedRow | undefined> {
  return db('calendar_feeds').select(columns).where({ token_hash: tokenHash }).first();
}
