import type { Knex } from 'knex';
import type { KeyValue } from './continuation-token';
import { checkedValue, fieldOf, type QueryField, type QueryFields } from './filters';

// Keyset pagination's order and position: which keys a page is sorted by (the request's, then
// the id to break ties), and the predicate for "strictly after this row" in that order.

export type Direction = 'asc' | 'desc';

export interface SortKey {
  column: string;
  field: QueryField;
  direction: Direction;
}

/** The request's order, checked against the allow-list, with the id column last. */
export function sortKeys(
  fields: QueryFields,
  orderBy: readonly { field: string; direction?: Direction }[] | undefined,
  defaultOrder: { field: string; direction: Direction },
  idColumn: string,
): SortKey[] {
  const order = orderBy?.length ? orderBy : [defaultOrder];
  const keys = order.map((item, i) => {
    const field = fieldOf(fields, item.field, `/body/orderBy/${i}/field`);
    return { column: field.column, field, direction: item.direction ?? 'asc' };
  });
  const last = keys[keys.length - 1]?.direction ?? 'asc';
  return [...keys, { column: idColumn, field: { column: idColumn, kind: 'uuid', notNull: true }, direction: last }];
}

type Term = { sql: string; bindings: Knex.RawBinding[] };

/**
 * Rows strictly after the keyset position. PostgreSQL sorts NULL after every value, so it
 * comes last ascending and first descending; each key contributes "after" and "equal" terms.
 *
 * The OR of those terms cannot bound an index scan, so a deep page would read every row
 * before it. A redundant bound on the first key (`<=` descending, `>=` ascending when no
 * NULL can follow) lets PostgreSQL start the scan at the position instead.
 *
 * Which position values are null decides the SQL, so `position` must say null exactly where
 * the position is null: the statement's shape carries that (see keyset-page.ts).
 */
export function whereAfterPosition(query: Knex.QueryBuilder, keys: SortKey[], position: readonly unknown[]): void {
  const branches: Term[] = [];
  const equal: Term[] = [];
  keys.forEach((key, i) => {
    const value = (position[i] ?? null) as Knex.RawBinding;
    let after: Term | undefined;
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
  const start = (position[0] ?? null) as Knex.RawBinding;
  if (first && start !== null && (first.direction === 'desc' || first.field.notNull)) {
    query.where(first.column, first.direction === 'desc' ? '<=' : '>=', start as Knex.Value);
  }
  if (branches.length === 0) query.whereRaw('false');
  else
    query.whereRaw(
      `(${branches.map((branch) => `(${branch.sql})`).join(' OR ')})`,
      branches.flatMap((branch) => branch.bindings),
    );
}

/** A sort key's value of a row as a continuation token holds it. */
export function keyValue(value: unknown): KeyValue {
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  return value as KeyValue;
}

/** Checks a decoded position against the kinds of the sort keys. */
export function positionIsValid(keys: SortKey[], position: KeyValue[]): boolean {
  return keys.every((key, i) => {
    const value = position[i];
    if (value === null) return key.column !== keys[keys.length - 1]?.column;
    try {
      checkedValue(key.field, value ?? null, '');
      return typeof value === (key.field.kind === 'boolean' ? 'boolean' : 'string');
    } catch {
      return false;
    }
  });
}
