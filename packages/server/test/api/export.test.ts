import type { DispositionsClient } from '@dispositions/client';
import { parse } from 'csv-parse/sync';
import { jsonHistoryLimit } from '../../src/services/recorded-changes.service';
import { createDisposition, createLead, exportAsJson } from '../support/factories';
import { insertHistory } from '../support/history';
import { useServerWithBusiness } from '../support/test-server';

// The two representations of a lead's export: the Leadping JSON document (bounded) and
// the streamed CSV (bounded far higher), which must say exactly the same thing.

let client: DispositionsClient;

const suite = useServerWithBusiness();

beforeAll(async () => {
  ({ client } = suite.business);
});

function exportAsCsv(leadId: string) {
  return client.GET('/dispositions/lead/{leadId}/export', { params: { path: { leadId } }, headers: { Accept: 'text/csv' }, parseAs: 'text' });
}

test('when CSV is asked for, then the stream is byte for byte the csv of the JSON export', async () => {
  const lead = await createLead(client);
  await insertHistory(suite.server.db, suite.business.businessId, lead.id, 300);
  await createDisposition(client, lead.id, { notes: 'said "call me", later\r\nthanks; ünïcödé', timestamp: '2020-01-01T00:00:00.000Z' });
  await createDisposition(client, lead.id, {
    notes: null,
    isMissedCallFollowUp: true,
    appointmentStartAt: '2026-12-01T10:00:00.000Z',
    appointmentEndAt: '2026-12-01T11:00:00.000Z',
  });

  const streamed = await exportAsCsv(lead.id);
  const { data: json } = await exportAsJson(client, lead.id);

  expect(streamed.response.status).toBe(200);
  expect(streamed.response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(streamed.response.headers.get('content-disposition')).toBe(`attachment; filename=dispositions-${lead.id}.csv`);
  expect(json.rows).toHaveLength(302);
  expect(streamed.data).toBe(json.csv);
});

test('when a lead has no dispositions, then the CSV is the header row alone', async () => {
  const lead = await createLead(client);

  const { data } = await exportAsCsv(lead.id);

  expect(data).toBe(
    'dispositionId,leadId,type,outcome,category,changeSource,reason,changedByAutomationId,changedAt,changedByUserId,notes,createdAt,updatedAt,followUpStatus,callbackAt,taskDueAt,appointmentStartAt,appointmentEndAt,assignedToUserId,relatedCallEventId,isMissedCallFollowUp,sourceId,oldDispositionId,oldDispositionOutcome,oldDispositionType,newDispositionId\r\n',
  );
});

describe('a history longer than a JSON export holds', () => {
  let leadId: string;

  beforeAll(async () => {
    leadId = (await createLead(client)).id;
    await insertHistory(suite.server.db, suite.business.businessId, leadId, jsonHistoryLimit + 1);
  });

  test('when JSON is asked for, then 422 export-too-large says to ask for CSV', async () => {
    const { error, response } = await client.GET('/dispositions/lead/{leadId}/export', { params: { path: { leadId } } });

    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(error?.type).toBe('/problems/export-too-large');
    expect(error?.detail).toContain('Accept: text/csv');
  });

  test('when CSV is asked for, then every row comes, newest first', async () => {
    const { data, response } = await exportAsCsv(leadId);

    expect(response.status).toBe(200);
    const records: Record<string, string>[] = parse(data!, { columns: true });
    expect(records).toHaveLength(jsonHistoryLimit + 1);
    const timestamps = records.map((record) => record.changedAt!);
    expect([...timestamps].sort().reverse()).toEqual(timestamps);
    expect(new Set(records.map((record) => record.dispositionId)).size).toBe(jsonHistoryLimit + 1);
    expect(records.every((record) => record.leadId === leadId)).toBe(true);
  });
});

test('when CSV is asked for a lead that is not there, then 404 problem+json, not an empty file', async () => {
  const { error, response } = await exportAsCsv('00000000-0000-4000-8000-000000000000');

  expect(response.status).toBe(404);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(error?.status).toBe(404);
});
