import type { DispositionQueryOptions, LeadQueryOptions } from '@dispositions/api-types';
import type { Knex } from 'knex';
import type { StandIns } from '../db/statement';
import { isStorableDateTime } from '../domain/date-time';
import { InvalidFieldsError } from '../domain/errors';
import type { KeyValue } from './continuation-token';

// The filters, ranges and search of a query request, checked against a resource's allow-list
// of fields: what a query page, and anything else that selects records the way a client
// asked (a report), builds its WHERE from. Nothing unchecked reaches SQL: every column comes
// from the allow-list and every value is checked against its field's kind, then bound.

export type FieldKind = 'text' | 'uuid' | 'timestamp' | 'boolean';

/** How an API field of a query maps onto SQL. */
export interface QueryField {
  /** A column reference, e.g. `dispositions.callback_at`. */
  column: string;
  kind: FieldKind;
  /** The column is NOT NULL, which lets an ascending keyset start at an index bound. */
  notNull?: true;
}

/** The allow-list of a resource's query: API field name to SQL. */
export type QueryFields = Record<string, QueryField>;

export type QueryOptions = DispositionQueryOptions | LeadQueryOptions;
type RangeFilter = NonNullable<QueryOptions['rangeFilters']>[number];
type Selection = Pick<QueryOptions, 'filters' | 'rangeFilters' | 'search' | 'searchFields'>;

/** What the SQL of a selection depends on besides its values: columns, operators, null tests. */
export interface FilterStructure {
  filters: { column: string; isNull: boolean }[];
  ranges: { column: string; operator: string }[];
  /** The columns a search looks in, if the selection searches. */
  search: string[] | null;
}

/** The checked values of a selection, in the order of its structure (null where a filter tests for null). */
export type FilterValues = {
  filters: (string | boolean | null)[];
  ranges: (string | boolean)[];
  /** The search as an ILIKE pattern, if the selection searches. */
  pattern: string | null;
};

const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const rangeOperators = [
  ['greaterThan', '>'],
  ['greaterThanOrEqual', '>='],
  ['lessThan', '<'],
  ['lessThanOrEqual', '<='],
] as const satisfies readonly (readonly [keyof RangeFilter, string])[];

/** The allow-listed field, or an error at `path` naming the field that is not allowed. */
export function fieldOf(fields: QueryFields, name: string, path: string): QueryField {
  const field = fields[name];
  if (!field) throw InvalidFieldsError.at(path, `cannot use field ${JSON.stringify(name)} here`);
  return field;
}

/** Checks a value against the field's kind, so nothing malformed reaches SQL. */
export function checkedValue(field: QueryField, value: KeyValue, path: string): string | boolean {
  switch (field.kind) {
    case 'boolean':
      if (value === true || value === 'true') return true;
      if (value === false || value === 'false') return false;
      throw InvalidFieldsError.at(path, 'must be a boolean');
    case 'timestamp':
      if (typeof value === 'string' && rfc3339.test(value) && isStorableDateTime(value)) return value;
      throw InvalidFieldsError.at(path, 'must be an RFC 3339 date-time');
    case 'uuid':
      if (typeof value === 'string' && uuid.test(value)) return value;
      throw InvalidFieldsError.at(path, 'must be a UUID');
    case 'text':
      if (typeof value === 'string') return value;
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
      throw InvalidFieldsError.at(path, 'must be a string');
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Checks a request's filters, ranges and search against the allow-list and sorts them into
 * structure and values; errors name the request's field (`/body/filters/0/value`).
 */
export function checkSelection(
  fields: QueryFields,
  options: Selection,
  defaultSearchFields: readonly string[],
): { structure: FilterStructure; values: FilterValues } {
  const structure: FilterStructure = { filters: [], ranges: [], search: null };
  const values: FilterValues = { filters: [], ranges: [], pattern: null };
  options.filters?.forEach((filter, i) => {
    const field = fieldOf(fields, filter.field, `/body/filters/${i}/field`);
    structure.filters.push({ column: field.column, isNull: filter.value === null });
    values.filters.push(filter.value === null ? null : checkedValue(field, filter.value, `/body/filters/${i}/value`));
  });
  options.rangeFilters?.forEach((range, i) => {
    const field = fieldOf(fields, range.field, `/body/rangeFilters/${i}/field`);
    for (const [bound, operator] of rangeOperators) {
      const value = range[bound];
      if (value !== undefined && value !== null) {
        structure.ranges.push({ column: field.column, operator });
        values.ranges.push(checkedValue(field, value, `/body/rangeFilters/${i}/${bound}`));
      }
    }
  });
  const search = options.search?.trim();
  if (search) {
    const names = options.searchFields?.length ? options.searchFields : defaultSearchFields;
    structure.search = names.map((name, i) => fieldOf(fields, name, `/body/searchFields/${i}`).column);
    values.pattern = `%${escapeLike(search)}%`;
  }
  return { structure, values };
}

/** Adds the selection's conditions to `query`: its structure decides the SQL, its values are bound. */
export function applySelection(query: Knex.QueryBuilder, structure: FilterStructure, values: FilterValues | StandIns<FilterValues>): Knex.QueryBuilder {
  structure.filters.forEach((filter, i) => {
    if (filter.isNull) query.whereNull(filter.column);
    else query.where(filter.column, values.filters[i] as Knex.Value);
  });
  structure.ranges.forEach((range, i) => {
    query.where(range.column, range.operator, values.ranges[i] as Knex.Value);
  });
  const { search } = structure;
  if (search) {
    query.where((inner) => {
      for (const column of search) inner.orWhereRaw(`?? ILIKE ? ESCAPE '\\'`, [column, values.pattern as Knex.Value]);
    });
  }
  return query;
}
