import type { components, DispositionQueryOptions } from '@dispositions/api-types';
import { InvalidFieldsError, UnprocessableError } from '../domain/errors';
import { isTimeZoneName, isUnknownTimeZoneError } from '../domain/time-zones';
import { checkSelection } from '../query/filters';
import { dispositionQueryFields, dispositionSearchFields } from '../repositories/dispositions.repository';
import type { BucketRow, Dimension } from '../repositories/report-buckets';

// What both reports check and build alike: the period and time zone, the selection (the
// query's allow-list and semantics, errors named at the request's own fields), the cap on
// rows, and each row's drill-down query for POST /dispositions/all/my.

type Schemas = components['schemas'];
type Selection = Pick<Schemas['OutcomeReportRequest'], 'filters' | 'rangeFilters' | 'search' | 'searchFields'>;
type RangeFilter = Schemas['DispositionRangeFilter'];

export const maxReportDays = 400;
export const maxReportRows = 10_000;
const dayMs = 86_400_000;

const unknownTimeZone = (path: string) =>
  InvalidFieldsError.at(path, 'is not a known IANA time zone name (such as UTC, America/New_York or Europe/Berlin)', 'unknown.timeZone');

/** Checks that `name` is an IANA time zone name, else a 400 at `path`. */
export function checkTimeZone(name: string, path: string): void {
  if (!isTimeZoneName(name)) throw unknownTimeZone(path);
}

/** Runs `work`, turning the database's refusal of a time zone it does not know (one ICU knows) into a 400 at `path`. */
export async function inTimeZone<T>(path: string, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isUnknownTimeZoneError(error)) throw unknownTimeZone(path);
    throw error;
  }
}

export interface CheckedPeriod {
  from: string;
  to: string;
  timeZone: string;
}

/** The period as instants in UTC, after checking `to` is after `from`, at most 400 days on, and the time zone. */
export function checkPeriod(body: { from: string; to: string; timeZone?: string }): CheckedPeriod {
  const from = new Date(body.from);
  const to = new Date(body.to);
  if (to.getTime() <= from.getTime()) throw InvalidFieldsError.at('/body/to', 'must be after from', 'range.empty');
  if (to.getTime() - from.getTime() > maxReportDays * dayMs) {
    throw InvalidFieldsError.at('/body/to', `must be at most ${maxReportDays} days after from`, 'range.too.long');
  }
  const timeZone = body.timeZone ?? 'UTC';
  checkTimeZone(timeZone, '/body/timeZone');
  return { from: from.toISOString(), to: to.toISOString(), timeZone };
}

/** The selection checked against the disposition query's allow-list. */
export function checkReportSelection(body: Selection) {
  return checkSelection(dispositionQueryFields, body, dispositionSearchFields);
}

/** Refuses an answer of more rows than one holds (the rows were read with one extra). */
export function checkRowCount(rows: readonly unknown[]): void {
  if (rows.length > maxReportRows) {
    throw new UnprocessableError(
      `This report has more than ${maxReportRows} rows, the most one answer holds. Narrow it: a shorter period, fewer or coarser groupBy dimensions (week or month rather than day), or filters.`,
      '/problems/report-too-large',
    );
  }
}

/** The part of the period a row's calendar periods cover: the latest start and the earliest end. */
export function rowPeriod(row: BucketRow, dimensions: readonly Dimension[], period: CheckedPeriod): { from: string; to: string } {
  let from = period.from;
  let to = period.to;
  dimensions.forEach((dimension, i) => {
    if (dimension.by !== 'period') return;
    const start = (row[`k${i}_start`] as Date).toISOString();
    const end = (row[`k${i}_end`] as Date).toISOString();
    if (start > from) from = start;
    if (end < to) to = end;
  });
  return { from, to };
}

/** The body for POST /dispositions/all/my listing a row's records: the report's selection, the row's keys and time range. */
export function drillDownQuery(
  body: Selection,
  keyFilters: { field: Schemas['DispositionFilterField']; value: string | null }[],
  range: { field: RangeFilter['field']; from: string; to: string },
): DispositionQueryOptions {
  const query: DispositionQueryOptions = {
    filters: [...(body.filters ?? []), ...keyFilters],
    rangeFilters: [...(body.rangeFilters ?? []), { field: range.field, greaterThanOrEqual: range.from, lessThan: range.to }],
  };
  if (body.search !== undefined) query.search = body.search;
  if (body.searchFields !== undefined) query.searchFields = body.searchFields;
  return query;
}

/** A key value of a row as the answer holds it. */
export function keyValue(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}
