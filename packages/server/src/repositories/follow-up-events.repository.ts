import type { Knex } from 'knex';
import { transaction } from '../db/transaction';
import { type FollowUpKind, followUpKinds, followUpTime } from '../domain/follow-ups';
import { eventColumns } from './change-events.repository';
import { isOpen } from './follow-ups.repository';

// follow_up.due and follow_up.missed: events of the clock, not of a write. A pass scans, for
// each event type whose cursor it could lock, the follow-up times in (cursor, now], across
// every business, through the time indexes of lead_follow_ups (which holds exactly the
// current dispositions' follow-ups); `missed` scans the times one window earlier. Two
// statements in one transaction:
//  1. lock the cursors (SKIP LOCKED: another instance's pass has them, so this one has nothing
//     to do) and the leads of the follow-ups found, in key order as the writes lock them (by
//     arrays of their keys, not a semi-join, whose recheck after a concurrent update can drop
//     a row: see the lock of a write in disposition-writes.repository.ts);
//  2. with those leads locked, so no write of theirs is under way, read again (a statement's
//     snapshot is taken at its start, after the locks): the follow-ups still open, each event
//     numbered on its lead's sequence, inserted, and the cursors moved.
// An event's id is derived from (type, disposition, kind, time), so a time scanned twice (a
// cursor moved back, a pass racing a restore) never gives a second event.

export type FollowUpEventType = 'follow_up.due' | 'follow_up.missed';

/** One locked cursor: the times of its type scanned by this pass, `(from, to]`, and whether it is still behind the clock after it. */
export interface CursorScan {
  type: FollowUpEventType;
  from: Date;
  to: Date;
  behind: boolean;
}

/** How far one pass moves a cursor at most, so that catching up after a long stop is a series of bounded passes. */
const maxStep = `interval '1 hour'`;

/**
 * The open follow-ups whose time is in their type's range of `cursors` (a relation of
 * `type, from_at, to_at`), `missed` shifted back by its window: one index range scan per
 * kind and type, bounded by scalar subqueries (null, so nothing, for a type not locked).
 */
function inRange(missedAfterMinutes: number): string {
  const branches = (['follow_up.due', 'follow_up.missed'] as const).flatMap((type) =>
    followUpKinds.map((kind: FollowUpKind) => {
      const column = `f.${followUpTime[kind].column}`;
      const shift = type === 'follow_up.missed' ? ` - make_interval(mins => ${Number(missedAfterMinutes)})` : '';
      const bound = (edge: 'from_at' | 'to_at') => `(SELECT ${edge} FROM cursors WHERE type = '${type}')${shift}`;
      return `SELECT '${type}'::text AS type, '${kind}'::text AS kind, ${column} AS at, f.business_id, f.lead_id, f.disposition_id
        FROM lead_follow_ups AS f WHERE ${column} > ${bound('from_at')} AND ${column} <= ${bound('to_at')} AND ${isOpen('f')}`;
    }),
  );
  return branches.join('\n UNION ALL ');
}

async function lockCursorsAndLeads(trx: Knex.Transaction, missedAfterMinutes: number): Promise<CursorScan[]> {
  const { rows } = await trx.raw<{ rows: { type: FollowUpEventType; from_at: Date; to_at: Date; behind: boolean }[] }>(
    `WITH cursors AS (
       SELECT type, scanned_to AS from_at, date_trunc('milliseconds', least(now(), scanned_to + ${maxStep})) AS to_at
       FROM follow_up_event_cursors FOR UPDATE SKIP LOCKED
     ), found AS (${inRange(missedAfterMinutes)}),
     locked AS (
       SELECT l.id FROM leads AS l
       WHERE l.business_id = ANY(ARRAY(SELECT business_id FROM found)) AND l.id = ANY(ARRAY(SELECT lead_id FROM found))
       ORDER BY l.business_id, l.id FOR NO KEY UPDATE
     )
     SELECT type, from_at, to_at, to_at < date_trunc('milliseconds', now()) AS behind, (SELECT count(*) FROM locked) AS leads FROM cursors`,
  );
  return rows.map((row) => ({ type: row.type, from: row.from_at, to: row.to_at, behind: row.behind }));
}

/** The event's snapshot: the follow-up as the agenda's rows have it (follow-up.mapper.ts renders it). */
const snapshot = `jsonb_build_object('kind', n.kind, 'at', n.at, 'end_at', CASE WHEN n.kind = 'appointment' THEN d.appointment_end_at END,
  'lead_id', n.lead_id, 'lead_name', b.lead_name, 'disposition_id', n.disposition_id, 'outcome', d.outcome, 'category', d.category,
  'follow_up_status', d.follow_up_status, 'assigned_to_user_id', d.assigned_to_user_id, 'notes', d.notes, 'appointment_notes', d.appointment_notes)`;

async function insertEvents(trx: Knex.Transaction, cursors: CursorScan[], missedAfterMinutes: number): Promise<{ due: number; missed: number }> {
  const values = cursors.map(() => '(?::text, ?::timestamptz, ?::timestamptz)').join(', ');
  const { rows } = await trx.raw<{ rows: { due: number; missed: number }[] }>(
    `WITH cursors (type, from_at, to_at) AS (VALUES ${values}),
     found AS (${inRange(missedAfterMinutes)}),
     fresh AS (
       SELECT f.*, 'evt_' || md5(concat_ws('|', f.type, f.disposition_id, f.kind, (extract(epoch FROM f.at) * 1000)::bigint)) AS id FROM found AS f
     ), numbered AS (
       SELECT x.*, row_number() OVER (PARTITION BY x.business_id, x.lead_id ORDER BY x.at, x.kind, x.type) AS nth,
         count(*) OVER (PARTITION BY x.business_id, x.lead_id) AS of_lead
       FROM fresh AS x WHERE NOT EXISTS (SELECT 1 FROM change_events AS e WHERE e.business_id = x.business_id AND e.id = x.id)
     ), bumped AS (
       UPDATE leads AS l SET event_sequence = l.event_sequence + n.of_lead
       FROM (SELECT DISTINCT business_id, lead_id, of_lead FROM numbered) AS n
       WHERE l.business_id = n.business_id AND l.id = n.lead_id
       RETURNING l.business_id, l.id, l.event_sequence - n.of_lead AS sequence_before, nullif(concat_ws(' ', l.first_name, l.last_name), '') AS lead_name
     ), events AS (
       ${eventColumns}
       SELECT n.business_id, n.id, n.type, n.lead_id, b.sequence_before + n.nth, ${snapshot}, null
       FROM numbered AS n
       JOIN bumped AS b ON b.business_id = n.business_id AND b.id = n.lead_id
       JOIN dispositions AS d ON d.business_id = n.business_id AND d.id = n.disposition_id
       ORDER BY n.business_id, n.lead_id, n.nth
       ON CONFLICT DO NOTHING
       RETURNING type
     ), moved AS (
       UPDATE follow_up_event_cursors AS c SET scanned_to = greatest(c.scanned_to, k.to_at) FROM cursors AS k WHERE c.type = k.type
     )
     SELECT (SELECT count(*) FROM events WHERE type = 'follow_up.due')::int AS due,
            (SELECT count(*) FROM events WHERE type = 'follow_up.missed')::int AS missed`,
    cursors.flatMap((cursor) => [cursor.type, cursor.from, cursor.to]),
  );
  return { due: rows[0]!.due, missed: rows[0]!.missed };
}

/** What one pass did: nothing when another instance held the cursors; else the events it recorded, and whether a cursor is still behind the clock. */
export type FollowUpEventsPass = { ran: false } | { ran: true; due: number; missed: number; behind: boolean };

/**
 * One pass: records a `follow_up.due` event for each open follow-up whose time has come since
 * the last pass, and a `follow_up.missed` for each still open `missedAfterMinutes` after its time.
 */
export async function recordFollowUpEvents(db: Knex, missedAfterMinutes: number): Promise<FollowUpEventsPass> {
  return transaction(db, async (trx) => {
    const cursors = await lockCursorsAndLeads(trx, missedAfterMinutes);
    if (cursors.length === 0) return { ran: false };
    const recorded = await insertEvents(trx, cursors, missedAfterMinutes);
    return { ran: true, ...recorded, behind: cursors.some((cursor) => cursor.behind) };
  });
}

/** Moves the cursors to `at` (tests and operators: back to scan a past stretch again, which records no event twice). */
export async function moveFollowUpCursors(db: Knex, at: Date): Promise<void> {
  await db('follow_up_event_cursors').update({ scanned_to: at });
}
