import type { Knex } from 'knex';
import { type Bindable, type Statement, statement } from '../db/statement';
import { InvalidFieldsError } from '../domain/errors';
import { decodeToken, encodeToken, queryDigest } from './continuation-token';
import { applySelection, checkSelection, type FilterStructure, type FilterValues, type QueryFields, type QueryOptions } from './filters';
import { type Direction, keyValue, positionIsValid, type SortKey, sortKeys, whereAfterPosition } from './keyset';
import { rowsWithinBytes } from './page-bytes';

export type { QueryField, QueryOptions } from './filters';

/** Rows of one business, with the columns the mapper needs; no order, no limit. */
export type PageBase = (db: Knex, businessId: Bindable<string>) => Knex.QueryBuilder;

export interface PageQuery {
  db: Knex;
  businessId: string;
  /** The resource's pages, from `keysetPages` (one per resource). */
  pages: KeysetPages;
  fields: QueryFields;
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

/** What a page's SQL depends on besides its values: part of its statement's shape. */
interface PageStructure extends FilterStructure {
  keys: SortKey[];
  /** Which values of the position after which the page starts are null; null on a first page. */
  nullsInPosition: boolean[] | null;
  limit: number;
}

/** A page's values, each checked against its field's kind, in the order of its structure. */
type PageValues = FilterValues & { businessId: string; position: unknown[] };

/** How a resource's pages are read: one statement, built once per shape of page. */
export interface KeysetPages {
  base: PageBase;
  statement: Statement<PageValues, PageStructure>;
}

export function keysetPages(base: PageBase): KeysetPages {
  return {
    base,
    statement: statement<PageValues, PageStructure>((db, values, structure) => {
      const query = applySelection(base(db, values.businessId), structure, values);
      const { keys, nullsInPosition } = structure;
      if (nullsInPosition) {
        whereAfterPosition(
          query,
          keys,
          nullsInPosition.map((isNull, i) => (isNull ? null : values.position[i])),
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

/** One page by keyset pagination: never OFFSET, so a deep page costs what the first does. */
export async function fetchPage<Row extends Record<string, unknown>>(page: PageQuery): Promise<Page<Row>> {
  const { options } = page;
  const pageSize = options.pageSize ?? defaultPageSize;
  const keys = sortKeys(page.fields, options.orderBy, page.defaultOrder, page.idColumn);
  const digest = queryDigest({
    scope: page.tokenScope,
    orderBy: keys.map(({ column, direction }) => [column, direction]),
    filters: options.filters ?? [],
    rangeFilters: options.rangeFilters ?? [],
    search: options.search ?? '',
    searchFields: options.searchFields ?? [],
  });

  const selection = checkSelection(page.fields, options, page.defaultSearchFields);
  const structure: PageStructure = { ...selection.structure, keys, nullsInPosition: null, limit: pageSize + 1 };
  const values: PageValues = { ...selection.values, businessId: page.businessId, position: [] };
  const countQuery = options.includeCount
    ? applySelection(page.pages.base(page.db, page.businessId), selection.structure, selection.values).clearSelect().count({ count: '*' }).first()
    : undefined;

  if (options.continuationToken) {
    const position = decodeToken(page.tokenSecret, options.continuationToken, digest, keys.length);
    if (!position || !positionIsValid(keys, position)) {
      throw InvalidFieldsError.at('/body/continuationToken', 'is not a continuation token issued for this query', 'invalid.token');
    }
    structure.nullsInPosition = position.map((value) => value === null);
    values.position = position;
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
