import { buildLeadStatus, createDisposition, createLead } from '../support/factories';
import { useServerWithBusiness } from '../support/test-server';

// What each request costs the database, in statements (BEGIN and COMMIT included): a write
// takes at most four, a read one. The API-key lookup is left out of the count: a cached key
// costs none, and its cache is tested on its own.

const suite = useServerWithBusiness();

/** The statements the server sent while `work` ran, the API-key lookup left out. */
async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
  const sent: string[] = [];
  const capture = ({ sql }: { sql: string }) => {
    if (!/from "api_keys"/.test(sql)) sent.push(sql);
  };
  suite.server.db.on('query', capture);
  try {
    await work();
  } finally {
    suite.server.db.off('query', capture);
  }
  return sent;
}

test('when a change is recorded, edited, moved, recorded by lead status and deleted, then each takes at most four statements', async () => {
  const { client } = suite;
  const [lead, other] = [await createLead(client), await createLead(client)];
  await client.POST('/lead-statuses', { body: buildLeadStatus({ name: 'Quoted', category: 'Qualified' }) });
  const first = await createDisposition(client, lead.id);

  const counts = {
    post: await statementsOf(() => client.POST('/dispositions', { body: { leadId: lead.id, type: 'Call', outcome: 'Quoted' } })),
    put: await statementsOf(() => client.PUT('/dispositions/{id}', { params: { path: { id: first.id } }, body: { outcome: 'Quoted', notes: 'n' } })),
    move: await statementsOf(() => client.PUT('/dispositions/{id}', { params: { path: { id: first.id } }, body: { leadId: other.id } })),
    status: await statementsOf(() => client.PUT('/leads/{id}/status', { params: { path: { id: lead.id } }, body: { outcome: 'Quoted' } })),
    delete: await statementsOf(() => client.DELETE('/dispositions/{id}', { params: { path: { id: first.id } } })),
  };

  for (const [operation, statements] of Object.entries(counts)) {
    expect({ operation, statements: statements.length }).toEqual({ operation, statements: Math.min(statements.length, 4) });
    expect(statements[0]).toMatch(/^BEGIN/i);
    expect(statements[statements.length - 1]).toMatch(/^COMMIT/i);
  }
});

test('when a disposition, a lead, a history or a page is read, then it takes one statement', async () => {
  const { client } = suite;
  const lead = await createLead(client);
  const disposition = await createDisposition(client, lead.id);

  const reads = {
    get: await statementsOf(() => client.GET('/dispositions/{id}', { params: { path: { id: disposition.id } } })),
    lead: await statementsOf(() => client.GET('/leads/{id}', { params: { path: { id: lead.id } } })),
    history: await statementsOf(() => client.GET('/dispositions/lead/{leadId}', { params: { path: { leadId: lead.id } } })),
    statusHistory: await statementsOf(() => client.GET('/leads/{id}/status-history', { params: { path: { id: lead.id } } })),
    query: await statementsOf(() => client.POST('/dispositions/all/my', { body: { pageSize: 10 } })),
  };

  for (const [operation, statements] of Object.entries(reads)) expect({ operation, statements: statements.length }).toEqual({ operation, statements: 1 });
});

test('when the lead of a history does not exist or has none, then the one statement tells which', async () => {
  const { client } = suite;
  const lead = await createLead(client);
  const empty = await client.GET('/dispositions/lead/{leadId}', { params: { path: { leadId: lead.id } } });
  const missing = await client.GET('/dispositions/lead/{leadId}', { params: { path: { leadId: '00000000-0000-4000-8000-000000000000' } } });
  expect([empty.response.status, empty.data]).toEqual([200, []]);
  expect(missing.response.status).toBe(404);
});
