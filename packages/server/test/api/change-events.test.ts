import type { components } from '@dispositions/api-types';
import type { DispositionsClient } from '@dispositions/client';
import pino from 'pino';
import { changeEventPruner } from '../../src/jobs/change-event-pruner';
import * as leads from '../../src/repositories/leads.repository';
import { feedCaughtUp } from '../support/change-feed';
import { buildDisposition, buildLead, buildStatusChange, createDisposition, createLead, createLeadStatus } from '../support/factories';
import { databaseKind, useServerWithBusiness } from '../support/test-server';

// The change events every write records in its own transaction, read through the real
// server and client: `GET /change-events` and `GET /change-events/{id}`.

type ChangeEvent = components['schemas']['ChangeEvent'];

const suite = useServerWithBusiness();

/** Every event of the business from the feed, following `continuationToken`, from `after` on; by default once the feed shows every committed event. */
async function feed(
  client: DispositionsClient,
  query: { after?: string; leadId?: string; types?: string[]; pageSize?: number } = {},
  { waitForFeed = true } = {},
): Promise<ChangeEvent[]> {
  if (waitForFeed) await feedCaughtUp(suite.server.db);
  const events: ChangeEvent[] = [];
  let continuationToken: string | undefined;
  for (;;) {
    const { data, error } = await client.GET('/change-events', { params: { query: { ...query, continuationToken } as never } });
    if (!data) throw new Error(JSON.stringify(error));
    events.push(...data.items);
    if (!data.continuationToken) return events;
    continuationToken = data.continuationToken;
  }
}

const ofLead = async (leadId: string) => feed(suite.client, { leadId });
const typesOf = (events: ChangeEvent[]) => events.map((event) => event.type);

describe('when dispositions and leads are written', () => {
  test('then each write records its events, whose objects are what a GET answered then, numbered per lead without gaps', async () => {
    const client = suite.client;
    const lead = await createLead(client, buildLead());
    const first = await createDisposition(client, lead.id, { outcome: 'No Answer', timestamp: '2026-11-24T15:00:00.000Z' });
    const afterFirst = (await client.GET('/leads/{id}', { params: { path: { id: lead.id } } })).data!;
    const updated = (await client.PUT('/dispositions/{id}', { params: { path: { id: first.id } }, body: { notes: 'Call after 5' } })).data!;
    const older = await createDisposition(client, lead.id, { outcome: 'Voicemail', timestamp: '2026-11-20T15:00:00.000Z' });
    await client.DELETE('/dispositions/{id}', { params: { path: { id: first.id } } });
    const renamed = (await client.PUT('/leads/{id}', { params: { path: { id: lead.id } }, body: { contact: { firstName: 'Augusta' } } })).data!;

    const events = await ofLead(lead.id);
    expect(typesOf(events)).toEqual([
      'lead.created',
      'disposition.created',
      'lead.current_disposition_changed',
      'disposition.updated',
      'lead.current_disposition_changed',
      'disposition.created',
      'disposition.deleted',
      'lead.current_disposition_changed',
      'lead.updated',
    ]);
    expect(events.map((event) => event.data.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(events.every((event) => event.data.leadId === lead.id && /^evt_[0-9a-f]{32}$/.test(event.id))).toBe(true);

    const [created, , current, edited, , olderCreated, deleted, fallback, leadUpdated] = events;
    expect(created!.data.object).toEqual(lead);
    expect(events[1]!.data.object).toEqual(first);
    expect(events[1]!.data.previous).toBeNull();
    expect(current!.data.object).toEqual(afterFirst);
    expect(current!.data.previous).toMatchObject({ currentDisposition: null });
    expect(edited!.data.object).toEqual(updated);
    expect(edited!.data.previous).toEqual({ notes: first.notes, updatedAt: first.updatedAt });
    // An older disposition does not change the current one: no lead event.
    expect(olderCreated!.data.object).toEqual(older);
    expect(deleted!.data.object).toEqual(updated);
    expect((fallback!.data.object as components['schemas']['LeadResponse']).currentDisposition?.id).toBe(older.id);
    expect(leadUpdated!.data.object).toEqual(renamed);
    expect(leadUpdated!.data.previous).toMatchObject({ contact: lead.contact });

    await client.DELETE('/leads/{id}', { params: { path: { id: lead.id } } });
    const last = (await ofLead(lead.id)).at(-1)!;
    expect(last).toMatchObject({ type: 'lead.deleted', data: { sequence: 10, object: renamed } });
  });

  test('then a lead status change (the other vocabulary) records the same disposition events', async () => {
    const lead = await createLead(suite.client);
    const { data } = await suite.client.PUT('/leads/{id}/status', { params: { path: { id: lead.id } }, body: buildStatusChange({ outcome: 'Contacted' }) });
    const events = await ofLead(lead.id);
    expect(typesOf(events)).toEqual(['lead.created', 'disposition.created', 'lead.current_disposition_changed']);
    const disposition = (await suite.client.GET('/dispositions/{id}', { params: { path: { id: data!.id } } })).data!;
    expect(events[1]!.data.object).toEqual(disposition);
  });

  test('then moving a disposition records its update on the lead it moved to, and a current change on each lead', async () => {
    const client = suite.client;
    const from = await createLead(client);
    const to = await createLead(client);
    const moved = await createDisposition(client, from.id);
    await client.PUT('/dispositions/{id}', { params: { path: { id: moved.id } }, body: { leadId: to.id } });
    expect(typesOf(await ofLead(from.id))).toEqual([
      'lead.created',
      'disposition.created',
      'lead.current_disposition_changed',
      'lead.current_disposition_changed',
    ]);
    const toEvents = await ofLead(to.id);
    expect(typesOf(toEvents)).toEqual(['lead.created', 'disposition.updated', 'lead.current_disposition_changed']);
    expect(toEvents.map((event) => event.data.sequence)).toEqual([1, 2, 3]);
    expect(toEvents[1]!.data.previous).toMatchObject({ leadId: from.id });
  });

  test('then an idempotent replay of a create records no second event, and a refused write records none', async () => {
    const client = suite.client;
    const lead = await createLead(client);
    const body = buildDisposition(lead.id);
    const headers = { 'Idempotency-Key': `replay-${lead.id}` };
    expect((await client.POST('/dispositions', { body, params: { header: headers } })).response.status).toBe(201);
    const replay = await client.POST('/dispositions', { body, params: { header: headers } });
    expect(replay.response.headers.get('idempotency-replayed')).toBe('true');
    const [disposition] = (await client.GET('/dispositions/lead/{leadId}', { params: { path: { leadId: lead.id } } })).data!;
    const refused = await client.PUT('/dispositions/{id}', {
      params: { path: { id: disposition!.id }, header: { 'If-Match': '"stale"' } },
      body: { notes: 'x' },
    });
    expect(refused.response.status).toBe(412);
    expect(typesOf(await ofLead(lead.id))).toEqual(['lead.created', 'disposition.created', 'lead.current_disposition_changed']);
  });

  test('then the catalog records created, updated and archived statuses, with no lead', async () => {
    const client = suite.client;
    const status = await createLeadStatus(client, { name: `Event status ${Date.now()}` });
    const recolored = (await client.PUT('/lead-statuses/{id}', { params: { path: { id: status.id } }, body: { color: '#112233' } })).data!;
    await client.DELETE('/lead-statuses/{id}', { params: { path: { id: status.id } } });
    const events = (await feed(client, { types: ['lead_status.*'] })).filter((event) => (event.data.object as { id: string }).id === status.id);
    expect(typesOf(events)).toEqual(['lead_status.created', 'lead_status.updated', 'lead_status.archived']);
    expect(events[0]!.data.object).toEqual(status);
    expect(events[1]!.data).toMatchObject({ object: recolored, previous: { color: status.color }, leadId: null, sequence: null });
    expect(events[2]!.data.previous).toMatchObject({ isArchived: false });
  });
});

describe('when the feed is read', () => {
  let client: DispositionsClient;
  let leadId: string;
  beforeAll(async () => {
    client = (await suite.server.newBusiness()).client;
    leadId = (await createLead(client)).id;
    for (let i = 0; i < 5; i++) await createDisposition(client, leadId, { outcome: `Outcome ${i}`, timestamp: `2026-11-2${i}T15:00:00.000Z` });
  });

  test('then pages, after, types (exact and family) and leadId select from it, oldest first', async () => {
    const all = await feed(client);
    expect(all).toHaveLength(11);
    expect(await feed(client, { pageSize: 2 })).toEqual(all);
    expect(await feed(client, { after: all[3]!.id })).toEqual(all.slice(4));
    expect(await feed(client, { after: all.at(-1)!.id })).toEqual([]);
    expect(typesOf(await feed(client, { types: ['disposition.*'] }))).toEqual(Array(5).fill('disposition.created'));
    expect(await feed(client, { types: ['lead.created', 'disposition.*'] })).toHaveLength(6);
    expect(await feed(client, { types: ['*'] })).toEqual(all);
    expect(await feed(client, { leadId: (await createLead(client)).id })).toHaveLength(1);
    const one = await client.GET('/change-events/{id}', { params: { path: { id: all[2]!.id } } });
    expect(one.data).toEqual(all[2]);
  });

  test('then bad input is a 400 or 404 naming the field, and another business sees none of it', async () => {
    const [first] = await feed(client);
    const badToken = await client.GET('/change-events', { params: { query: { continuationToken: 'forged' } } });
    expect(badToken.response.status).toBe(400);
    expect(badToken.error).toMatchObject({ errors: [{ path: '/query/continuationToken' }] });
    const badType = await client.GET('/change-events', { params: { query: { types: ['Disposition Created'] as never } } });
    expect(badType.response.status).toBe(400);
    const unknown = await client.GET('/change-events', { params: { query: { after: `evt_${'0'.repeat(32)}` } } });
    expect(unknown.response.status).toBe(404);
    const other = suite.client;
    expect((await other.GET('/change-events/{id}', { params: { path: { id: first!.id } } })).response.status).toBe(404);
    expect((await other.GET('/change-events', { params: { query: { after: first!.id } } })).response.status).toBe(404);
    expect(await feed(other, { leadId })).toEqual([]);
  });
});

describe('when writes commit out of order', () => {
  (databaseKind === 'postgresql' ? test : test.skip)(
    'then an event whose transaction commits late is not passed over: the feed waits for it',
    async () => {
      const client = suite.client;
      const seen = await feed(client);
      const cursor = seen.at(-1)!.id;
      // A transaction that writes a lead and stays open, while a later one commits.
      const trx = await suite.server.db.transaction();
      const late = await leads.insertLead(trx, { business_id: suite.business.businessId, id: crypto.randomUUID() });
      const early = await createLead(client);
      expect(await feed(client, { after: cursor }, { waitForFeed: false })).toEqual([]);
      await trx.commit();
      const after = await feed(client, { after: cursor });
      expect(after.map((event) => event.data.leadId)).toEqual([late.id, early.id]);
    },
    60_000,
  );

  test('then a consumer polling with after while many writers run misses nothing', async () => {
    const { client } = await suite.server.newBusiness();
    const collected: ChangeEvent[] = [];
    let done = false;
    const poll = (async () => {
      let after: string | undefined;
      for (;;) {
        const finished = done;
        // Reading along as the writers commit; the last read, after they all have, once the feed shows them all.
        const page = await feed(client, after ? { after } : {}, { waitForFeed: finished });
        collected.push(...page);
        after = collected.at(-1)?.id;
        if (finished) return;
      }
    })();
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        const lead = await createLead(client);
        for (let i = 0; i < 3; i++) await createDisposition(client, lead.id);
      }),
    );
    done = true;
    await poll;
    const all = await feed(client);
    expect(collected.map((event) => event.id)).toEqual(all.map((event) => event.id));
    expect(new Set(all.map((event) => event.id)).size).toBe(all.length);
    expect(all.filter((event) => event.type === 'disposition.created')).toHaveLength(24);
  }, 120_000);
});

describe('when events are older than EVENT_RETENTION_DAYS', () => {
  test('then the pruner deletes them and keeps the newer ones', async () => {
    const { client, businessId } = await suite.server.newBusiness();
    const old = await createLead(client);
    const kept = await createLead(client);
    await suite.server
      .db('change_events')
      .where({ business_id: businessId, lead_id: old.id })
      .update({ occurred_at: suite.server.db.raw("now() - interval '31 days'") });
    const pruner = changeEventPruner(suite.server.db, pino({ level: 'silent' }), 30);
    expect(await pruner.prune()).toBeGreaterThanOrEqual(1);
    expect((await feed(client)).map((event) => event.data.leadId)).toEqual([kept.id]);
  });
});
