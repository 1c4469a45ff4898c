import type { Knex } from 'knex';
import { applySelection, type FilterStructure, type FilterValues } from '../query/filters';
import { type BucketRow, type Dimension, dimensionSelect, groupedRows } from './report-buckets';

// The outcome report: a business's dispositions in a period of their `timestamp`, selected as
// a disposition query selects them, counted (and their distinct leads) per group. The period
// bounds `timestamp`, so PostgreSQL reads the business's rows of the period by its
// (business_id, timestamp) index, however many other rows it has.

export interface OutcomeReportQuery {
  businessId: string;
  from: string;
  to: string;
  timeZone: string;
  dimensions: readonly Dimension[];
  selection: { structure: FilterStructure; values: FilterValues };
  /** The most rows to read (one more than an answer holds, to tell when there are more). */
  limit: number;
}

function periodRows(db: Knex, query: OutcomeReportQuery): Knex.QueryBuilder {
  const rows = db('dispositions').where('business_id', query.businessId).where('timestamp', '>=', query.from).where('timestamp', '<', query.to);
  return applySelection(rows, query.selection.structure, query.selection.values);
}

/** The groups, sorted by their keys: `k0`… (and a period's `k<i>_start`, `k<i>_end`), `count`, `leads`. */
export async function outcomeReportRows(db: Knex, query: OutcomeReportQuery): Promise<BucketRow[]> {
  const inner = periodRows(db, query)
    .select(query.dimensions.map((dimension, i) => dimensionSelect(db, dimension, i, query.timeZone)))
    .select(db.raw('count(*) AS count'), db.raw('count(DISTINCT lead_id) AS leads'));
  return groupedRows(db, inner, query.dimensions, ['count', 'leads'], query.timeZone, query.limit);
}

/** Every disposition of the report and its distinct leads, each counted once. */
export async function outcomeReportTotals(db: Knex, query: OutcomeReportQuery): Promise<{ count: number; leads: number }> {
  const row = await periodRows(db, query).select(db.raw('count(*) AS count'), db.raw('count(DISTINCT lead_id) AS leads')).first();
  return { count: Number(row.count), leads: Number(row.leads) };
}
