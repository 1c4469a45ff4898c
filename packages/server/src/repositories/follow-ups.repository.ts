import type { Knex } from 'knex';
import { closedStatuses, type FollowUpKind, followUpTime } from '../domain/follow-ups';
import type { FollowUpRow } from './tables';

// Open follow-ups: times on dispositions that are their lead's current one, whose status is
// not a closed value. lead_follow_ups holds exactly the current ones (kept by triggers, see
// the migration); one branch per kind reads its time index there (by assignee when there is
// one) and joins the disposition and the lead by their keys; the branches are merged in
// (at, kind, id) order, so a page never reads more than a page per kind.

export interface OpenFollowUpsQuery {
  businessId: string;
  assignedToUserId?: string;
  kinds: readonly FollowUpKind[];
  /** The time range, `[from, to)`; either end may be open. */
  from?: Date;
  to?: Date;
  /** The (at, kind, id) position the page continues after. */
  after?: { at: string; kind: FollowUpKind; id: string };
  limit: number;
}

/** The closed statuses as an SQL list, for `lower(btrim(status)) IN (...)` (the follow-up report's too). */
export const closedList = closedStatuses.map((status) => `'${status}'`).join(', ');

/** The SQL condition that the lead_follow_ups row `alias` is open: its status is not a closed value. */
export const isOpen = (alias: string) => `(${alias}.follow_up_status IS NULL OR lower(btrim(${alias}.follow_up_status)) NOT IN (${closedList}))`;

function openOfKind(db: Knex, query: OpenFollowUpsQuery, kind: FollowUpKind): Knex.QueryBuilder {
  const column = `f.${followUpTime[kind].column}`;
  const branch = db('lead_follow_ups as f')
    .join('dispositions as d', function itsDisposition() {
      this.on('d.business_id', '=', 'f.business_id').andOn('d.id', '=', 'f.disposition_id');
    })
    .join('leads as l', function itsLead() {
      this.on('l.business_id', '=', 'f.business_id').andOn('l.id', '=', 'f.lead_id');
    })
    .select(db.raw('?::text AS kind', [kind]), db.raw('?? AS at', [column]))
    .select(db.raw(kind === 'appointment' ? 'd.appointment_end_at AS end_at' : 'NULL::timestamptz AS end_at'))
    .select({ lead_id: 'f.lead_id', disposition_id: 'f.disposition_id' })
    .select(db.raw(`nullif(concat_ws(' ', l.first_name, l.last_name), '') AS lead_name`))
    .select('d.outcome', 'd.category', 'd.follow_up_status', 'd.assigned_to_user_id', 'd.notes', 'd.appointment_notes')
    .select(db.raw('greatest(d.updated_at, l.modified_at) AS changed_at'))
    .where('f.business_id', query.businessId)
    .whereNotNull(column)
    .whereRaw(isOpen('f'));
  if (query.assignedToUserId !== undefined) branch.where('f.assigned_to_user_id', query.assignedToUserId);
  if (query.from) branch.where(column, '>=', query.from);
  if (query.to) branch.where(column, '<', query.to);
  if (query.after) {
    // The row comparison says "after"; the plain bound lets the index scan start at the position.
    branch.where(column, '>=', query.after.at);
    branch.whereRaw(`(??, ?::text, f.disposition_id) > (?::timestamptz, ?::text, ?::uuid)`, [column, kind, query.after.at, query.after.kind, query.after.id]);
  }
  return branch.orderBy([column, 'f.disposition_id']).limit(query.limit);
}

/** Open follow-ups by (at, kind, disposition id), at most `limit`. */
export async function openFollowUps(db: Knex, query: OpenFollowUpsQuery): Promise<FollowUpRow[]> {
  const [first, ...others] = query.kinds.map((kind) => openOfKind(db, query, kind));
  const merged =
    others.length > 0
      ? db.select('*').from(
          db
            .queryBuilder()
            .unionAll([first!, ...others], true)
            .as('u'),
        )
      : db.select('*').from(first!.as('u'));
  return merged.orderBy(['at', 'kind', 'disposition_id']).limit(query.limit);
}

/** How many open follow-ups fall before `today`, in `[today, tomorrow)` and from `tomorrow` on. */
export async function countOpenFollowUps(
  db: Knex,
  query: Pick<OpenFollowUpsQuery, 'businessId' | 'assignedToUserId' | 'kinds'>,
  today: Date,
  tomorrow: Date,
): Promise<{ overdue: number; today: number; upcoming: number }> {
  const branches = query.kinds.map((kind) =>
    db('lead_follow_ups as f')
      .select(db.raw('?? AS at', [`f.${followUpTime[kind].column}`]))
      .where('f.business_id', query.businessId)
      .whereNotNull(`f.${followUpTime[kind].column}`)
      .whereRaw(isOpen('f'))
      .modify((branch) => {
        if (query.assignedToUserId !== undefined) branch.where('f.assigned_to_user_id', query.assignedToUserId);
      }),
  );
  const [first, ...others] = branches;
  const all = others.length > 0 ? db.queryBuilder().unionAll([first!, ...others], true) : first!;
  const row = await db
    .select(
      db.raw('count(*) FILTER (WHERE at < ?) AS overdue', [today]),
      db.raw('count(*) FILTER (WHERE at >= ? AND at < ?) AS today', [today, tomorrow]),
      db.raw('count(*) FILTER (WHERE at >= ?) AS upcoming', [tomorrow]),
    )
    .from(all.as('c'))
    .first();
  return { overdue: Number(row.overdue), today: Number(row.today), upcoming: Number(row.upcoming) };
}
