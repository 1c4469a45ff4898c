import type { Knex } from 'knex';

// How a report groups: by a column's value, or by the calendar period of a time in a time
// zone. Periods are cut in SQL: `AT TIME ZONE` turns the instant into the zone's wall-clock
// time, `date_trunc` takes its day, ISO week (from Monday) or month, and the period's start and
// end go back to instants the same way, so a 23-hour or 25-hour day is one period.

export type PeriodUnit = 'day' | 'week' | 'month';

export type Dimension = { by: 'column'; column: string } | { by: 'period'; unit: PeriodUnit; column: string };

const keyFormat: Record<PeriodUnit, string> = { day: 'YYYY-MM-DD', week: 'YYYY-MM-DD', month: 'YYYY-MM' };
const length: Record<PeriodUnit, string> = { day: '1 day', week: '7 days', month: '1 month' };

/** A report row's key values (`k0`…) and, of a period, its start and end (`k0_start`, `k0_end`). */
export type BucketRow = Record<string, string | number | Date | null>;

/** The inner select of dimension `i`: the column, or the period's wall-clock start, as `k<i>`. */
export function dimensionSelect(db: Knex, dimension: Dimension, i: number, timeZone: string): Knex.Raw {
  return dimension.by === 'column'
    ? db.raw('?? AS ??', [dimension.column, `k${i}`])
    : db.raw(`date_trunc('${dimension.unit}', ?? AT TIME ZONE ?) AS ??`, [dimension.column, timeZone, `k${i}`]);
}

/** The outer select of dimension `i`: its key as text, and a period's start and end as instants. */
export function dimensionOutput(db: Knex, dimension: Dimension, i: number, timeZone: string): Knex.Raw[] {
  const key = `k${i}`;
  if (dimension.by === 'column') return [db.raw('?? AS ??', [key, key])];
  return [
    db.raw(`to_char(??, '${keyFormat[dimension.unit]}') AS ??`, [key, key]),
    db.raw('?? AT TIME ZONE ? AS ??', [key, timeZone, `${key}_start`]),
    db.raw(`(?? + interval '${length[dimension.unit]}') AT TIME ZONE ? AS ??`, [key, timeZone, `${key}_end`]),
  ];
}

/**
 * Groups `inner` by its first selected columns (one per dimension), and answers each group's keys
 * and the `aggregates` inner computes, sorted by the keys, nulls last.
 */
export function groupedRows(
  db: Knex,
  inner: Knex.QueryBuilder,
  dimensions: readonly Dimension[],
  aggregates: readonly string[],
  timeZone: string,
  limit: number,
): Knex.QueryBuilder {
  if (dimensions.length > 0) inner.groupByRaw(dimensions.map((_, i) => String(i + 1)).join(', '));
  const outer = db
    .select(dimensions.flatMap((dimension, i) => dimensionOutput(db, dimension, i, timeZone)))
    .select(aggregates.map((name) => `grouped.${name}`))
    .from(inner.as('grouped'));
  dimensions.forEach((_, i) => {
    outer.orderByRaw('?? ASC NULLS LAST', [`grouped.k${i}`]);
  });
  return outer.limit(limit);
}
