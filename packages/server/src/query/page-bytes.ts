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
export function rowsWithinBytes(rows: Record<string, unknown>[]): number {
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
