import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type Options, stringify } from 'csv-stringify';
import { stringify as stringifySync } from 'csv-stringify/sync';
import type { Response } from 'express';
import { csvCellOptions } from '../mappers/csv-cells';

// CSV on the wire: RFC 4180 records (CRLF), a header row of the columns, spreadsheet-safe
// cells (mappers/csv-cells.ts). The same options for a document's `csv` text and a stream.

function csvOptions(columns: readonly string[]): Options {
  return { header: true, columns: [...columns], record_delimiter: 'windows', ...csvCellOptions };
}

/** The rows as one CSV text, for a JSON document that carries it. */
export function csvText(rows: readonly object[], columns: readonly string[]): string {
  return stringifySync([...rows], csvOptions(columns));
}

/**
 * Streams the rows as a `text/csv` attachment in constant memory: each row is mapped as it
 * is written, and a slow reader holds back the reading of more rows.
 */
export async function streamCsv<Row>(
  res: Response,
  fileName: string,
  columns: readonly string[],
  rows: AsyncIterable<Row>,
  toCsvRow: (row: Row) => object,
): Promise<void> {
  res.status(200).type('text/csv').attachment(fileName);
  await pipeline(Readable.from(rows).map(toCsvRow), stringify(csvOptions(columns)), res);
}
