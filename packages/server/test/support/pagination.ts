/** One page as both query endpoints answer it. */
export interface Page<Item> {
  items: Item[];
  pageSize: number;
  continuationToken?: string | null;
}

/** Every page of a query, following continuation tokens until the last page. */
export async function walkPages<Item>(fetchPage: (continuationToken: string | undefined) => Promise<Page<Item>>): Promise<Item[]> {
  const items: Item[] = [];
  let continuationToken: string | undefined;
  for (let pages = 0; pages < 1000; pages++) {
    const result = await fetchPage(continuationToken);
    if (result.items.length > result.pageSize) throw new Error(`a page held ${result.items.length} items, more than its pageSize ${result.pageSize}`);
    items.push(...result.items);
    continuationToken = result.continuationToken ?? undefined;
    if (!continuationToken) return items;
  }
  throw new Error('pagination did not end');
}

/** PostgreSQL's order: NULL after every value ascending (so before every value descending). */
export function compareNullsLast(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** The ids in the order the server must return them: by one field, ties broken by id in the same direction. */
export function expectedIds<Item extends { id: string }>(items: Item[], value: (item: Item) => string | null, direction: 'asc' | 'desc'): string[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => sign * (compareNullsLast(value(a), value(b)) || compareNullsLast(a.id, b.id))).map((item) => item.id);
}
