import type { DispositionsClient } from '@dispositions/client';
import { createDisposition, createLead, createLeadStatus, recordStatusChange } from '../support/factories';
import { categories, leadStatusResponseFields, sdkAccept } from '../support/leadping';
import { startTestServer, type TestServer } from '../support/test-server';

// The business's catalog of lead statuses, which both Leadping generations share, and what
// it means for the changes that name a status.

let server: TestServer;
let client: DispositionsClient;
let businessId: string;
let apiKey: string;

beforeEach(async () => {
  ({ client, businessId, apiKey } = await server.newBusiness());
});
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('the catalog', () => {
  test("when statuses are created, then they come back with both ids, Leadping's fields and the defaults", async () => {
    const { data, response } = await client.POST('/lead-statuses', { body: { name: 'New' } });

    expect(response.status).toBe(201);
    expect(Object.keys(data!).sort()).toEqual(leadStatusResponseFields);
    expect(data).toMatchObject({ organizationId: businessId, businessId, name: 'New', color: null, category: 'Open', sortOrder: 0, isArchived: false });
    expect(response.headers.get('etag')).toMatch(/^"/);
  });

  test('when listing, then the active statuses come as a bare array ordered by sortOrder, then name; archived ones only when asked for', async () => {
    await createLeadStatus(client, { name: 'b', sortOrder: 2 });
    await createLeadStatus(client, { name: 'a', sortOrder: 2 });
    await createLeadStatus(client, { name: 'z', sortOrder: -1.5 });
    const archived = await createLeadStatus(client, { name: 'gone', sortOrder: 0 });
    await client.DELETE('/lead-statuses/{id}', { params: { path: { id: archived.id } } });

    const active = await client.GET('/lead-statuses');
    const all = await client.GET('/lead-statuses', { params: { query: { includeArchived: true } } });

    expect(active.data!.map((status) => status.name)).toEqual(['z', 'a', 'b']);
    expect(all.data!.map((status) => [status.name, status.isArchived])).toEqual([
      ['z', false],
      ['gone', true],
      ['a', false],
      ['b', false],
    ]);
  });

  test('when a name is taken by an active status, ignoring case, then 409, on create and on rename; an archived one frees it', async () => {
    const first = await createLeadStatus(client, { name: 'Appointment Set' });
    const other = await createLeadStatus(client, { name: 'Sold' });

    const created = await client.POST('/lead-statuses', { body: { name: 'appointment SET' } });
    const renamed = await client.PUT('/lead-statuses/{id}', { params: { path: { id: other.id } }, body: { name: 'APPOINTMENT set' } });
    await client.DELETE('/lead-statuses/{id}', { params: { path: { id: first.id } } });
    const again = await client.POST('/lead-statuses', { body: { name: 'Appointment Set' } });

    expect(created.response.status).toBe(409);
    expect(created.error).toMatchObject({ type: '/problems/lead-status-name-taken' });
    expect(renamed.response.status).toBe(409);
    expect(again.response.status).toBe(201);
  });

  test('when two creates of one name race, then one is created and the other answers 409', async () => {
    const answers = await Promise.all(Array.from({ length: 6 }, () => client.POST('/lead-statuses', { body: { name: 'Racing' } })));

    expect(answers.map(({ response }) => response.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
  });

  test('when updated, then fields left out keep their value, and a null category counts as left out', async () => {
    const status = await createLeadStatus(client, { name: 'Callback', color: '#fff', category: 'Open', sortOrder: 4 });

    const { data } = await client.PUT('/lead-statuses/{id}', { params: { path: { id: status.id } }, body: { color: null, category: 'null' } });

    expect(data).toMatchObject({ name: 'Callback', color: null, category: 'Open', sortOrder: 4 });
    expect(new Date(data!.modifiedAt).getTime()).toBeGreaterThanOrEqual(new Date(status.modifiedAt).getTime());
  });

  test('when archived, then it answers JSON true, again on a retry, and the status stays readable', async () => {
    const status = await createLeadStatus(client);

    const first = await fetch(`${server.url}/lead-statuses/${status.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${apiKey}`, accept: sdkAccept.leadStatusWrite },
    });
    const retry = await client.DELETE('/lead-statuses/{id}', { params: { path: { id: status.id } } });
    const read = await client.GET('/lead-statuses/{id}', { params: { path: { id: status.id } } });

    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await first.json()).toBe(true);
    expect(retry.data).toBe(true);
    expect(read.data).toMatchObject({ id: status.id, isArchived: true });
  });

  test('when the status is unknown, then GET, PUT and DELETE answer 404', async () => {
    const id = '00000000-0000-4000-8000-000000000000';

    const answers = await Promise.all([
      client.GET('/lead-statuses/{id}', { params: { path: { id } } }),
      client.PUT('/lead-statuses/{id}', { params: { path: { id } }, body: { name: 'x' } }),
      client.DELETE('/lead-statuses/{id}', { params: { path: { id } } }),
    ]);

    expect(answers.map(({ response }) => response.status)).toEqual([404, 404, 404]);
  });

  test('when If-Match carries the tag read, then the write goes through; a stale one answers 412 and changes nothing', async () => {
    const status = await createLeadStatus(client, { color: '#000' });
    const { response } = await client.GET('/lead-statuses/{id}', { params: { path: { id: status.id } } });
    const tag = response.headers.get('etag')!;

    const fresh = await client.PUT('/lead-statuses/{id}', { params: { path: { id: status.id }, header: { 'If-Match': tag } }, body: { color: '#111' } });
    const stale = await client.PUT('/lead-statuses/{id}', { params: { path: { id: status.id }, header: { 'If-Match': tag } }, body: { color: '#222' } });
    const staleArchive = await client.DELETE('/lead-statuses/{id}', { params: { path: { id: status.id }, header: { 'If-Match': tag } } });

    expect(fresh.response.status).toBe(200);
    expect(stale.response.status).toBe(412);
    expect(staleArchive.response.status).toBe(412);
    expect((await client.GET('/lead-statuses/{id}', { params: { path: { id: status.id } } })).data).toMatchObject({ color: '#111', isArchived: false });
  });
});

describe('changes that name a status', () => {
  test.each(categories)(
    "when a change names an active %s status in another case and sends no category, then it takes the status's category, through both generations",
    async (category) => {
      await createLeadStatus(client, { name: 'Appointment Set', category: category as never });
      const lead = await createLead(client);

      const disposition = await createDisposition(client, lead.id, { outcome: 'appointment set' });
      const change = await client.PUT('/leads/{id}/status', { params: { path: { id: lead.id } }, body: { outcome: 'APPOINTMENT SET' } });

      expect(disposition.category).toBe(category);
      expect(change.data!.category).toBe(category);
    },
  );

  test('when a change sends its own category, or names no status, then that is what it records', async () => {
    await createLeadStatus(client, { name: 'Sold', category: 'Converted' });
    const lead = await createLead(client);

    const explicit = await createDisposition(client, lead.id, { outcome: 'Sold', category: 'Lost' });
    const cleared = await createDisposition(client, lead.id, { outcome: 'Sold', category: 'null' });
    const unnamed = await recordStatusChange(client, lead.id, { outcome: 'Something else', category: undefined });

    expect([explicit.category, cleared.category, unnamed.category]).toEqual(['Lost', null, null]);
  });

  test('when a status is archived, then a new change naming it answers 422 through both generations, and the history that names it stays', async () => {
    const status = await createLeadStatus(client, { name: 'Do Not Call', category: 'Invalid' });
    const lead = await createLead(client);
    const before = await createDisposition(client, lead.id, { outcome: 'Do Not Call' });
    await client.DELETE('/lead-statuses/{id}', { params: { path: { id: status.id } } });

    const created = await client.POST('/dispositions', { body: { leadId: lead.id, type: 'Call', outcome: 'do not call' } });
    const recorded = await client.PUT('/leads/{id}/status', { params: { path: { id: lead.id } }, body: { outcome: 'Do Not Call' } });
    const other = await createDisposition(client, lead.id, { outcome: 'Contacted' });
    const renamedTo = await client.PUT('/lead-status-changes/{id}', { params: { path: { id: other.id } }, body: { outcome: 'Do Not Call' } });
    const kept = await client.PUT('/dispositions/{id}', { params: { path: { id: before.id } }, body: { outcome: 'Do Not Call', notes: 'still' } });
    const history = await client.GET('/leads/{id}/status-history', { params: { path: { id: lead.id } } });

    for (const refused of [created, recorded, renamedTo]) {
      expect(refused.response.status).toBe(422);
      expect(refused.error).toMatchObject({ type: '/problems/lead-status-unavailable', detail: expect.stringContaining('Do Not Call') });
    }
    expect(kept.response.status).toBe(200);
    expect(history.data!.map((change) => [change.id, change.outcome, change.category])).toEqual(
      expect.arrayContaining([
        [before.id, 'Do Not Call', 'Invalid'],
        [other.id, 'Contacted', null],
      ]),
    );
    expect(history.data).toHaveLength(2);
  });

  test('when an archived name is given to a new active status, then changes naming it take the new one', async () => {
    const old = await createLeadStatus(client, { name: 'Quoted', category: 'Open' });
    await client.DELETE('/lead-statuses/{id}', { params: { path: { id: old.id } } });
    await createLeadStatus(client, { name: 'Quoted', category: 'Qualified' });
    const lead = await createLead(client);

    const change = await recordStatusChange(client, lead.id, { outcome: 'Quoted', category: undefined });

    expect(change.category).toBe('Qualified');
  });
});
