import type { DispositionQueryOptions, LeadQueryOptions } from '@dispositions/api-types';
import type { Knex } from 'knex';
import { isStorableDateTime } from '../http/date-time';
import { ValidationError } from '../http/errors';
import { decodeToken, encodeToken, type KeyValue, queryDigest } from './continuation-token';

export type FieldKind = 'text' | 'uuid' | 'timestamp' | 'boolean';

/** How an API field of a query maps onto SQL. */
export interface QueryField {
  /** A column reference, e.g. `dispositions.callback_at`. */
  column: string;
  kind: FieldKind;
  /** The column is NOT NULL, which lets an ascending keyset start at an index bound. */
  notNull?: true;
}

export type QueryOptions = DispositionQueryOptions | LeadQueryOptions;
type Direction = 'asc' | 'desc';
type RangeFilter = NonNullable<QueryOptions['rangeFilters']>[number];

export interface PageQuery {
  /** Rows of one business, with the columns the mapper needs; no order, no limit. */
  base: Knex.QueryBuilder;
  fields: Record<string, QueryField>;
  /** The unique column that breaks ties, last in every order. */
  idColumn: string;
  defaultOrder: { field: string; direction: Direction };
  /** Where `search` looks when the request names no `searchFields`. */
  defaultSearchFields: readonly string[];
  options: QueryOptions;
  tokenSecret: string;
  /** What a continuation token is bound to (business and resource): it works nowhere else. */
  tokenScope: string;
}

export interface Page<Row> {
  rows: Row[];
  pageSize: number;
  continuationToken: string | null;
  totalCount: number | null;
}

export const defaultPageSize = 50;

/**
 * The most a page's rows may add up to as JSON: a page ends early, continuation token and
 * all, once its rows pass it, so 500 rows of the largest leads never cost a request
 * 60 MB. At least one row always goes out, so paging never stalls.
 */
export const maxPageBytes = 4 * 1024 * 1024;

/**
 * A bound no row's JSON exceeds, without serializing it: each character of a string at most 6
 * bytes (an escape such as `\u001f`), dates and other scalars at most 40, nested JSON its own
 * length, and a field's name with its quotes and punctuation.
 */
function jsonBytesAtMost(row: Record<string, unknown>): number {
  let bytes = 2;
  for (const name in row) {
    const value = row[name];
    bytes += name.length * 6 + 4;
    if (typeof value === 'string') bytes += value.length * 6 + 2;
    else if (typeof value === 'object' && value !== null && !(value instanceof Date)) bytes += Buffer.byteLength(JSON.stringify(value));
    else bytes += 40;
  }
  return bytes;
}

/** How many of `rows` fit in `maxPageBytes`: at least one. Rows whose bound fits are not serialized to be sure. */
function rowsWithinBytes(rows: Record<string, unknown>[]): number {
  let bound = 0;
  for (const row of rows) bound += jsonBytesAtMost(row);
  if (bound <= maxPageBytes) return rows.length;
  let bytes = 0;
  for (const [index, row] of rows.entries()) {
    bytes += Buffer.byteLength(JSON.stringify(row));
    if (bytes > maxPageBytes) return Math.max(index, 1);
  }
  return rows.length;
}

const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const rangeOperators = [
  ['greaterThan', '>'],
  ['greaterThanOrEqual', '>='],
  ['lessThan', '<'],
  ['lessThanOrEqual', '<='],
] as const satisfies readonly (readonly [keyof RangeFilter, string])[];

function fieldOf(fields: Record<string, QueryField>, name: string, path: string): QueryField {
  const field = fields[name];
  if (!field) throw ValidationError.at(path, `cannot use field ${JSON.stringify(name)} here`);
  return field;
}

/** Checks a filter value against the field's kind, so nothing malformed reaches SQL. */
function sqlValue(field: QueryField, value: KeyValue, path: string): string | boolean {
  switch (field.kind) {
    case 'boolean':
      if (value === true || value === 'true') return true;
      if (value === false || value === 'false') return false;
      throw ValidationError.at(path, 'must be a boolean');
    case 'timestamp':
      if (typeof value === 'string' && rfc3339.test(value) && isStorableDateTime(value)) return value;
      throw ValidationError.at(path, 'must be an RFC 3339 date-time');
    case 'uuid':
      if (typeof value === 'string' && uuid.test(value)) return value;
      throw ValidationError.at(path, 'must be a UUID');
    case 'text':
      if (typeof value === 'string') return value;
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
      throw ValidationError.at(path, 'must be a string');
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function applyFilters(query: Knex.QueryBuilder, { fields, options, defaultSearchFields }: PageQuery): void {
  options.filters?.forEach((filter, i) => {
    const field = fieldOf(fields, filter.field, `/body/filters/${i}/field`);
    if (filter.value === null) query.whereNull(field.column);
    else query.where(field.column, sqlValue(field, filter.value, `/body/filters/${i}/value`));
  });
  options.rangeFilters?.forEach((range, i) => {
    const field = fieldOf(fields, range.field, `/body/rangeFilters/${i}/field`);
    for (const [bound, operator] of rangeOperators) {
      const value = range[bound];
      if (value !== undefined && value !== null) {
        query.where(field.column, operator, sqlValue(field, value, `/body/rangeFilters/${i}/${bound}`));
      }
    }
  });
  const search = options.search?.trim();
  if (search) {
    const names = options.searchFields?.length ? options.searchFields : defaultSearchFields;
    const pattern = `%${escapeLike(search)}%`;
    query.where((inner) => {
      names.forEach((name, i) => {
        const field = fieldOf(fields, name, `/body/searchFields/${i}`);
        inner.orWhereRaw(`?? ILIKE ? ESCAPE '\\'`, [field.column, pattern]);
      });
    });
  }
}

interface SortKey {
  column: string;
  field: QueryField;
  direction: Direction;
}

function sortKeys({ fields, options, defaultOrder, idColumn }: PageQuery): SortKey[] {
  const orderBy = options.orderBy?.length ? options.orderBy : [defaultOrder];
  const keys = orderBy.map((order, i) => {
    const field = fieldOf(fields, order.field, `/body/orderBy/${i}/field`);
    return { column: field.column, field, direction: order.direction ?? 'asc' };
  });
  const last = keys[keys.length - 1]?.direction ?? 'asc';
  return [...keys, { column: idColumn, field: { column: idColumn, kind: 'uuid', notNull: true }, direction: last }];
}

/**
 * Rows strictly after the keyset position. PostgreSQL sorts NULL after every value, so it
 * comes last ascending and first descending; each key contributes "after" and "equal" terms.
 *
 * The OR of those terms cannot bound an index scan, so a deep page would read every row
 * before it. A redundant bound on the first key (`<=` descending, `>=` ascending when no
 * NULL can follow) lets PostgreSQL start the scan at the position instead.
 */
function afterPosition(query: Knex.QueryBuilder, keys: SortKey[], position: KeyValue[]): void {
  const branches: { sql: string; bindings: Knex.RawBinding[] }[] = [];
  const equal: { sql: string; bindings: Knex.RawBinding[] }[] = [];
  keys.forEach((key, i) => {
    const value = position[i] ?? null;
    let after: { sql: string; bindings: Knex.RawBinding[] } | undefined;
    if (value === null) {
      if (key.direction === 'desc') after = { sql: '?? IS NOT NULL', bindings: [key.column] };
    } else if (key.direction === 'asc') {
      after = { sql: '(?? > ? OR ?? IS NULL)', bindings: [key.column, value, key.column] };
    } else {
      after = { sql: '?? < ?', bindings: [key.column, value] };
    }
    if (after) {
      branches.push({
        sql: [...equal.map((term) => term.sql), after.sql].join(' AND '),
        bindings: [...equal.flatMap((term) => term.bindings), ...after.bindings],
      });
    }
    equal.push(value === null ? { sql: '?? IS NULL', bindings: [key.column] } : { sql: '?? = ?', bindings: [key.column, value] });
  });
  const [first] = keys;
  const start = position[0] ?? null;
  if (first && start !== null && (first.direction === 'desc' || first.field.notNull)) {
    query.where(first.column, first.direction === 'desc' ? '<=' : '>=', start);
  }
  if (branches.length === 0) query.whereRaw('false');
  else
    query.whereRaw(
      `(${branches.map((branch) => `(${branch.sql})`).join(' OR ')})`,
      branches.flatMap((branch) => branch.bindings),
    );
}

function keyValue(value: unknown): KeyValue {
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  return value as KeyValue;
}

/** Checks a decoded position against the kinds of the sort keys. */
function positionIsValid(keys: SortKey[], position: KeyValue[]): boolean {
  return keys.every((key, i) => {
    const value = position[i];
    if (value === null) return key.column !== keys[keys.length - 1]?.column;
    try {
      sqlValue(key.field, value ?? null, '');
      return typeof value === (key.field.kind === 'boolean' ? 'boolean' : 'string');
    } catch {
      return false;
    }
  });
}

/** One page by keyset pagination: never OFFSET, so a deep page costs what the first does. */
export async function fetchPage<Row extends Record<string, unknown>>(page: PageQuery): Promise<Page<Row>> {
  const { options } = page;
  const pageSize = options.pageSize ?? defaultPageSize;
  const keys = sortKeys(page);
  const digest = queryDigest({
    scope: page.tokenScope,
    orderBy: keys.map(({ column, direction }) => [column, direction]),
    filters: options.filters ?? [],
    rangeFilters: options.rangeFilters ?? [],
    search: options.search ?? '',
    searchFields: options.searchFields ?? [],
  });

  const query = page.base.clone();
  applyFilters(query, page);
  const countQuery = options.includeCount ? query.clone().clearSelect().count({ count: '*' }) : undefined;

  if (options.continuationToken) {
    const position = decodeToken(page.tokenSecret, options.continuationToken, digest, keys.length);
    if (!position || !positionIsValid(keys, position)) {
      throw ValidationError.at('/body/continuationToken', 'is not a continuation token issued for this query', 'invalid.token');
    }
    afterPosition(query, keys, position);
  }
  keys.forEach((key, i) => {
    query.select({ [`_k${i}`]: key.column });
    query.orderBy(key.column, key.direction);
  });
  query.limit(pageSize + 1);

  const [found, counted] = await Promise.all([query as Promise<Row[]>, countQuery?.first()]);
  const rows = found.slice(0, rowsWithinBytes(found.slice(0, pageSize)));
  const last = rows[rows.length - 1];
  const continuationToken =
    found.length > rows.length && last
      ? encodeToken(
          page.tokenSecret,
          keys.map((_, i) => keyValue(last[`_k${i}`])),
          digest,
        )
      : null;
  return { rows, pageSize, continuationToken, totalCount: counted ? Number(counted.count) : null };
}
