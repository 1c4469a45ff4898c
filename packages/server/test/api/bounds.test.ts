import type { CreateDispositionRequest, DispositionOrderField } from '@dispositions/api-types';
import type { DispositionsClient } from '@dispositions/client';
import { createDispositionsClient } from '@dispositions/client';
import { createApiKey } from '../../src/services/api-keys.service';
import { csvExportLimit, jsonHistoryLimit } from '../../src/services/recorded-changes.service';
import { createDisposition, createLead, exportAsJson } from '../support/factories';
import { insertHistory } from '../support/history';
import { spec } from '../support/spec';
import { useServerWithBusiness } from '../support/test-server';

// Every size the spec declares (maxItems, maxLength) holds for the worst the API lets in:
// the longest histories, the longest field values, the most bad fields in one request.

let client: DispositionsClient;

const suite = useServerWithBusiness();

beforeAll(async () => {
  ({ client } = suite.business);
});

const schemas = spec.components.schemas;

/** The longest CSV row of an export, in characters with its CRLF: every field at its longest, all quotes. */
const longestExportRow = 24_787;

/** Every text field of a disposition at its longest, made of the character that costs most to quote or escape. */
function longestDisposition(leadId: string, character: string): CreateDispositionRequest {
  const short = character.repeat(schemas.ShortText.maxLength);
  const long = character.repeat(schemas.NullableLongText.maxLength);
  return {
    leadId,
    type: short,
    outcome: short,
    category: 'Duplicate',
    changeSource: 'Automation',
    reason: short,
    changedByAutomationId: short,
    notes: long,
    followUpStatus: short,
    appointmentNotes: long,
    assignedToUserId: short,
    relatedCallEventId: short,
    sourceId: short,
    timestamp: '2026-11-24T15:04:05.000Z',
    callbackAt: '2026-11-24T15:04:05.000Z',
    taskDueAt: '2026-11-24T15:04:05.000Z',
    appointmentStartAt: '2026-11-24T15:04:05.000Z',
    appointmentEndAt: '2026-11-24T15:04:05.000Z',
    isMissedCallFollowUp: false,
  };
}

describe('a lead history longer than one answer holds', () => {
  let leadId: string;

  beforeAll(async () => {
    leadId = (await createLead(client)).id;
    await insertHistory(suite.server.db, suite.business.businessId, leadId, jsonHistoryLimit);
  });

  test(`when a lead has ${jsonHistoryLimit} dispositions, then its history holds them all, as many as the spec's maxItems`, async () => {
    const { data, response } = await client.GET('/dispositions/lead/{leadId}', { params: { path: { leadId } } });
    const statusHistory = await client.GET('/leads/{id}/status-history', { params: { path: { id: leadId } } });

    expect(response.status).toBe(200);
    expect(data).toHaveLength(jsonHistoryLimit);
    expect(statusHistory.data).toHaveLength(jsonHistoryLimit);
    expect(spec.paths['/dispositions/lead/{leadId}'].get.responses['200'].content['application/json'].schema.maxItems).toBe(jsonHistoryLimit);
  });

  test('when it has one more, then the history answers 422 history-too-large and the JSON export 422 export-too-large', async () => {
    await createDisposition(client, leadId);

    const history = await client.GET('/dispositions/lead/{leadId}', { params: { path: { leadId } } });
    const exported = await client.GET('/dispositions/lead/{leadId}/export', { params: { path: { leadId } } });

    expect(history.response.status).toBe(422);
    expect(history.error).toMatchObject({ type: '/problems/history-too-large', detail: expect.stringContaining('POST /dispositions/all/my') });
    expect(exported.response.status).toBe(422);
    expect(exported.error).toMatchObject({ type: '/problems/export-too-large', detail: expect.stringContaining('text/csv') });
  });

  test('when it has one more, then the status history and its JSON export answer 422 too, pointing to the lead-status query', async () => {
    const history = await client.GET('/leads/{id}/status-history', { params: { path: { id: leadId } } });
    const exported = await client.GET('/leads/{id}/status-history/export', { params: { path: { id: leadId } } });

    expect(history.response.status).toBe(422);
    expect(history.error).toMatchObject({ type: '/problems/history-too-large', detail: expect.stringContaining('POST /lead-status-changes/all/my') });
    expect(exported.response.status).toBe(422);
    expect(exported.error).toMatchObject({ type: '/problems/export-too-large', detail: expect.stringContaining('status changes') });
    expect(spec.components.responses.LeadStatusHistory.content['application/json'].schema.maxItems).toBe(jsonHistoryLimit);
  });
});

test(`when a lead has more than ${csvExportLimit} dispositions, then the CSV export answers 422 before streaming, and at the limit it streams them all`, async () => {
  const leadId = (await createLead(client)).id;
  await insertHistory(suite.server.db, suite.business.businessId, leadId, csvExportLimit);
  const asCsv = () => client.GET('/dispositions/lead/{leadId}/export', { params: { path: { leadId } }, headers: { Accept: 'text/csv' }, parseAs: 'text' });

  const atLimit = await asCsv();
  await createDisposition(client, leadId);
  const overLimit = await asCsv();

  expect(atLimit.response.status).toBe(200);
  expect(atLimit.data!.trimEnd().split('\r\n')).toHaveLength(1 + csvExportLimit);
  expect(overLimit.response.status).toBe(422);
  expect(overLimit.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(overLimit.error).toMatchObject({ type: '/problems/export-too-large', detail: expect.stringContaining('POST /dispositions/all/my') });
}, 120_000);

test('when every field is at its longest and all quotes, then a CSV row is as long as the spec allows for, and the declared maxLengths hold for a full export', async () => {
  // The longest user id keys:create issues, and a previous disposition at its longest for the old* links.
  const { apiKey } = await createApiKey(suite.server.db, `Longest ${Date.now()}`, '"'.repeat(schemas.ShortText.maxLength));
  const longest = createDispositionsClient({ baseUrl: suite.server.url, apiKey });
  const leadId = (await createLead(longest)).id;
  await createDisposition(longest, leadId, longestDisposition(leadId, '"'));
  await createDisposition(longest, leadId, { ...longestDisposition(leadId, '"'), timestamp: '2026-11-25T15:04:05.000Z' });

  const exports = [
    { path: '/dispositions/lead/{leadId}/export', schema: schemas.DispositionExport, csv: (await exportAsJson(longest, leadId)).data.csv },
    {
      path: '/leads/{id}/status-history/export',
      schema: schemas.LeadStatusChangeExport,
      csv: ((await longest.GET('/leads/{id}/status-history/export', { params: { path: { id: leadId } } })).data as { csv: string }).csv,
    },
  ];

  for (const { path, schema, csv } of exports) {
    const [header, row] = csv.split('\r\n');
    const longestRow = row!.length + 2;
    const longestCsv = (rows: number) => header!.length + 2 + rows * longestRow;
    const csvSchema =
      spec.paths[path].get.responses['200'].content?.['text/csv']?.schema ?? spec.components.responses.LeadStatusHistoryExport.content['text/csv'].schema;
    expect(longestRow).toBe(longestExportRow);
    expect(schema.properties.rows.maxItems).toBe(jsonHistoryLimit);
    expect({ path, json: schema.properties.csv.maxLength, csv: csvSchema.maxLength }).toEqual({
      path,
      json: longestCsv(jsonHistoryLimit),
      csv: longestCsv(csvExportLimit),
    });
  }
});

describe('continuation tokens', () => {
  const textOrder: DispositionOrderField[] = ['outcome', 'type', 'followUpStatus', 'assignedToUserId', 'timestamp'];

  // A control character is one character in a field and six (\u0001) in a token's JSON.
  test.each([
    ['control characters', '\u0001'],
    ['four-byte characters', '😀'],
    ['quotes', '"'],
  ])(
    'when a page ends on a record whose sort fields are at their longest, of %s, then its token fits the spec and leads to the next page',
    async (_name, character) => {
      const leadId = (await createLead(client)).id;
      const longest = longestDisposition(leadId, character);
      const first = await createDisposition(client, leadId, longest);
      const second = await createDisposition(client, leadId, { ...longest, timestamp: '2026-11-23T15:04:05.000Z' });
      const query = {
        filters: [{ field: 'leadId' as const, value: leadId }],
        orderBy: textOrder.map((field) => ({ field, direction: 'desc' as const })),
        pageSize: 1,
      };

      const { data: page1, error } = await client.POST('/dispositions/all/my', { body: query });
      expect(error).toBeUndefined();
      const { data: page2, response } = await client.POST('/dispositions/all/my', { body: { ...query, continuationToken: page1!.continuationToken } });

      expect(page1!.items.map((item) => item.id)).toEqual([first.id]);
      expect(page1!.continuationToken!.length).toBeLessThanOrEqual(schemas.ContinuationToken.maxLength);
      expect(response.status).toBe(200);
      expect(page2!.items.map((item) => item.id)).toEqual([second.id]);
    },
  );
});
