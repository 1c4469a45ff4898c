import { createDispositionsClient } from '@dispositions/client';
import { createApiKey } from '../../src/services/api-keys.service';
import { createDisposition, createLead } from '../support/factories';
import { startTestServer, type TestServer } from '../support/test-server';

// The audit fields of a recorded change, which Leadping's model has had from its first
// release: who made it (the API key's user), from where (changeSource), when (changedAt),
// and what it replaced (the old/new links), fixed when the change is recorded.

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

test('when a change is made with a key issued to a user, then it records that user; a business key records null', async () => {
  const name = `Audit ${Date.now()}`;
  const { apiKey: userKey } = await createApiKey(server.db, name, 'user-42');
  const { apiKey: businessKey } = await createApiKey(server.db, name);
  const asUser = createDispositionsClient({ baseUrl: server.url, apiKey: userKey });
  const asBusiness = createDispositionsClient({ baseUrl: server.url, apiKey: businessKey });
  const lead = await createLead(asBusiness);

  const byUser = await createDisposition(asUser, lead.id);
  const byBusiness = await createDisposition(asBusiness, lead.id, { timestamp: '2026-01-01T00:00:00.000Z' });
  const edited = await asBusiness.PUT('/dispositions/{id}', { params: { path: { id: byUser.id } }, body: { notes: 'edited' } });
  const { data: read } = await asBusiness.GET('/leads/{id}', { params: { path: { id: lead.id } } });

  expect(byUser.changedByUserId).toBe('user-42');
  expect(byBusiness.changedByUserId).toBeNull();
  expect(edited.data!.changedByUserId).toBe('user-42');
  expect(read!.currentDisposition).toMatchObject({ id: byUser.id, changedByUserId: 'user-42' });
});

test('when changeSource is sent, then it is kept; left out, null or the SDK\'s "null", then API', async () => {
  const { client } = await server.newBusiness();
  const lead = await createLead(client);

  const sent = await createDisposition(client, lead.id, { changeSource: 'AI', changedByAutomationId: 'automation-7' });
  const leftOut = await createDisposition(client, lead.id);
  const nulled = await createDisposition(client, lead.id, { changeSource: null });
  const quoted = await createDisposition(client, lead.id, { changeSource: 'null', category: 'null' });

  expect(sent).toMatchObject({ changeSource: 'AI', changedByAutomationId: 'automation-7' });
  expect([leftOut.changeSource, nulled.changeSource, quoted.changeSource]).toEqual(['API', 'API', 'API']);
  expect(quoted.category).toBeNull();
});

test("when enums are not exactly Leadping's values, then 400 naming the field", async () => {
  const { client } = await server.newBusiness();
  const lead = await createLead(client);

  const { response, error } = await client.POST('/dispositions', {
    body: { leadId: lead.id, type: 'Call', outcome: 'x', category: 'qualified', changeSource: 'api' } as never,
  });

  expect(response.status).toBe(400);
  expect(error?.errors?.map((field) => field.path).sort()).toEqual(['/body/category', '/body/changeSource']);
});

test('when changes are recorded, backdated or not, then each links to the disposition that was current just before, and the links stay when it is edited', async () => {
  const { client } = await server.newBusiness();
  const lead = await createLead(client);

  const first = await createDisposition(client, lead.id, { outcome: 'No Answer', type: 'Call', timestamp: '2026-03-01T00:00:00.000Z' });
  const second = await createDisposition(client, lead.id, { outcome: 'Contacted', type: 'Text', timestamp: '2026-04-01T00:00:00.000Z' });
  const backdated = await createDisposition(client, lead.id, { outcome: 'Voicemail', timestamp: '2026-01-01T00:00:00.000Z' });
  const edited = await client.PUT('/dispositions/{id}', {
    params: { path: { id: second.id } },
    body: { outcome: 'Sold', timestamp: '2026-05-01T00:00:00.000Z' },
  });

  expect(first).toMatchObject({ oldDispositionId: null, oldDispositionOutcome: null, oldDispositionType: null, newDispositionId: first.id });
  expect(second).toMatchObject({ oldDispositionId: first.id, oldDispositionOutcome: 'No Answer', oldDispositionType: 'Call', newDispositionId: second.id });
  expect(backdated).toMatchObject({ oldDispositionId: second.id, oldDispositionOutcome: 'Contacted', oldDispositionType: 'Text' });
  expect(edited.data).toMatchObject({ oldDispositionId: first.id, changedAt: '2026-05-01T00:00:00.000Z' });
});
