import type { Options } from 'csv-stringify';

/**
 * What makes a spreadsheet read a cell as a formula (OWASP "CSV injection"): `=`, `+`,
 * `-`, `@`, a tab or a carriage return at its start. Such a cell gets a leading `'`,
 * which Excel, Sheets and LibreOffice show as text and do not evaluate.
 */
const formulaStart = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/**
 * How every CSV export writes a cell, the streamed one and the JSON document's `csv` alike.
 * With `record_delimiter: 'windows'` csv-stringify quotes only a whole CRLF, so a bare CR or
 * LF would end the record for a strict RFC 4180 reader: `quoted_match` quotes them too.
 */
export const csvCellOptions = {
  cast: { boolean: (value: boolean) => String(value), string: neutraliseFormula },
  quoted_match: /[\r\n]/,
} satisfies Options;
