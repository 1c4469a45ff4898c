import type { Knex } from 'knex';
import { type FollowUpKind, followUpTime } from '../domain/follow-ups';
import { applySelection, type FilterStructure, type FilterValues } from '../query/filters';
import { closedList } from './follow-ups.repository';
import { type BucketRow, type Dimension, dimensionSelect, groupedRows } from './report-buckets';

// The follow-up report: each follow-up whose time is in the period, with what became of it,
// counted per group. What became of it is decided by the first disposition of the same lead
// after it (in the history's order) dated at or after the start of its window: read through
// the lead's history index, a handful of rows per lead.

export interface FollowUpReportQuery {
  businessId: string;
  from: string;
  to: string;
  timeZone: string;
  kinds: readonly FollowUpKind[];
  dimensions: readonly Dimension[];
  selection: { structure: FilterStructure; values: FilterValues };
  minutesBefore: number;
  minutesAfter: number;
  limit: number;
}

export const fates = ['kept', 'late', 'missed', 'closed', 'open'] as const;

/** The follow-ups of one kind in the period, with the columns their fate depends on. */
function followUpsOfKind(db: Knex, query: FollowUpReportQuery, kind: FollowUpKind): Knex.QueryBuilder {
  const { column } = followUpTime[kind];
  const rows = db('dispositions')
    .select(db.raw('? AS kind', [kind]), db.raw('?? AS at', [column]))
    .select('business_id', 'id', 'lead_id', 'timestamp', 'assigned_to_user_id', 'follow_up_status', 'updated_at')
    .where('business_id', query.businessId)
    .where(column, '>=', query.from)
    .where(column, '<', query.to);
  return applySelection(rows, query.selection.structure, query.selection.values);
}

/** Each follow-up with its fate: closed, kept, late, missed or open (see the spec's `POST /reports/follow-ups`). */
function withFates(db: Knex, query: FollowUpReportQuery): Knex.QueryBuilder {
  const [first, ...others] = query.kinds.map((kind) => followUpsOfKind(db, query, kind));
  const followUps = others.length > 0 ? db.select('*').from(first!.unionAll(others, true).as('u')) : first!;
  const fate = db.raw(
    `CASE
      WHEN lower(btrim(f.follow_up_status)) IN (${closedList}) AND (n."timestamp" IS NULL OR f.updated_at <= n.created_at) THEN 'closed'
      WHEN n."timestamp" IS NOT NULL AND n."timestamp" <= f.at + make_interval(mins => ?) THEN 'kept'
      WHEN n."timestamp" IS NOT NULL THEN 'late'
      WHEN now() > f.at + make_interval(mins => ?) THEN 'missed'
      ELSE 'open' END AS fate`,
    [query.minutesAfter, query.minutesAfter],
  );
  const next = {
    sql: `LEFT JOIN LATERAL (SELECT n."timestamp", n.created_at FROM dispositions AS n
      WHERE n.business_id = f.business_id AND n.lead_id = f.lead_id AND (n."timestamp", n.id) > (f."timestamp", f.id)
        AND n."timestamp" >= f.at - make_interval(mins => ?)
      ORDER BY n."timestamp", n.id LIMIT 1) AS n ON true`,
    bindings: [query.minutesBefore],
  };
  return db.select('f.kind', 'f.at', 'f.assigned_to_user_id', fate).from(followUps.as('f')).joinRaw(next.sql, next.bindings);
}

/** The groups, sorted by their keys: `k0`… (and a period's start and end), `scheduled` and one count per fate. */
export async function followUpReportRows(db: Knex, query: FollowUpReportQuery): Promise<BucketRow[]> {
  const counts = [db.raw('count(*) AS scheduled'), ...fates.map((fate) => db.raw(`count(*) FILTER (WHERE fate = '${fate}') AS ${fate}`))];
  const inner = db
    .select(query.dimensions.map((dimension, i) => dimensionSelect(db, dimension, i, query.timeZone)))
    .select(counts)
    .from(withFates(db, query).as('followed'));
  return groupedRows(db, inner, query.dimensions, ['scheduled', ...fates], query.timeZone, query.limit);
}
