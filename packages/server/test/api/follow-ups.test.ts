import type { FollowUp, FollowUpReportRequest } from '@dispositions/api-types';
import type { DispositionsClient } from '@dispositions/client';
import { createDisposition, createLead } from '../support/factories';
import { useServerWithBusiness } from '../support/test-server';

// GET /follow-ups (the agenda) and POST /reports/follow-ups (what became of each follow-up),
// through the real server, client and database, with times chosen around the real clock.

const suite = useServerWithBusiness();
let client: DispositionsClient;

const dayMs = 86_400_000;
const now = Date.now();
const todayUtc = Math.floor(now / dayMs) * dayMs;
const iso = (ms: number) => new Date(ms).toISOString();
const minutes = (n: number) => n * 60_000;

describe('the agenda', () => {
  const user = 'agent-7';
  const expected: Record<'overdue' | 'today' | 'upcoming', { kind: string; at: string }[]> = { overdue: [], today: [], upcoming: [] };
  let closedIds: string[] = [];

  beforeAll(async () => {
    client = suite.business.client;
    const at = {
      overdue: todayUtc - 1,
      todayFirst: todayUtc,
      todayLast: todayUtc + dayMs - 1,
      upcoming: todayUtc + dayMs,
    };
    const open = async (fields: Parameters<typeof createDisposition>[2]) =>
      createDisposition(client, (await createLead(client)).id, { assignedToUserId: user, callbackAt: null, ...fields });
    await open({ callbackAt: iso(at.overdue), followUpStatus: null });
    await open({ taskDueAt: iso(at.todayFirst), followUpStatus: 'Pending' });
    await open({ appointmentStartAt: iso(at.todayLast), appointmentEndAt: iso(at.todayLast + minutes(30)), followUpStatus: 'Scheduled' });
    await open({ callbackAt: iso(at.upcoming), taskDueAt: iso(at.upcoming) });
    expected.overdue = [{ kind: 'callback', at: iso(at.overdue) }];
    expected.today = [
      { kind: 'task', at: iso(at.todayFirst) },
      { kind: 'appointment', at: iso(at.todayLast) },
    ];
    expected.upcoming = [
      { kind: 'callback', at: iso(at.upcoming) },
      { kind: 'task', at: iso(at.upcoming) },
    ];
    // Closed by status (any case, spaces around it), superseded by a newer disposition, someone else's: none is listed.
    closedIds = [];
    for (const status of [' DONE ', 'completed', 'Cancelled', 'canceled', 'Closed'])
      closedIds.push((await open({ callbackAt: iso(at.todayFirst), followUpStatus: status })).id);
    const lead = await createLead(client);
    closedIds.push((await createDisposition(client, lead.id, { assignedToUserId: user, callbackAt: iso(at.todayFirst), timestamp: iso(now - dayMs) })).id);
    await createDisposition(client, lead.id, { assignedToUserId: user, callbackAt: null, timestamp: iso(now - 1000) });
    await open({ assignedToUserId: 'someone-else', callbackAt: iso(at.todayFirst) });
  });

  const list = async (query: Record<string, unknown>) => {
    const { data, error } = await client.GET('/follow-ups', { params: { query: { assignedToUserId: user, timeZone: 'UTC', ...query } } });
    if (!data) throw new Error(JSON.stringify(error));
    return data;
  };

  test.each(['overdue', 'today', 'upcoming'] as const)('when %s is asked for, then its open follow-ups come soonest first, then by kind', async (view) => {
    const page = await list({ view });
    expect(page.items.map(({ kind, at }) => ({ kind, at }))).toEqual(expected[view]);
    expect(page.items.every((item) => !closedIds.includes(item.dispositionId))).toBe(true);
  });

  test('when an item is read, then it carries its lead, outcome and times', async () => {
    const [appointment] = (await list({ view: 'today', kinds: ['appointment'] })).items as FollowUp[];
    expect(appointment).toMatchObject({
      kind: 'appointment',
      endAt: iso(todayUtc + dayMs - 1 + minutes(30)),
      leadName: expect.stringMatching(/^Ada Lovelace/),
      outcome: 'Contacted',
      followUpStatus: 'Scheduled',
      assignedToUserId: user,
      notes: 'Asked for a quote.',
    });
  });

  test('when includeCount is set, then the counts of all three views come in one answer', async () => {
    expect((await list({ view: 'today', includeCount: true })).counts).toEqual({ overdue: 1, today: 2, upcoming: 2 });
    expect((await list({ view: 'today' })).counts).toBeNull();
    expect((await list({ includeCount: true, kinds: ['task'] })).counts).toEqual({ overdue: 0, today: 1, upcoming: 1 });
  });

  test('when the time zone is 14 hours ahead, then today is its calendar day', async () => {
    const offset = 14 * 3_600_000;
    const todayThere = Math.floor((now + offset) / dayMs) * dayMs - offset;
    const page = await list({ view: 'today', timeZone: 'Pacific/Kiritimati', includeCount: true });
    const all = [...expected.overdue, ...expected.today, ...expected.upcoming];
    expect(page.items.map(({ at }) => at)).toEqual(all.map(({ at }) => at).filter((at) => Date.parse(at) >= todayThere && Date.parse(at) < todayThere + dayMs));
    expect(page.timeZone).toBe('Pacific/Kiritimati');
  });

  test('when the pages are walked one item at a time, then they hold every item once, in order', async () => {
    const seen: string[] = [];
    let continuationToken: string | undefined;
    do {
      const page = await list({ view: 'upcoming', pageSize: 1, continuationToken });
      seen.push(...page.items.map(({ kind, at }) => `${at} ${kind}`));
      continuationToken = page.continuationToken ?? undefined;
    } while (continuationToken);
    expect(seen).toEqual(expected.upcoming.map(({ kind, at }) => `${at} ${kind}`));
  });

  test.each([
    ['an unknown time zone', { timeZone: 'Nowhere/Special' }, '/query/timeZone'],
    ['an unknown view', { view: 'someday' }, '/query/view'],
    ['an unknown kind', { kinds: ['meeting'] }, '/query/kinds/0'],
    ['a continuation token of other parameters', { continuationToken: 'e30.AAAA' }, '/query/continuationToken'],
  ])('when it is asked for with %s, then 400 names the parameter', async (_name, query, path) => {
    const { error, response } = await client.GET('/follow-ups', { params: { query: query as never } });
    expect(response.status).toBe(400);
    expect(error?.errors?.map((e) => e.path)).toContain(path);
  });

  test('when a token of another view is sent, then 400', async () => {
    const first = await list({ view: 'upcoming', pageSize: 1 });
    const { response } = await client.GET('/follow-ups', {
      params: { query: { assignedToUserId: user, view: 'today', continuationToken: first.continuationToken! } },
    });
    expect(response.status).toBe(400);
  });

  test('when the current disposition is edited, closed, deleted or moved, then the agenda follows at once', async () => {
    const agent = 'agent-edits';
    const mine = async () => (await list({ assignedToUserId: agent, view: 'upcoming' })).items.map(({ kind, dispositionId }) => `${kind} ${dispositionId}`);
    const lead = await createLead(client);
    const older = await createDisposition(client, lead.id, { assignedToUserId: agent, timestamp: iso(now - 2 * dayMs), callbackAt: iso(todayUtc + 3 * dayMs) });
    const newer = await createDisposition(client, lead.id, { assignedToUserId: agent, timestamp: iso(now - dayMs), callbackAt: iso(todayUtc + 4 * dayMs) });
    expect(await mine()).toEqual([`callback ${newer.id}`]);

    await client.PUT('/dispositions/{id}', { params: { path: { id: newer.id } }, body: { callbackAt: null, taskDueAt: iso(todayUtc + 5 * dayMs) } });
    expect(await mine()).toEqual([`task ${newer.id}`]);
    await client.PUT('/dispositions/{id}', { params: { path: { id: newer.id } }, body: { followUpStatus: 'Completed' } });
    expect(await mine()).toEqual([]);
    await client.DELETE('/dispositions/{id}', { params: { path: { id: newer.id } } });
    expect(await mine()).toEqual([`callback ${older.id}`]);
    const elsewhere = await createLead(client);
    await client.PUT('/dispositions/{id}', { params: { path: { id: older.id } }, body: { leadId: elsewhere.id, assignedToUserId: 'agent-moved' } });
    expect(await mine()).toEqual([]);
    expect((await list({ assignedToUserId: 'agent-moved', view: 'upcoming' })).items.map((item) => [item.leadId, item.dispositionId])).toEqual([
      [elsewhere.id, older.id],
    ]);
    await client.DELETE('/leads/{id}', { params: { path: { id: elsewhere.id } } });
    expect((await list({ assignedToUserId: 'agent-moved', view: 'upcoming' })).items).toEqual([]);
  });

  test('when another business asks, then it sees none of these', async () => {
    const other = await suite.server.newBusiness();
    const { data } = await other.client.GET('/follow-ups', { params: { query: { assignedToUserId: user, view: 'today', includeCount: true } } });
    expect(data).toMatchObject({ items: [], counts: { overdue: 0, today: 0, upcoming: 0 } });
  });
});

describe('the follow-up report', () => {
  const t = Date.parse('2026-06-10T15:00:00.000Z');
  const from = '2026-06-01T00:00:00Z';
  const to = '2026-07-01T00:00:00Z';

  /** A lead with a callback at `at`, then a disposition at each of `then`. */
  async function callback(agent: string, at: number, then: number[], fields: Parameters<typeof createDisposition>[2] = {}) {
    const lead = await createLead(suite.business.client);
    const first = await createDisposition(suite.business.client, lead.id, {
      assignedToUserId: agent,
      timestamp: iso(at - dayMs),
      callbackAt: iso(at),
      followUpStatus: 'Pending',
      ...fields,
    });
    for (const time of then)
      await createDisposition(suite.business.client, lead.id, { assignedToUserId: agent, timestamp: iso(time), callbackAt: null, followUpStatus: null });
    return first;
  }

  beforeAll(async () => {
    await callback('kim', t, [t + minutes(10)]); // kept
    await callback('kim', t, [t - minutes(15)]); // kept: the window's first minute
    await callback('kim', t, [t + minutes(60)]); // kept: its last
    await callback('kim', t, [t + minutes(61)]); // late
    await callback('kim', t, []); // missed
    await callback('kim', t, [t - minutes(120)]); // missed: only before its window
    await callback('lee', t, [], { followUpStatus: 'done' }); // closed
    await callback('lee', t, [t + minutes(5)], { followUpStatus: null, taskDueAt: iso(t + dayMs) }); // a kept callback and a task: kept too (same next disposition? it is before the task's window)
    await callback('lee', now + 10 * dayMs, [], { callbackAt: iso(now + 10 * dayMs) }); // open: its window has not passed
  });

  const report = async (body: FollowUpReportRequest) => {
    const { data, error } = await suite.business.client.POST('/reports/follow-ups', { body });
    if (!data) throw new Error(JSON.stringify(error));
    return data;
  };

  test('when follow-ups are counted by agent and kind, then each is kept, late, missed, closed or open', async () => {
    const answer = await report({ from, to, groupBy: ['assignedToUserId', 'kind'] });
    expect(answer.rows.map(({ key, scheduled, kept, late, missed, closed, open }) => ({ key, scheduled, kept, late, missed, closed, open }))).toEqual([
      { key: { assignedToUserId: 'kim', kind: 'callback' }, scheduled: 6, kept: 3, late: 1, missed: 2, closed: 0, open: 0 },
      { key: { assignedToUserId: 'lee', kind: 'callback' }, scheduled: 2, kept: 1, late: 0, missed: 0, closed: 1, open: 0 },
      { key: { assignedToUserId: 'lee', kind: 'task' }, scheduled: 1, kept: 0, late: 0, missed: 1, closed: 0, open: 0 },
    ]);
    expect(answer.totals).toEqual({ scheduled: 9, kept: 4, late: 1, missed: 3, closed: 1, open: 0 });
    expect(answer.keptWindow).toEqual({ minutesBefore: 15, minutesAfter: 60 });
  });

  test('when the window is wider, then the late one is kept', async () => {
    const answer = await report({ from, to, filters: [{ field: 'assignedToUserId', value: 'kim' }], keptWindow: { minutesBefore: 15, minutesAfter: 90 } });
    expect(answer.totals).toMatchObject({ scheduled: 6, kept: 4, late: 0, missed: 2 });
  });

  test('when a follow-up is still ahead, then it is open', async () => {
    const answer = await report({ from: iso(now), to: iso(now + 30 * dayMs), groupBy: ['day'], filters: [{ field: 'assignedToUserId', value: 'lee' }] });
    expect(answer.totals).toMatchObject({ scheduled: 1, open: 1 });
  });

  test("when a row's queries are sent to the query endpoint, then they list its scheduled follow-ups", async () => {
    const answer = await report({ from, to, groupBy: ['assignedToUserId', 'week'], timeZone: 'Europe/Berlin' });
    for (const row of answer.rows) {
      let listed = 0;
      for (const query of Object.values(row.queries)) {
        const { data } = await suite.business.client.POST('/dispositions/all/my', { body: { ...query, includeCount: true } });
        listed += data!.totalCount!;
      }
      expect([row.key, listed]).toEqual([row.key, row.scheduled]);
    }
    expect(answer.rows.map((row) => row.key)).toEqual([
      { assignedToUserId: 'kim', week: '2026-06-08' },
      { assignedToUserId: 'lee', week: '2026-06-08' },
    ]);
  });

  test('when it is asked for wrongly, then 400 names the field', async () => {
    for (const [body, path] of [
      [{ from, to, timeZone: 'Atlantis' }, '/body/timeZone'],
      [{ from: to, to: from }, '/body/to'],
      [{ from, to, groupBy: ['outcome'] }, '/body/groupBy/0'],
      [{ from, to, keptWindow: { minutesBefore: -1 } }, '/body/keptWindow/minutesBefore'],
    ] as const) {
      const { error, response } = await suite.business.client.POST('/reports/follow-ups', { body: body as never });
      expect([path, response.status]).toEqual([path, 400]);
      expect(error?.errors?.map((e) => e.path)).toContain(path);
    }
  });

  test('when another business asks, then it counts none of these', async () => {
    const other = await suite.server.newBusiness();
    const { data } = await other.client.POST('/reports/follow-ups', { body: { from, to } });
    expect(data).toMatchObject({ rows: [], totals: { scheduled: 0 } });
  });
});
