import type { DispositionQueryOptions, LeadQueryOptions } from '@dispositions/api-types';
import type { Knex } from 'knex';
import { type Statement, statement } from '../db/statement';
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

/** Rows of one business, with the columns the mapper needs; no order, no limit. */
export type PageBase = (db: Knex, businessId: string) => Knex.QueryBuilder;

export interface PageQuery {
  db: Knex;
  businessId: string;
  /** The resource's pages, from `keysetPages` (one per resource). */
  pages: KeysetPages;
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

/** What a page's SQL depends on besides its values: part of its statement's shape. */
interface PageStructure {
  filters: { column: string; isNull: boolean }[];
  ranges: { column: string; operator: string }[];
  /** The columns a search looks in, if the page searches. */
  search: string[] | null;
  keys: SortKey[];
  afterPosition: boolean;
  limit: number;
}

/** A page's values, each checked against its field's kind: `filter<i>`, `range<i>`, `pattern`, `position<i>`. */
type PageValues = Record<string, unknown> & { businessId: string };

/** Checks the filters, ranges and search of the request, and sorts them into structure and values. */
function filterParameters({ fields, options, defaultSearchFields }: PageQuery, structure: PageStructure, values: PageValues): void {
  options.filters?.forEach((filter, i) => {
    const field = fieldOf(fields, filter.field, `/body/filters/${i}/field`);
    structure.filters.push({ column: field.column, isNull: filter.value === null });
    if (filter.value !== null) values[`filter${structure.filters.length - 1}`] = sqlValue(field, filter.value, `/body/filters/${i}/value`);
  });
  options.rangeFilters?.forEach((range, i) => {
    const field = fieldOf(fields, range.field, `/body/rangeFilters/${i}/field`);
    for (const [bound, operator] of rangeOperators) {
      const value = range[bound];
      if (value !== undefined && value !== null) {
        structure.ranges.push({ column: field.column, operator });
        values[`range${structure.ranges.length - 1}`] = sqlValue(field, value, `/body/rangeFilters/${i}/${bound}`);
      }
    }
  });
  const search = options.search?.trim();
  if (search) {
    const names = options.searchFields?.length ? options.searchFields : defaultSearchFields;
    structure.search = names.map((name, i) => fieldOf(fields, name, `/body/searchFields/${i}`).column);
    values.pattern = `%${escapeLike(search)}%`;
  }
}

/** The page's rows before keyset and order: the base with the filters, ranges and search. */
function filtered(db: Knex, base: PageBase, values: PageValues, structure: PageStructure): Knex.QueryBuilder {
  const query = base(db, values.businessId);
  structure.filters.forEach((filter, i) => {
    if (filter.isNull) query.whereNull(filter.column);
    else query.where(filter.column, values[`filter${i}`] as string | boolean);
  });
  structure.ranges.forEach((range, i) => {
    query.where(range.column, range.operator, values[`range${i}`] as string);
  });
  const { search } = structure;
  if (search) {
    query.where((inner) => {
      for (const column of search) inner.orWhereRaw(`?? ILIKE ? ESCAPE '\\'`, [column, values.pattern as string]);
    });
  }
  return query;
}

/** How a resource's pages are read: one statement, built once per shape of page. */
export interface KeysetPages {
  base: PageBase;
  statement: Statement<PageValues, PageStructure>;
}

export function keysetPages(base: PageBase): KeysetPages {
  return {
    base,
    statement: statement((db, values: PageValues, structure: PageStructure) => {
      const query = filtered(db, base, values, structure);
      const { keys } = structure;
      if (structure.afterPosition) {
        afterPosition(
          query,
          keys,
          keys.map((_key, i) => (values[`position${i}`] ?? null) as KeyValue),
        );
      }
      keys.forEach((key, i) => {
        query.select({ [`_k${i}`]: key.column });
        query.orderBy(key.column, key.direction);
      });
      return query.limit(structure.limit);
    }),
  };
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

  const structure: PageStructure = { filters: [], ranges: [], search: null, keys, afterPosition: false, limit: pageSize + 1 };
  const values: PageValues = { businessId: page.businessId };
  filterParameters(page, structure, values);
  const countQuery = options.includeCount ? filtered(page.db, page.pages.base, values, structure).clearSelect().count({ count: '*' }).first() : undefined;

  if (options.continuationToken) {
    const position = decodeToken(page.tokenSecret, options.continuationToken, digest, keys.length);
    if (!position || !positionIsValid(keys, position)) {
      throw ValidationError.at('/body/continuationToken', 'is not a continuation token issued for this query', 'invalid.token');
    }
    structure.afterPosition = true;
    position.forEach((value, i) => {
      values[`position${i}`] = value ?? null;
    });
  }

  const [found, counted] = await Promise.all([page.pages.statement.rows<Row>(page.db, values, structure), countQuery]);
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
