import type { DispositionResponse, LeadResponse, LeadStatusResponse } from '@dispositions/api-types';
import { buildDisposition, buildStatusChange, createDisposition, createLead, createLeadStatus, exportAsJson } from '../support/factories';
import { specOperations } from '../support/spec';
import { startTestServer, type TestBusiness, type TestServer } from '../support/test-server';

// Two businesses with look-alike data: the second must never see, change or learn of the
// first's rows — 404 on its ids (never 403), and nothing of it in lists, counts or exports.

let server: TestServer;
let owner: TestBusiness;
let other: TestBusiness;
let lead: LeadResponse;
let disposition: DispositionResponse;
let ownLead: LeadResponse;
let status: LeadStatusResponse;
let feedId: string;

async function seed(business: TestBusiness) {
  const seeded = await createLead(business.client, { contact: { firstName: 'Shared', lastName: 'Name', email: 'same@example.com' } });
  const recorded = await createDisposition(business.client, seeded.id, { assignedToUserId: 'same-user', notes: 'same notes' });
  return { seeded, recorded };
}

beforeAll(async () => {
  server = await startTestServer();
  [owner, other] = [await server.newBusiness(), await server.newBusiness()];
  ({ seeded: lead, recorded: disposition } = await seed(owner));
  ({ seeded: ownLead } = await seed(other));
  status = await createLeadStatus(owner.client, { name: 'Shared status' });
  feedId = (await owner.client.POST('/calendar-feeds', { body: { assignedToUserId: 'same-user' } })).data!.id;
});
afterAll(() => server.close());

/** The owner's view of its rows, to compare before and after the other business tries things. */
async function ownerSnapshot() {
  const { client } = owner;
  return {
    lead: (await client.GET('/leads/{id}', { params: { path: { id: lead.id } } })).data,
    disposition: (await client.GET('/dispositions/{id}', { params: { path: { id: disposition.id } } })).data,
    history: (await client.GET('/dispositions/lead/{leadId}', { params: { path: { leadId: lead.id } } })).data,
    status: (await client.GET('/lead-statuses/{id}', { params: { path: { id: status.id } } })).data,
  };
}

describe('ids of another business', () => {
  const attempts: [string, () => Promise<{ response: Response; error?: { status?: number; detail?: string } }>][] = [
    ['getDisposition', () => other.client.GET('/dispositions/{id}', { params: { path: { id: disposition.id } } })],
    ['updateDisposition', () => other.client.PUT('/dispositions/{id}', { params: { path: { id: disposition.id } }, body: { outcome: 'Hijacked' } })],
    [
      "updateDisposition moving it to the other business's lead",
      () => other.client.PUT('/dispositions/{id}', { params: { path: { id: disposition.id } }, body: { leadId: ownLead.id } }),
    ],
    ['deleteDisposition', () => other.client.DELETE('/dispositions/{id}', { params: { path: { id: disposition.id } } })],
    ['listLeadDispositions', () => other.client.GET('/dispositions/lead/{leadId}', { params: { path: { leadId: lead.id } } })],
    ['exportLeadDispositions', () => other.client.GET('/dispositions/lead/{leadId}/export', { params: { path: { leadId: lead.id } } })],
    ['createDisposition on the lead', () => other.client.POST('/dispositions', { body: buildDisposition(lead.id) })],
    ['getLead', () => other.client.GET('/leads/{id}', { params: { path: { id: lead.id } } })],
    ['updateLead', () => other.client.PUT('/leads/{id}', { params: { path: { id: lead.id } }, body: { contact: { firstName: 'Hijacked' } } })],
    ['deleteLead', () => other.client.DELETE('/leads/{id}', { params: { path: { id: lead.id } } })],
    ['recordLeadStatusChange on the lead', () => other.client.PUT('/leads/{id}/status', { params: { path: { id: lead.id } }, body: buildStatusChange() })],
    ['listLeadStatusHistory', () => other.client.GET('/leads/{id}/status-history', { params: { path: { id: lead.id } } })],
    ['exportLeadStatusHistory', () => other.client.GET('/leads/{id}/status-history/export', { params: { path: { id: lead.id } } })],
    ['getLeadStatusChange', () => other.client.GET('/lead-status-changes/{id}', { params: { path: { id: disposition.id } } })],
    [
      'updateLeadStatusChange',
      () => other.client.PUT('/lead-status-changes/{id}', { params: { path: { id: disposition.id } }, body: { outcome: 'Hijacked' } }),
    ],
    ['deleteLeadStatusChange', () => other.client.DELETE('/lead-status-changes/{id}', { params: { path: { id: disposition.id } } })],
    ['getLeadStatus', () => other.client.GET('/lead-statuses/{id}', { params: { path: { id: status.id } } })],
    ['updateLeadStatus', () => other.client.PUT('/lead-statuses/{id}', { params: { path: { id: status.id } }, body: { name: 'Hijacked' } })],
    ['archiveLeadStatus', () => other.client.DELETE('/lead-statuses/{id}', { params: { path: { id: status.id } } })],
    ['rotateCalendarFeed', () => other.client.POST('/calendar-feeds/{id}/rotate', { params: { path: { id: feedId } } })],
    ['deleteCalendarFeed', () => other.client.DELETE('/calendar-feeds/{id}', { params: { path: { id: feedId } } })],
  ];

  test.each(attempts)("when the other business calls %s, then 404 and the owner's rows are unchanged", async (_name, attempt) => {
    const before = await ownerSnapshot();

    const { error, response } = await attempt();

    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(error?.status).toBe(404);
    expect(await ownerSnapshot()).toEqual(before);
  });

  test("when the owner moves its disposition to the other business's lead, then 404 too", async () => {
    const { response } = await owner.client.PUT('/dispositions/{id}', { params: { path: { id: disposition.id } }, body: { leadId: ownLead.id } });

    expect(response.status).toBe(404);
    expect((await owner.client.GET('/dispositions/{id}', { params: { path: { id: disposition.id } } })).data?.leadId).toBe(lead.id);
  });
});

describe('lists, filters, search, counts and exports', () => {
  test('when the other business queries dispositions by every shared value, then it sees only its own', async () => {
    const ownIds = (await other.client.GET('/dispositions/lead/{leadId}', { params: { path: { leadId: ownLead.id } } })).data!.map((d) => d.id);
    const queries = [
      {},
      { filters: [{ field: 'assignedToUserId' as const, value: 'same-user' }] },
      { search: 'same notes' },
      { rangeFilters: [{ field: 'timestamp' as const, greaterThanOrEqual: '2000-01-01T00:00:00Z' }] },
    ];

    for (const query of queries) {
      const { data } = await other.client.POST('/dispositions/all/my', { body: { ...query, includeCount: true, pageSize: 500 } });
      expect(data!.items.map((d) => d.id)).toEqual(ownIds);
      expect(data!.totalCount).toBe(ownIds.length);
    }
    const byLead = await other.client.POST('/dispositions/all/my', { body: { filters: [{ field: 'leadId', value: lead.id }], includeCount: true } });
    expect(byLead.data!.items).toEqual([]);
    expect(byLead.data!.totalCount).toBe(0);
  });

  test('when the other business queries status changes, then it sees only its own', async () => {
    const ownIds = (await other.client.GET('/dispositions/lead/{leadId}', { params: { path: { leadId: ownLead.id } } })).data!.map((d) => d.id);

    const { data } = await other.client.POST('/lead-status-changes/all/my', { body: { includeCount: true, pageSize: 500 } });

    expect(data!.items.map((change) => change.id)).toEqual(ownIds);
    expect(data!.totalCount).toBe(ownIds.length);
  });

  test("when another business lists its lead statuses or uses the owner's status name, then none of the owner's shows or counts", async () => {
    const stranger = await server.newBusiness();
    const { id: strangerLeadId } = await createLead(stranger.client);

    const { data } = await stranger.client.GET('/lead-statuses', { params: { query: { includeArchived: true } } });
    const created = await stranger.client.POST('/lead-statuses', { body: { name: status.name, category: 'Lost' } });
    const change = await stranger.client.PUT('/leads/{id}/status', { params: { path: { id: strangerLeadId } }, body: { outcome: status.name } });

    expect(data).toEqual([]);
    expect(created.response.status).toBe(201);
    expect(change.data?.category).toBe('Lost');
  });

  test('when the other business asks for reports, its agenda and its feeds, then only its own records count', async () => {
    const ownCount = (await other.client.GET('/dispositions/lead/{leadId}', { params: { path: { leadId: ownLead.id } } })).data!.length;
    const all = { from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' };
    const outcomes = await other.client.POST('/reports/outcomes', { body: { ...all, groupBy: ['assignedToUserId'] } });
    const followUps = await other.client.POST('/reports/follow-ups', { body: all });
    const agenda = await other.client.GET('/follow-ups', { params: { query: { assignedToUserId: 'same-user', view: 'overdue', includeCount: true } } });

    expect(typeof outcomes.data !== 'string' && outcomes.data?.totals.count).toBe(ownCount);
    expect(followUps.data?.totals.scheduled).toBe(1);
    expect(agenda.data?.items.map((item) => item.leadId)).toEqual([ownLead.id]);
    expect(agenda.data?.counts).toEqual({ overdue: 1, today: 0, upcoming: 0 });
    expect((await other.client.GET('/calendar-feeds')).data?.items).toEqual([]);
  });

  test('when the other business queries leads by every shared value, then it sees only its own', async () => {
    const queries = [{}, { filters: [{ field: 'contact.email' as const, value: 'same@example.com' }] }, { search: 'Shared' }];

    for (const query of queries) {
      const { data } = await other.client.POST('/leads/all/my', { body: { ...query, includeCount: true, pageSize: 500 } });
      expect(data!.items.map((l) => l.id)).toEqual([ownLead.id]);
      expect(data!.totalCount).toBe(1);
    }
  });

  test("when the other business exports its own lead, then the owner's rows are not in it", async () => {
    const { data } = await exportAsJson(other.client, ownLead.id);

    expect(data!.rows.map((row) => row.leadId)).toEqual([ownLead.id]);
    expect(data!.csv).not.toContain(disposition.id);
    expect(data!.csv).not.toContain(lead.id);
  });

  test("when the other business sends the owner's continuation token, then 400 and none of the owner's rows", async () => {
    await createDisposition(owner.client, lead.id, { assignedToUserId: 'same-user' });
    const { data: first } = await owner.client.POST('/dispositions/all/my', { body: { pageSize: 1 } });

    const { data, response } = await other.client.POST('/dispositions/all/my', { body: { pageSize: 1, continuationToken: first!.continuationToken! } });

    expect(response.status).toBe(400);
    expect(data).toBeUndefined();
  });
});

describe('authentication on every operation', () => {
  const protectedOperations = specOperations.filter((operation) => !(operation.security && operation.security.length === 0));
  const anyId = '00000000-0000-4000-8000-000000000000';
  const urlOf = (path: string) => server.url + path.replace(/\{[^}]+\}/g, anyId);
  const credentials: [string, Record<string, string>][] = [
    ['no key', {}],
    ['a wrong Bearer key', { authorization: 'Bearer dsp_wrong' }],
    ['a malformed Authorization header', { authorization: 'Basic dXNlcjpwYXNz' }],
    ['a wrong X-Leadping-Api-Key', { 'x-leadping-api-key': 'dsp_wrong' }],
  ];

  test('the spec protects every operation except the health and readiness checks, the reference, the spec, the metrics and a calendar feed (its token is its key)', () => {
    expect(
      specOperations
        .filter((operation) => !protectedOperations.includes(operation))
        .map((operation) => operation.operationId)
        .sort(),
    ).toEqual(['getApiReference', 'getCalendar', 'getHealth', 'getMetrics', 'getOpenApiJson', 'getOpenApiYaml', 'getReadiness']);
  });

  test.each(protectedOperations.flatMap((operation) => credentials.map(([name, headers]) => [operation.operationId, name, operation, headers] as const)))(
    'when %s is called with %s, then 401 problem+json with WWW-Authenticate',
    async (_operationId, _credential, operation, headers) => {
      const response = await fetch(urlOf(operation.path), {
        method: operation.method.toUpperCase(),
        headers: { ...headers, 'content-type': 'application/json' },
        ...(['post', 'put'].includes(operation.method) ? { body: '{}' } : {}),
      });

      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await response.json()).toMatchObject({ status: 401, title: 'Unauthorized' });
    },
  );

  test('when the key comes in X-Leadping-Api-Key, then it works like a Bearer token', async () => {
    const response = await fetch(`${server.url}/leads/${lead.id}`, { headers: { 'x-leadping-api-key': owner.apiKey } });

    expect(response.status).toBe(200);
    expect((await response.json()).id).toBe(lead.id);
  });
});
