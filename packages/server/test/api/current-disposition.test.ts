import { createDisposition, createLead } from '../support/factories';
import { useServerWithBusiness } from '../support/test-server';

// A lead's current disposition is always its newest by (timestamp, id), after every write.

const suite = useServerWithBusiness();

async function currentOf(leadId: string) {
  const { data, error } = await suite.client.GET('/leads/{id}', { params: { path: { id: leadId } } });
  if (!data) throw new Error(JSON.stringify(error));
  return data.currentDisposition;
}

async function currentIdOf(leadId: string): Promise<string | null> {
  return (await currentOf(leadId))?.id ?? null;
}

test('when a lead has no dispositions, then it has no current disposition', async () => {
  const lead = await createLead(suite.client);

  expect(await currentOf(lead.id)).toBeNull();
});

test('when a disposition is recorded, then it becomes current with its outcome as display name', async () => {
  const lead = await createLead(suite.client);
  const before = Date.now();
  const created = await createDisposition(suite.client, lead.id, { outcome: 'Appointment Set' });

  const current = await currentOf(lead.id);

  expect(current).toMatchObject({ id: created.id, outcome: 'Appointment Set', displayName: 'Appointment Set' });
  expect(Date.parse(current!.changedAt)).toBeGreaterThanOrEqual(before - 1000);
});

test('when an older disposition is recorded, then the newer one stays current', async () => {
  const lead = await createLead(suite.client);
  const newer = await createDisposition(suite.client, lead.id, { timestamp: '2026-03-01T00:00:00.000Z' });
  await createDisposition(suite.client, lead.id, { timestamp: '2026-01-01T00:00:00.000Z' });

  expect(await currentIdOf(lead.id)).toBe(newer.id);
});

test('when a newer disposition is recorded, then it takes over', async () => {
  const lead = await createLead(suite.client);
  await createDisposition(suite.client, lead.id, { timestamp: '2026-01-01T00:00:00.000Z' });
  const newer = await createDisposition(suite.client, lead.id, { timestamp: '2026-03-01T00:00:00.000Z' });

  expect(await currentIdOf(lead.id)).toBe(newer.id);
});

test('when two dispositions share a timestamp, then the higher id is current', async () => {
  const lead = await createLead(suite.client);
  const a = await createDisposition(suite.client, lead.id, { timestamp: '2026-01-01T00:00:00.000Z' });
  const b = await createDisposition(suite.client, lead.id, { timestamp: '2026-01-01T00:00:00.000Z' });

  expect(await currentIdOf(lead.id)).toBe([a.id, b.id].sort().at(-1));
});

test("when an older disposition's timestamp moves past the current one, then it becomes current", async () => {
  const lead = await createLead(suite.client);
  const older = await createDisposition(suite.client, lead.id, { timestamp: '2026-01-01T00:00:00.000Z' });
  await createDisposition(suite.client, lead.id, { timestamp: '2026-02-01T00:00:00.000Z' });

  await suite.client.PUT('/dispositions/{id}', { params: { path: { id: older.id } }, body: { timestamp: '2026-04-01T00:00:00.000Z' } });

  expect(await currentIdOf(lead.id)).toBe(older.id);
});

test("when the current disposition's timestamp moves back, then the next newest takes over", async () => {
  const lead = await createLead(suite.client);
  const older = await createDisposition(suite.client, lead.id, { timestamp: '2026-01-01T00:00:00.000Z' });
  const newer = await createDisposition(suite.client, lead.id, { timestamp: '2026-02-01T00:00:00.000Z' });

  await suite.client.PUT('/dispositions/{id}', { params: { path: { id: newer.id } }, body: { timestamp: '2025-12-01T00:00:00.000Z' } });

  expect(await currentIdOf(lead.id)).toBe(older.id);
});

test("when the current disposition's outcome changes, then the lead shows it and changedAt moves", async () => {
  const lead = await createLead(suite.client);
  const created = await createDisposition(suite.client, lead.id, { outcome: 'No Answer' });
  const first = await currentOf(lead.id);

  await suite.client.PUT('/dispositions/{id}', { params: { path: { id: created.id } }, body: { outcome: 'Contacted' } });
  const second = await currentOf(lead.id);

  expect(second).toMatchObject({ id: created.id, outcome: 'Contacted', displayName: 'Contacted' });
  expect(Date.parse(second!.changedAt)).toBeGreaterThanOrEqual(Date.parse(first!.changedAt));
});

test('when the current disposition moves to another lead, then both leads follow', async () => {
  const from = await createLead(suite.client);
  const to = await createLead(suite.client);
  const staying = await createDisposition(suite.client, from.id, { timestamp: '2026-01-01T00:00:00.000Z' });
  const moving = await createDisposition(suite.client, from.id, { timestamp: '2026-03-01T00:00:00.000Z' });
  const target = await createDisposition(suite.client, to.id, { timestamp: '2026-02-01T00:00:00.000Z' });

  const { data } = await suite.client.PUT('/dispositions/{id}', { params: { path: { id: moving.id } }, body: { leadId: to.id } });

  expect(data?.leadId).toBe(to.id);
  expect(await currentIdOf(from.id)).toBe(staying.id);
  expect(await currentIdOf(to.id)).toBe(moving.id);
  const history = await suite.client.GET('/dispositions/lead/{leadId}', { params: { path: { leadId: to.id } } });
  expect(history.data?.map((d) => d.id)).toEqual([moving.id, target.id]);
});

test('when the only disposition moves away, then the old lead has none', async () => {
  const from = await createLead(suite.client);
  const to = await createLead(suite.client);
  const only = await createDisposition(suite.client, from.id);

  await suite.client.PUT('/dispositions/{id}', { params: { path: { id: only.id } }, body: { leadId: to.id } });

  expect(await currentOf(from.id)).toBeNull();
  expect(await currentIdOf(to.id)).toBe(only.id);
});

test('when the current disposition is deleted, then the next newest takes over', async () => {
  const lead = await createLead(suite.client);
  const older = await createDisposition(suite.client, lead.id, { timestamp: '2026-01-01T00:00:00.000Z' });
  const newer = await createDisposition(suite.client, lead.id, { timestamp: '2026-02-01T00:00:00.000Z' });

  await suite.client.DELETE('/dispositions/{id}', { params: { path: { id: newer.id } } });

  expect(await currentIdOf(lead.id)).toBe(older.id);
});

test('when an older disposition is deleted, then the current one stays', async () => {
  const lead = await createLead(suite.client);
  const older = await createDisposition(suite.client, lead.id, { timestamp: '2026-01-01T00:00:00.000Z' });
  const newer = await createDisposition(suite.client, lead.id, { timestamp: '2026-02-01T00:00:00.000Z' });

  await suite.client.DELETE('/dispositions/{id}', { params: { path: { id: older.id } } });

  expect(await currentIdOf(lead.id)).toBe(newer.id);
});

test('when the last disposition is deleted, then the lead has none', async () => {
  const lead = await createLead(suite.client);
  const only = await createDisposition(suite.client, lead.id);

  await suite.client.DELETE('/dispositions/{id}', { params: { path: { id: only.id } } });

  expect(await currentOf(lead.id)).toBeNull();
});

test('when many writes run at once on one lead, then the current disposition is still the newest', async () => {
  const lead = await createLead(suite.client);
  const created = await Promise.all(
    Array.from({ length: 20 }, (_, i) => createDisposition(suite.client, lead.id, { timestamp: new Date(Date.UTC(2026, 0, 1 + i)).toISOString() })),
  );
  await Promise.all([
    ...created.slice(0, 5).map((d) => suite.client.DELETE('/dispositions/{id}', { params: { path: { id: d.id } } })),
    ...created
      .slice(5, 10)
      .map((d, i) =>
        suite.client.PUT('/dispositions/{id}', { params: { path: { id: d.id } }, body: { timestamp: new Date(Date.UTC(2027, 0, 1 + i)).toISOString() } }),
      ),
    ...created.slice(10, 15).map((d) => suite.client.DELETE('/dispositions/{id}', { params: { path: { id: d.id } } })),
  ]);

  const history = await suite.client.GET('/dispositions/lead/{leadId}', { params: { path: { leadId: lead.id } } });

  expect(history.data).toHaveLength(10);
  expect(await currentIdOf(lead.id)).toBe(history.data![0]!.id);
  expect(history.data![0]!.timestamp).toBe('2027-01-05T00:00:00.000Z');
});
