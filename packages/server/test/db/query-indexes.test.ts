import type { DispositionFilterField, DispositionOrderField, DispositionQueryOptions, DispositionRangeField } from '@dispositions/api-types';
import type { Knex } from 'knex';
import { recordFollowUpEvents } from '../../src/repositories/follow-up-events.repository';
import { spec } from '../support/spec';
import { useServerWithBusiness } from '../support/test-server';

// Every order, filter and range that POST /dispositions/all/my allows, planned by
// PostgreSQL on a table big enough that the plan is the one production would get: the
// SQL is what the server really sends, captured from its own connection.

const rowsPerBusiness = 15_000;

/** Realistic spread for one business: 500 leads, 20 assignees, follow-ups on some rows, over a year. */
async function load(businessId: string): Promise<void> {
  await suite.server.db.raw(
    `INSERT INTO leads (business_id, id, first_name)
     SELECT ?, gen_random_uuid(), 'Lead ' || n FROM generate_series(1, 500) AS n`,
    [businessId],
  );
  await suite.server.db.raw(
    `INSERT INTO dispositions (business_id, id, lead_id, type, outcome, notes, "timestamp", follow_up_status, callback_at,
       task_due_at, appointment_start_at, appointment_end_at, assigned_to_user_id, related_call_event_id, source_id, is_missed_call_follow_up)
     SELECT ?, gen_random_uuid(), leads.id,
       (ARRAY['Call', 'Text', 'Visit'])[1 + n % 3], (ARRAY['Contacted', 'No Answer', 'Voicemail', 'Sold'])[1 + n % 4], 'note ' || n,
       timestamp '2026-01-01' + n * interval '13 minutes', (ARRAY['Pending', 'Done', NULL])[1 + n % 3],
       CASE WHEN n % 4 = 0 THEN timestamp '2026-01-01' + n * interval '17 minutes' END,
       CASE WHEN n % 7 = 0 THEN timestamp '2026-01-01' + n * interval '11 minutes' END,
       CASE WHEN n % 9 = 0 THEN timestamp '2026-01-01' + n * interval '19 minutes' END,
       CASE WHEN n % 9 = 0 THEN timestamp '2026-01-01' + n * interval '19 minutes' + interval '1 hour' END,
       'user-' || n % 20, 'call-' || n, 'source-' || n % 100, n % 10 = 0
     FROM generate_series(1, ?) AS n
     JOIN LATERAL (SELECT id FROM leads WHERE business_id = ? ORDER BY id OFFSET n % 500 LIMIT 1) AS leads ON true`,
    [businessId, rowsPerBusiness, businessId],
  );
}

/** The business under test is one of ten of the same size, as in production. */
const suite = useServerWithBusiness();

beforeAll(async () => {
  await load(suite.business.businessId);
  for (let i = 0; i < 9; i++) await load((await suite.server.newBusiness()).businessId);
  // Each lead's newest disposition is its current one, as the API keeps it, for the agenda's plans.
  await suite.server.db.raw(
    `UPDATE leads SET current_disposition_id = newest.id
     FROM (SELECT DISTINCT ON (business_id, lead_id) business_id, lead_id, id FROM dispositions ORDER BY business_id, lead_id, "timestamp" DESC, id DESC) AS newest
     WHERE leads.business_id = newest.business_id AND leads.id = newest.lead_id`,
  );
  await suite.server.db.raw('VACUUM ANALYZE leads');
  await suite.server.db.raw('VACUUM ANALYZE dispositions');
}, 300_000);

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

/** The plan of each statement the server sends for a query on the dispositions table. */
async function plansFor(options: DispositionQueryOptions): Promise<PlanNode[][]> {
  return plansOf(() => suite.business.client.POST('/dispositions/all/my', { body: options }));
}

/** The plan of each statement over dispositions (or the current follow-ups) that the server sends to answer `send`. */
async function plansOf(send: () => Promise<{ response: Response }>): Promise<PlanNode[][]> {
  const statements: { sql: string; bindings: readonly (string | number | boolean | null)[] }[] = [];
  const capture = (query: (typeof statements)[number]) => {
    if (/from "(dispositions|lead_follow_ups)"/.test(query.sql)) statements.push(query);
  };
  suite.server.db.on('query', capture);
  try {
    const { response } = await send();
    expect(response.status).toBe(200);
  } finally {
    suite.server.db.off('query', capture);
  }
  expect(statements.length).toBeGreaterThan(0);
  return explainAll(statements);
}

/** The plan of each statement, as PostgreSQL would run it now with its bindings. */
async function explainAll(statements: { sql: string; bindings: readonly unknown[] }[]): Promise<PlanNode[][]> {
  const plans: PlanNode[][] = [];
  for (const { sql, bindings } of statements) {
    const explained = await suite.server.db.raw(`EXPLAIN (FORMAT JSON) ${sql.replace(/\$\d+/g, '?')}`, bindings as Knex.RawBinding[]);
    plans.push(nodes(explained.rows[0]['QUERY PLAN'][0].Plan));
  }
  return plans;
}

const seqScans = (plans: PlanNode[][]) => plans.flat().filter((node) => node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'dispositions');
const indexesUsed = (plans: PlanNode[][]) => [...new Set(plans.flat().flatMap((node) => (node['Index Name'] ? [node['Index Name']] : [])))];

const enumOf = <T>(name: string): T[] => spec.components.schemas[name].enum;

const sampleValue: Record<DispositionFilterField, string | boolean> = {
  leadId: '00000000-0000-4000-8000-000000000000',
  type: 'Text',
  outcome: 'Sold',
  category: 'Qualified',
  changeSource: 'AI',
  changedByUserId: 'user-3',
  changedByAutomationId: 'automation-9',
  followUpStatus: 'Pending',
  assignedToUserId: 'user-7',
  relatedCallEventId: 'call-1234',
  sourceId: 'source-42',
  isMissedCallFollowUp: true,
  oldDispositionOutcome: 'No Answer',
};

/**
 * The index that serves each field, or `unindexed`: low-cardinality fields, answered by
 * scanning the business's own rows through any index that starts with business_id, as
 * docs/bench.md documents. Nothing may scan the whole table.
 */
const unindexed = undefined;
const orderIndex: Record<DispositionOrderField, string | undefined> = {
  timestamp: 'dispositions_timestamp',
  changedAt: 'dispositions_timestamp',
  createdAt: 'dispositions_created_at',
  updatedAt: 'dispositions_updated_at',
  callbackAt: 'dispositions_callback_at',
  taskDueAt: 'dispositions_task_due_at',
  appointmentStartAt: 'dispositions_appointment_start_at',
  assignedToUserId: 'dispositions_assignee',
  category: 'dispositions_category',
  changedByUserId: 'dispositions_changed_by_user',
  changeSource: unindexed,
  outcome: unindexed,
  type: unindexed,
  followUpStatus: unindexed,
};
const filterIndex: Record<DispositionFilterField, string | undefined> = {
  leadId: 'dispositions_lead_history',
  assignedToUserId: 'dispositions_assignee',
  relatedCallEventId: 'dispositions_related_call_event',
  sourceId: 'dispositions_source',
  category: 'dispositions_category',
  changedByUserId: 'dispositions_changed_by_user',
  changeSource: unindexed,
  changedByAutomationId: unindexed,
  type: unindexed,
  outcome: unindexed,
  followUpStatus: unindexed,
  isMissedCallFollowUp: unindexed,
  oldDispositionOutcome: unindexed,
};
const rangeIndex: Record<DispositionRangeField, string | undefined> = {
  timestamp: 'dispositions_timestamp',
  changedAt: 'dispositions_timestamp',
  createdAt: 'dispositions_created_at',
  updatedAt: 'dispositions_updated_at',
  callbackAt: 'dispositions_callback_at',
  taskDueAt: 'dispositions_task_due_at',
  appointmentStartAt: 'dispositions_appointment_start_at',
  appointmentEndAt: unindexed,
};

function expectServedBy(plans: PlanNode[][], index: string | undefined): void {
  expect(seqScans(plans)).toEqual([]);
  if (index) expect(indexesUsed(plans)).toContain(index);
  else expect(indexesUsed(plans)).not.toEqual([]);
}

describe('every query over dispositions uses the index meant for it, never a sequential scan', () => {
  test.each(
    enumOf<DispositionOrderField>('DispositionOrderField').flatMap(
      (field) =>
        [
          [field, 'asc'],
          [field, 'desc'],
        ] as const,
    ),
  )('when ordering by %s %s', async (field, direction) => {
    const [page] = await plansFor({ orderBy: [{ field, direction }] });

    expectServedBy([page!], orderIndex[field]);
  });

  test.each(enumOf<DispositionFilterField>('DispositionFilterField'))('when filtering by %s, with the count', async (field) => {
    const plans = await plansFor({ filters: [{ field, value: sampleValue[field] }], includeCount: true });

    expectServedBy(plans, filterIndex[field]);
  });

  test.each(enumOf<DispositionRangeField>('DispositionRangeField'))('when filtering by a range on %s, with the count', async (field) => {
    const plans = await plansFor({
      rangeFilters: [{ field, greaterThanOrEqual: '2026-03-01T00:00:00Z', lessThan: '2026-03-02T00:00:00Z' }],
      includeCount: true,
    });

    expectServedBy(plans, rangeIndex[field]);
  });

  test('when filtering by assignee and a callback range, ordered by callback (the call list)', async () => {
    const plans = await plansFor({
      filters: [{ field: 'assignedToUserId', value: 'user-3' }],
      rangeFilters: [{ field: 'callbackAt', greaterThanOrEqual: '2026-03-01T00:00:00Z', lessThan: '2026-04-01T00:00:00Z' }],
      orderBy: [{ field: 'callbackAt', direction: 'asc' }],
      includeCount: true,
    });

    expectServedBy(plans, 'dispositions_callback_at');
  });
});

describe('a deep page starts its index scan at the continuation position, so it costs what the first page does', () => {
  const indexCond = (plans: PlanNode[][]) => plans.flat().flatMap((node) => (node['Index Cond'] ? [node['Index Cond']] : []));

  test.each([
    ['timestamp', 'desc', '"timestamp" <='],
    ['timestamp', 'asc', '"timestamp" >='],
    ['createdAt', 'asc', 'created_at >='],
    ['callbackAt', 'desc', 'callback_at <='],
  ] as const)('when ordering by %s %s, the scan is bounded by the position', async (field, direction, bound) => {
    // Past the NULLs that a descending order puts first, which have no bound to start from.
    const rangeFilters = [{ field, greaterThanOrEqual: '2025-01-01T00:00:00Z' }];
    const options: DispositionQueryOptions = { pageSize: 100, orderBy: [{ field, direction }], rangeFilters };
    let token: string | null | undefined;
    for (let page = 0; page < 20; page++) {
      const { data } = await suite.business.client.POST('/dispositions/all/my', { body: { ...options, ...(token ? { continuationToken: token } : {}) } });
      token = data!.continuationToken;
    }
    expect(token).toEqual(expect.any(String));

    const plans = await plansFor({ ...options, continuationToken: token! });

    expectServedBy(plans, orderIndex[field]);
    expect(indexCond(plans).join(' ')).toContain(bound);
  });
});

test('every foreign key is backed by an index that starts with its columns, so deletes never scan a table per row', async () => {
  const { rows } = await suite.server.db.raw(`
    SELECT c.conname AS constraint, c.conrelid::regclass::text AS "table"
    FROM pg_constraint c
    WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
      AND NOT EXISTS (
        SELECT 1 FROM pg_index i
        WHERE i.indrelid = c.conrelid
          AND (string_to_array(i.indkey::text, ' ')::int2[])[1:array_length(c.conkey, 1)] @> c.conkey
          AND (string_to_array(i.indkey::text, ' ')::int2[])[1:array_length(c.conkey, 1)] <@ c.conkey)`);
  const { rows: all } = await suite.server.db.raw(`SELECT count(*)::int AS n FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace`);

  expect(all[0].n).toBeGreaterThanOrEqual(4);
  expect(rows).toEqual([]);
});

describe('the reports, the agenda and calendar feeds use the indexes meant for them, never a sequential scan', () => {
  const from = '2026-02-01T00:00:00Z';
  const client = () => suite.business.client;

  // 90 days are two thirds of this business's rows: PostgreSQL reads all of its rows through an
  // index that starts with business_id then, which is as good; a short period uses the timestamp index.
  test('when outcomes are counted by day and category over 90 days, and over 14 days by the timestamp index', async () => {
    const body = { from, timeZone: 'America/New_York', groupBy: ['day', 'category'] } as const;
    expectServedBy(
      await plansOf(() => client().POST('/reports/outcomes', { body: { ...body, groupBy: [...body.groupBy], to: '2026-05-02T00:00:00Z' } })),
      undefined,
    );
    expectServedBy(
      await plansOf(() => client().POST('/reports/outcomes', { body: { ...body, groupBy: [...body.groupBy], to: '2026-02-15T00:00:00Z' } })),
      'dispositions_timestamp',
    );
  });

  test("when one agent's outcomes are counted over 30 days", async () => {
    const plans = await plansOf(() =>
      client().POST('/reports/outcomes', {
        body: { from, to: '2026-03-03T00:00:00Z', groupBy: ['assignedToUserId', 'outcome'], filters: [{ field: 'assignedToUserId', value: 'user-3' }] },
      }),
    );
    expectServedBy(plans, undefined);
  });

  test("when follow-ups are counted by agent, by each kind's time index and each lead's history", async () => {
    const plans = await plansOf(() =>
      client().POST('/reports/follow-ups', { body: { from, to: '2026-03-03T00:00:00Z', groupBy: ['assignedToUserId', 'kind'] } }),
    );
    expectServedBy(plans, 'dispositions_callback_at');
    expect(indexesUsed(plans)).toEqual(expect.arrayContaining(['dispositions_task_due_at', 'dispositions_appointment_start_at', 'dispositions_lead_history']));
  });

  test.each(['overdue', 'today', 'upcoming'] as const)(
    "when one user's %s follow-ups are listed with the counts, by the assignee's time indexes of the current follow-ups",
    async (view) => {
      const plans = await plansOf(() => client().GET('/follow-ups', { params: { query: { assignedToUserId: 'user-3', view, includeCount: true } } }));
      expectServedBy(plans, 'lead_follow_ups_assignee_callback_at');
      expect(indexesUsed(plans)).toEqual(expect.arrayContaining(['lead_follow_ups_assignee_task_due_at', 'lead_follow_ups_assignee_appointment_start_at']));
      expect(plans.flat().filter((node) => node['Node Type'] === 'Seq Scan')).toEqual([]);
    },
  );

  test("when the whole business's agenda is listed, by the time indexes of the current follow-ups", async () => {
    const plans = await plansOf(() => client().GET('/follow-ups', { params: { query: { view: 'overdue' } } }));
    expectServedBy(plans, 'lead_follow_ups_callback_at');
  });

  test("when a user's calendar feed is read, by the assignee's time indexes", async () => {
    const { data } = await client().POST('/calendar-feeds', { body: { assignedToUserId: 'user-3' } });
    const plans = await plansOf(async () => ({ response: await fetch(data!.url) }));
    expectServedBy(plans, 'lead_follow_ups_assignee_callback_at');
  });

  test('when the follow-up events job looks for follow-ups due and missed, by the time indexes across businesses', async () => {
    const statements: { sql: string; bindings: readonly unknown[] }[] = [];
    const capture = (query: (typeof statements)[number]) => {
      if (/lead_follow_ups/.test(query.sql)) statements.push(query);
    };
    suite.server.db.on('query', capture);
    try {
      await recordFollowUpEvents(suite.server.db, 60);
    } finally {
      suite.server.db.off('query', capture);
    }
    // The second statement only when this pass got the cursors (the server's own job may hold them).
    expect(statements.length).toBeGreaterThan(0);
    const plans = await explainAll(statements);
    expect(plans.flat().filter((node) => node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'lead_follow_ups')).toEqual([]);
    expect(indexesUsed(plans)).toEqual(
      expect.arrayContaining(['lead_follow_ups_at_callback', 'lead_follow_ups_at_task_due', 'lead_follow_ups_at_appointment_start']),
    );
  });
});
