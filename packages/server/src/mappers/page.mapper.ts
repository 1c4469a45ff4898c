import type { Page } from '../query/keyset-page';

/** The wire shape of a page (`DispositionPage`, `LeadPage`) from rows and a row mapper. */
export function toPageResponse<Row, Item>(page: Page<Row>, toItem: (row: Row) => Item) {
  return {
    items: page.rows.map(toItem),
    pageSize: page.pageSize,
    continuationToken: page.continuationToken,
    totalCount: page.totalCount,
  };
}
