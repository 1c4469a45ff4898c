import type { DispositionOrderField, DispositionQueryOptions, DispositionResponse } from '@dispositions/api-types';
import type { DispositionsClient } from '@dispositions/client';
import { createDisposition, createLead } from '../support/factories';
import { compareNullsLast, expectedIds, walkPages } from '../support/pagination';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let client: DispositionsClient;
let all: DispositionResponse[];
let leadIds: string[];

const outcomes = ['Appointment', 'Contacted', 'Voicemail', 'Wrong'];
const types = ['Call', 'Text', 'Visit'];
const assignees = ['alice', 'bob', 'carol', null];
const statuses = ['Pending', 'Done', null];
const day = (n: number, hour = 0) => new Date(Date.UTC(2026, 0, 1 + n, hour)).toISOString();

/** ~300 dispositions over 10 leads, with repeated values and nulls in every sortable field. */
async function seed(): Promise<void> {
  leadIds = [];
  for (let i = 0; i < 10; i++) leadIds.push((await createLead(client)).id);
  all = [];
  for (let batch = 0; batch < 15; batch++) {
    const created = await Promise.all(
      Array.from({ length: 20 }, (_, j) => {
        const i = batch * 20 + j;
        return createDisposition(client, leadIds[i % 10]!, {
          outcome: outcomes[i % 4]!,
          type: types[i % 3]!,
          timestamp: day(i % 40, i % 24),
          assignedToUserId: assignees[i % 4]!,
          followUpStatus: statuses[i % 3]!,
          callbackAt: i % 5 === 0 ? null : day(i % 17),
          taskDueAt: i % 2 === 0 ? null : day(i % 11),
          appointmentStartAt: i % 3 === 0 ? day(i % 13, 9) : null,
          appointmentEndAt: i % 3 === 0 ? day(i % 13, 10) : null,
          notes: i % 50 === 0 ? `discount 100%_off ${i}` : `note ${i}`,
          isMissedCallFollowUp: i % 7 === 0,
        });
      }),
    );
    all.push(...created);
  }
}

beforeAll(async () => {
  server = await startTestServer();
  ({ client } = await server.newBusiness());
  await seed();
}, 120_000);
afterAll(() => server.close());

async function page(body: DispositionQueryOptions) {
  const { data, error, response } = await client.POST('/dispositions/all/my', { body });
  if (!data) throw new Error(`${response.status} ${JSON.stringify(error)}`);
  return data;
}

/** Every page of a query, following continuation tokens. */
const walk = (options: DispositionQueryOptions) => walkPages((continuationToken) => page({ ...options, ...(continuationToken ? { continuationToken } : {}) }));

const expectedOrder = (items: DispositionResponse[], field: DispositionOrderField, direction: 'asc' | 'desc') =>
  expectedIds(items, (item) => item[field], direction);

const orderFields: DispositionOrderField[] = [
  'timestamp',
  'createdAt',
  'updatedAt',
  'callbackAt',
  'taskDueAt',
  'appointmentStartAt',
  'outcome',
  'type',
  'followUpStatus',
  'assignedToUserId',
];

describe('pagination', () => {
  test.each(
    orderFields.flatMap(
      (field) =>
        [
          [field, 'asc'],
          [field, 'desc'],
        ] as const,
    ),
  )('when walking every page ordered by %s %s, then nothing is missed or repeated and the order holds', async (field, direction) => {
    const items = await walk({ pageSize: 37, orderBy: [{ field, direction }] });

    expect(items.map((item) => item.id)).toEqual(expectedOrder(all, field, direction));
  });

  test('when ordering by two fields in opposite directions, then every page follows both', async () => {
    const items = await walk({
      pageSize: 23,
      orderBy: [
        { field: 'assignedToUserId', direction: 'asc' },
        { field: 'callbackAt', direction: 'desc' },
      ],
    });

    const expected = [...all]
      .sort(
        (a, b) => compareNullsLast(a.assignedToUserId, b.assignedToUserId) || -compareNullsLast(a.callbackAt, b.callbackAt) || -compareNullsLast(a.id, b.id),
      )
      .map((item) => item.id);
    expect(items.map((item) => item.id)).toEqual(expected);
  });

  test('when no order is given, then newest timestamp first', async () => {
    const result = await page({ pageSize: 5 });

    expect(result.items.map((item) => item.id)).toEqual(expectedOrder(all, 'timestamp', 'desc').slice(0, 5));
  });

  test('when no page size is given, then pages hold 50', async () => {
    const result = await page({});

    expect(result.pageSize).toBe(50);
    expect(result.items).toHaveLength(50);
    expect(result.totalCount).toBeNull();
  });

  test('when the last page is reached, then its continuationToken is null', async () => {
    const result = await page({ pageSize: 500 });

    expect(result.items).toHaveLength(all.length);
    expect(result.continuationToken).toBeNull();
  });

  test('when includeCount is set, then every page carries the total of matches', async () => {
    const filters = [{ field: 'assignedToUserId' as const, value: 'alice' }];
    const first = await page({ pageSize: 10, includeCount: true, filters });
    const second = await page({ pageSize: 10, includeCount: true, filters, continuationToken: first.continuationToken });

    const expected = all.filter((item) => item.assignedToUserId === 'alice').length;
    expect(first.totalCount).toBe(expected);
    expect(second.totalCount).toBe(expected);
  });
});

describe('filters, ranges and search', () => {
  const cases: [string, DispositionQueryOptions, (item: DispositionResponse) => boolean][] = [
    ['assignedToUserId', { filters: [{ field: 'assignedToUserId', value: 'bob' }] }, (d) => d.assignedToUserId === 'bob'],
    ['assignedToUserId is null', { filters: [{ field: 'assignedToUserId', value: null }] }, (d) => d.assignedToUserId === null],
    ['followUpStatus', { filters: [{ field: 'followUpStatus', value: 'Done' }] }, (d) => d.followUpStatus === 'Done'],
    [
      'outcome and type',
      {
        filters: [
          { field: 'outcome', value: 'Voicemail' },
          { field: 'type', value: 'Text' },
        ],
      },
      (d) => d.outcome === 'Voicemail' && d.type === 'Text',
    ],
    ['isMissedCallFollowUp (boolean)', { filters: [{ field: 'isMissedCallFollowUp', value: true }] }, (d) => d.isMissedCallFollowUp],
    ['isMissedCallFollowUp ("false")', { filters: [{ field: 'isMissedCallFollowUp', value: 'false' }] }, (d) => !d.isMissedCallFollowUp],
    [
      'a range on timestamp',
      { rangeFilters: [{ field: 'timestamp', greaterThanOrEqual: day(10), lessThan: day(20) }] },
      (d) => d.timestamp >= day(10) && d.timestamp < day(20),
    ],
    [
      'a range on callbackAt',
      { rangeFilters: [{ field: 'callbackAt', greaterThan: day(3), lessThanOrEqual: day(9) }] },
      (d) => d.callbackAt !== null && d.callbackAt > day(3) && d.callbackAt <= day(9),
    ],
    ['a range on taskDueAt', { rangeFilters: [{ field: 'taskDueAt', lessThan: day(4) }] }, (d) => d.taskDueAt !== null && d.taskDueAt < day(4)],
    [
      'a range on appointmentStartAt',
      { rangeFilters: [{ field: 'appointmentStartAt', greaterThanOrEqual: day(6) }] },
      (d) => d.appointmentStartAt !== null && d.appointmentStartAt >= day(6),
    ],
    [
      'a filter and a range together',
      { filters: [{ field: 'assignedToUserId', value: 'alice' }], rangeFilters: [{ field: 'callbackAt', greaterThanOrEqual: day(0), lessThan: day(8) }] },
      (d) => d.assignedToUserId === 'alice' && d.callbackAt !== null && d.callbackAt < day(8),
    ],
    ['search in notes', { search: 'NOTE 1', searchFields: ['notes'] }, (d) => (d.notes ?? '').toLowerCase().includes('note 1')],
    ['search with % and _ taken literally', { search: '100%_off' }, (d) => (d.notes ?? '').includes('100%_off')],
    ['search in every searchable field', { search: 'voicemail' }, (d) => d.outcome === 'Voicemail'],
  ];

  test.each(cases)('when filtering by %s, then exactly the matching rows come back', async (_name, options, matches) => {
    const items = await walk({ ...options, pageSize: 41 });

    const expected = all
      .filter(matches)
      .map((item) => item.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(items.map((item) => item.id).sort()).toEqual(expected);
  });

  test("when filtering by leadId, then only that lead's dispositions", async () => {
    const items = await walk({ filters: [{ field: 'leadId', value: leadIds[3]! }] });

    expect(items.map((item) => item.id).sort()).toEqual(
      all
        .filter((d) => d.leadId === leadIds[3])
        .map((d) => d.id)
        .sort(),
    );
  });
});

describe('bad query options', () => {
  const cases: [string, unknown, string][] = [
    ['an unknown order field', { orderBy: [{ field: 'notes' }] }, '/body/orderBy/0/field'],
    ['an unknown filter field', { filters: [{ field: 'password', value: 'x' }] }, '/body/filters/0/field'],
    ['an unknown range field', { rangeFilters: [{ field: 'outcome', lessThan: 'b' }] }, '/body/rangeFilters/0/field'],
    ['an unknown search field', { search: 'x', searchFields: ['id'] }, '/body/searchFields/0'],
    ['a leadId that is not a UUID', { filters: [{ field: 'leadId', value: "1' OR '1'='1" }] }, '/body/filters/0/value'],
    ['a boolean filter that is not a boolean', { filters: [{ field: 'isMissedCallFollowUp', value: 'maybe' }] }, '/body/filters/0/value'],
    ['a range bound that is not a date', { rangeFilters: [{ field: 'callbackAt', greaterThan: 'yesterday' }] }, '/body/rangeFilters/0/greaterThan'],
    ['a page size over 500', { pageSize: 501 }, '/body/pageSize'],
    ['a page size of 0', { pageSize: 0 }, '/body/pageSize'],
    ['a made-up continuation token', { continuationToken: 'abc.def' }, '/body/continuationToken'],
  ];

  test.each(cases)('when the body has %s, then 400 names it', async (_name, body, path) => {
    const { error, response } = await client.POST('/dispositions/all/my', { body: body as DispositionQueryOptions });

    expect(response.status).toBe(400);
    expect(error?.errors?.map((e) => e.path)).toContain(path);
  });

  test('when a continuation token is altered, then 400', async () => {
    const { continuationToken } = await page({ pageSize: 5 });
    const [body, signature] = continuationToken!.split('.');
    const forged = Buffer.from(JSON.stringify({ k: ['2020-01-01T00:00:00.000Z', '00000000-0000-4000-8000-000000000000'], q: 'x' })).toString('base64url');

    // A different first character always changes the signature's bytes (the last one may only change padding bits).
    const otherSignature = `${signature!.startsWith('A') ? 'B' : 'A'}${signature!.slice(1)}`;

    for (const token of [`${forged}.${signature}`, `${body}.${otherSignature}`, `${body}x.${signature}`]) {
      const { response } = await client.POST('/dispositions/all/my', { body: { pageSize: 5, continuationToken: token } });
      expect(response.status).toBe(400);
    }
  });

  test('when a continuation token is sent with other options, then 400', async () => {
    const { continuationToken } = await page({ pageSize: 5, orderBy: [{ field: 'callbackAt' }] });

    const { error, response } = await client.POST('/dispositions/all/my', { body: { pageSize: 5, continuationToken } });

    expect(response.status).toBe(400);
    expect(error?.errors?.[0]?.path).toBe('/body/continuationToken');
  });

  test('when SQL is sent in filters and search, then it is matched as plain text', async () => {
    const items = await walk({
      filters: [{ field: 'outcome', value: "x'; DROP TABLE dispositions; --" }],
      search: "' OR 1=1 --",
    });

    expect(items).toEqual([]);
    expect((await page({ pageSize: 1, includeCount: true })).totalCount).toBe(all.length);
  });
});
