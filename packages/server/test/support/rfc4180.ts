// A strict RFC 4180 reader, as the grammar says and no more: records end in CRLF, a field
// holding a comma, a double quote, CR or LF must be quoted, a quote inside is doubled,
// and every record has as many fields as the header. Anything else throws, where lenient
// readers (csv-parse's defaults, Excel) guess. Text beyond ASCII is allowed as TEXTDATA.

const field = /"((?:[^"]|"")*)"|([^",\r\n]*)/y;

export function readStrictCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let at = 0;
  while (at < text.length) {
    field.lastIndex = at;
    const match = field.exec(text)!;
    record.push(match[1] !== undefined ? match[1].replace(/""/g, '"') : match[2]!);
    at = field.lastIndex;
    if (text[at] === ',') {
      at += 1;
    } else if (text.startsWith('\r\n', at)) {
      at += 2;
      records.push(record);
      record = [];
    } else {
      throw new Error(`not RFC 4180 at character ${at} (record ${records.length + 1}): ${JSON.stringify(text.slice(at, at + 20))}`);
    }
  }
  if (record.length > 0) records.push(record);
  const width = records[0]?.length ?? 0;
  const ragged = records.findIndex((fields) => fields.length !== width);
  if (ragged >= 0) throw new Error(`record ${ragged + 1} has ${records[ragged]!.length} fields, the header ${width}`);
  return records;
}
