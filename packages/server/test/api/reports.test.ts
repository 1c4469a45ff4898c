import type { CreateDispositionRequest, DispositionQueryOptions, OutcomeReport, OutcomeReportRequest } from '@dispositions/api-types';
import type { DispositionsClient } from '@dispositions/client';
import { createDisposition, createLead } from '../support/factories';
import { useServerWithBusiness } from '../support/test-server';

// POST /reports/outcomes through the real server, client and database: records written
// through the API with chosen timestamps, counted by hand here, and every row's drill-down
// query sent back to POST /dispositions/all/my to list exactly the records behind its numbers.

const suite = useServerWithBusiness();
let client: DispositionsClient;

interface Planned extends Partial<CreateDispositionRequest> {
  timestamp: string;
  lead: number;
}

/** New York's spring change (2026-03-08, 02:00 EST → 03:00 EDT) and autumn change (2026-11-01), Berlin's spring change (2026-03-29). */
const planned: Planned[] = [
  { lead: 0, timestamp: '2026-03-02T04:59:59.999Z', outcome: 'No Answer', category: 'Open', assignedToUserId: 'alice' }, // NY Sun 1 Mar 23:59:59.999 EST
  { lead: 0, timestamp: '2026-03-02T05:00:00.000Z', outcome: 'Contacted', category: 'Qualified', assignedToUserId: 'alice' }, // NY Mon 2 Mar 00:00 EST
  { lead: 1, timestamp: '2026-03-08T06:59:00.000Z', outcome: 'No Answer', category: 'Open', assignedToUserId: 'bob' }, // NY Sun 8 Mar 01:59 EST
  { lead: 1, timestamp: '2026-03-08T07:00:00.000Z', outcome: 'Contacted', category: null, assignedToUserId: 'bob' }, // NY Sun 8 Mar 03:00 EDT
  { lead: 2, timestamp: '2026-03-09T03:59:59.000Z', outcome: 'Sold', category: 'Converted', assignedToUserId: null }, // NY Sun 8 Mar 23:59:59 EDT
  { lead: 2, timestamp: '2026-03-09T04:00:00.000Z', outcome: 'Sold', category: 'Converted', assignedToUserId: 'alice' }, // NY Mon 9 Mar 00:00 EDT
  { lead: 3, timestamp: '2026-03-22T22:59:59.000Z', outcome: 'No Answer', category: 'Open', assignedToUserId: 'carol' }, // Berlin Sun 22 Mar 23:59:59 CET
  { lead: 3, timestamp: '2026-03-22T23:00:00.000Z', outcome: 'Contacted', category: 'Qualified', assignedToUserId: 'carol' }, // Berlin Mon 23 Mar 00:00 CET
  { lead: 4, timestamp: '2026-03-29T21:59:59.000Z', outcome: 'Contacted', category: 'Qualified', assignedToUserId: 'carol' }, // Berlin Sun 29 Mar 23:59:59 CEST
  { lead: 4, timestamp: '2026-03-29T22:00:00.000Z', outcome: 'Sold', category: 'Converted', assignedToUserId: 'carol' }, // Berlin Mon 30 Mar 00:00 CEST
  { lead: 5, timestamp: '2026-11-01T04:00:00.000Z', outcome: 'No Answer', category: 'Open', assignedToUserId: 'bob' }, // NY Sun 1 Nov 00:00 EDT
  { lead: 5, timestamp: '2026-11-02T04:59:59.000Z', outcome: 'Contacted', category: 'Open', assignedToUserId: 'bob' }, // NY Sun 1 Nov 23:59:59 EST
];

let ids: string[] = [];

beforeAll(async () => {
  client = suite.business.client;
  const leads = [];
  for (let i = 0; i < 6; i++) leads.push((await createLead(client)).id);
  ids = [];
  // One at a time, oldest first, so each record's previous outcome is the one planned before it.
  for (const { lead, ...fields } of planned) ids.push((await createDisposition(client, leads[lead]!, { callbackAt: null, ...fields })).id);
});

async function report(body: OutcomeReportRequest): Promise<OutcomeReport> {
  const { data, error } = await client.POST('/reports/outcomes', { body });
  if (!data || typeof data === 'string') throw new Error(JSON.stringify(error ?? data));
  return data;
}

/** The records a drill-down query lists, every page of them. */
async function drillDown(query: DispositionQueryOptions): Promise<{ ids: string[]; leads: Set<string> }> {
  const found: string[] = [];
  const leads = new Set<string>();
  let continuationToken: string | null | undefined;
  do {
    const { data, error } = await client.POST('/dispositions/all/my', { body: { ...query, pageSize: 500, continuationToken } });
    if (!data) throw new Error(JSON.stringify(error));
    for (const item of data.items) {
      found.push(item.id);
      leads.add(item.leadId);
    }
    continuationToken = data.continuationToken;
  } while (continuationToken);
  return { ids: found, leads };
}

const counts = (answer: OutcomeReport, dimension: keyof OutcomeReport['rows'][number]['key']) =>
  Object.fromEntries(answer.rows.map((row) => [String(row.key[dimension]), row.count]));

describe('when dispositions are counted by week and day in America/New_York', () => {
  const body: OutcomeReportRequest = { from: '2026-02-23T05:00:00Z', to: '2026-03-16T04:00:00Z', timeZone: 'America/New_York', groupBy: ['week'] };

  test('then the week of the spring change is one week, Monday to Monday in local time (167 hours)', async () => {
    const answer = await report(body);
    expect(answer.rows.map((row) => [row.key.week, row.count, row.leads])).toEqual([
      ['2026-02-23', 1, 1],
      ['2026-03-02', 4, 3],
      ['2026-03-09', 1, 1],
    ]);
    expect(answer.totals).toEqual({ count: 6, leads: 3 });
    expect(answer.rows[1]!.query.rangeFilters).toContainEqual({
      field: 'timestamp',
      greaterThanOrEqual: '2026-03-02T05:00:00.000Z',
      lessThan: '2026-03-09T04:00:00.000Z',
    });
  });

  test('then the day of the change is one bucket of 23 hours, and a UTC report cuts the same records otherwise', async () => {
    const local = await report({ ...body, groupBy: ['day'] });
    expect(counts(local, 'day')).toEqual({ '2026-03-01': 1, '2026-03-02': 1, '2026-03-08': 3, '2026-03-09': 1 });
    const utc = await report({ ...body, timeZone: undefined, groupBy: ['day'] });
    expect(utc.timeZone).toBe('UTC');
    expect(counts(utc, 'day')).toEqual({ '2026-03-02': 2, '2026-03-08': 2, '2026-03-09': 2 });
  });

  test("then the autumn change's day of 25 hours is one bucket", async () => {
    const answer = await report({ from: '2026-10-31T00:00:00Z', to: '2026-11-03T00:00:00Z', timeZone: 'America/New_York', groupBy: ['day'] });
    expect(counts(answer, 'day')).toEqual({ '2026-11-01': 2 });
    expect(answer.rows[0]!.query.rangeFilters).toContainEqual({
      field: 'timestamp',
      greaterThanOrEqual: '2026-11-01T04:00:00.000Z',
      lessThan: '2026-11-02T05:00:00.000Z',
    });
  });

  test('then every row drills down to exactly its records and leads', async () => {
    for (const groupBy of [
      ['week'],
      ['day', 'category'],
      ['assignedToUserId', 'previousOutcome'],
      ['month', 'outcome', 'type'],
    ] as OutcomeReportRequest['groupBy'][]) {
      const answer = await report({ ...body, groupBy });
      let total = 0;
      for (const row of answer.rows) {
        const listed = await drillDown(row.query);
        expect([groupBy, row.key, listed.ids.length, listed.leads.size]).toEqual([groupBy, row.key, row.count, row.leads]);
        total += row.count;
      }
      expect(total).toBe(answer.totals.count);
    }
  });
});

describe('when dispositions are counted by week in Europe/Berlin', () => {
  test('then the week of the spring change holds its Sunday night, and the next Monday starts the next week', async () => {
    const answer = await report({ from: '2026-03-16T00:00:00+01:00', to: '2026-04-06T00:00:00+02:00', timeZone: 'Europe/Berlin', groupBy: ['week'] });
    expect(answer.rows.map((row) => [row.key.week, row.count])).toEqual([
      ['2026-03-16', 1],
      ['2026-03-23', 2],
      ['2026-03-30', 1],
    ]);
    expect(answer.rows[1]!.query.rangeFilters).toContainEqual({
      field: 'timestamp',
      greaterThanOrEqual: '2026-03-22T23:00:00.000Z',
      lessThan: '2026-03-29T22:00:00.000Z',
    });
    const byDay = await report({ from: '2026-03-29T00:00:00+01:00', to: '2026-03-30T00:00:00+02:00', timeZone: 'Europe/Berlin', groupBy: ['day'] });
    expect(counts(byDay, 'day')).toEqual({ '2026-03-29': 1 });
  });
});

describe('when dispositions are counted by category, agent and previous outcome', () => {
  const body: OutcomeReportRequest = { from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' };

  test('then nulls are keys of their own, sorted last, and leads count distinct leads', async () => {
    const answer = await report({ ...body, groupBy: ['category'] });
    expect(answer.rows.map((row) => [row.key.category, row.count, row.leads])).toEqual([
      ['Converted', 3, 2],
      ['Open', 5, 4],
      ['Qualified', 3, 3],
      [null, 1, 1],
    ]);
    expect(answer.rows[3]!.query.filters).toContainEqual({ field: 'category', value: null });
  });

  test('then previousOutcome is the outcome each record replaced, null for a first', async () => {
    const answer = await report({ ...body, groupBy: ['previousOutcome'] });
    expect(counts(answer, 'previousOutcome')).toEqual({ 'No Answer': 4, Contacted: 1, Sold: 1, null: 6 });
  });

  test("then the filters are the query's: same fields, same meaning", async () => {
    const answer = await report({
      ...body,
      groupBy: ['assignedToUserId'],
      filters: [{ field: 'category', value: 'Open' }],
      search: 'no answer',
      searchFields: ['outcome'],
    });
    expect(answer.rows.map((row) => [row.key.assignedToUserId, row.count])).toEqual([
      ['alice', 1],
      ['bob', 2],
      ['carol', 1],
    ]);
  });

  test('then no groupBy is one row of the whole period, and an empty period has no rows', async () => {
    expect((await report(body)).rows.map((row) => [row.key, row.count, row.leads])).toEqual([[{}, 12, 6]]);
    const empty = await report({ from: '2025-01-01T00:00:00Z', to: '2025-02-01T00:00:00Z', groupBy: ['day'] });
    expect(empty).toMatchObject({ rows: [], totals: { count: 0, leads: 0 } });
  });

  test('then Accept: text/csv answers the same rows as spreadsheet-safe CSV', async () => {
    await createDisposition(client, (await createLead(client)).id, { timestamp: '2026-12-01T00:00:00Z', outcome: '=HYPERLINK("x")', callbackAt: null });
    const { data, response } = await client.POST('/reports/outcomes', {
      body: { from: '2026-12-01T00:00:00Z', to: '2026-12-02T00:00:00Z', groupBy: ['outcome', 'assignedToUserId'] },
      headers: { Accept: 'text/csv' },
      parseAs: 'text',
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(data).toBe(`outcome,assignedToUserId,count,leads\r\n"'=HYPERLINK(""x"")",user-1,1,1\r\n`);
  });
});

describe('when a report is asked for wrongly', () => {
  const from = '2026-01-01T00:00:00Z';
  test.each([
    ['an unknown time zone', { from, to: '2026-02-01T00:00:00Z', timeZone: 'Mars/Olympus_Mons' }, '/body/timeZone'],
    ['a POSIX offset as a time zone', { from, to: '2026-02-01T00:00:00Z', timeZone: 'UTC+5' }, '/body/timeZone'],
    ['to before from', { from, to: '2025-12-31T00:00:00Z' }, '/body/to'],
    ['to equal to from', { from, to: from }, '/body/to'],
    ['a period over 400 days', { from, to: '2027-02-06T00:00:01Z' }, '/body/to'],
    ['an unknown groupBy', { from, to: '2026-02-01T00:00:00Z', groupBy: ['weekday'] }, '/body/groupBy/0'],
    ['a groupBy twice', { from, to: '2026-02-01T00:00:00Z', groupBy: ['day', 'day'] }, '/body/groupBy'],
    ['four dimensions', { from, to: '2026-02-01T00:00:00Z', groupBy: ['day', 'outcome', 'type', 'category'] }, '/body/groupBy'],
    ['a filter on a field not allowed', { from, to: '2026-02-01T00:00:00Z', filters: [{ field: 'password', value: 'x' }] }, '/body/filters/0/field'],
    ['a filter value of the wrong kind', { from, to: '2026-02-01T00:00:00Z', filters: [{ field: 'leadId', value: 'not-a-uuid' }] }, '/body/filters/0/value'],
    ['no from', { to: '2026-02-01T00:00:00Z' }, '/body/from'],
  ])('with %s, then 400 names the field', async (_name, body, path) => {
    const { error, response } = await client.POST('/reports/outcomes', { body: body as never });
    expect(response.status).toBe(400);
    expect(error?.errors?.map((e) => e.path)).toContain(path);
  });

  test('with more than 10,000 rows, then 422 says how to narrow it', async () => {
    const other = await suite.server.newBusiness();
    const lead = await createLead(other.client);
    await suite.server.db.raw(
      `INSERT INTO dispositions (business_id, id, lead_id, type, outcome, "timestamp") SELECT ?, gen_random_uuid(), ?, 'Call', 'Outcome ' || n, '2026-05-01T00:00:00Z' FROM generate_series(1, 10001) AS n`,
      [other.businessId, lead.id],
    );
    const { error, response } = await other.client.POST('/reports/outcomes', { body: { from, to: '2026-12-01T00:00:00Z', groupBy: ['outcome'] } });
    expect(response.status).toBe(422);
    expect(error).toMatchObject({ type: '/problems/report-too-large', detail: expect.stringContaining('Narrow it') });
    const { data } = await other.client.POST('/reports/outcomes', { body: { from, to: '2026-12-01T00:00:00Z', groupBy: ['month'] } });
    expect(typeof data !== 'string' && data?.rows.map((row) => [row.key.month, row.count])).toEqual([['2026-05', 10001]]);
  });
});

test('when another business asks, then it counts its own records only', async () => {
  const other = await suite.server.newBusiness();
  const { data } = await other.client.POST('/reports/outcomes', { body: { from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z', groupBy: ['category'] } });
  expect(data).toMatchObject({ rows: [], totals: { count: 0, leads: 0 } });
});
