import { randomUUID } from 'node:crypto';
import type { components } from '@dispositions/api-types';
import { orThrow } from '@dispositions/client';
import pino from 'pino';
import { ConfigError, loadConfig } from '../../src/config';
import { createDatabase, type Database } from '../../src/db/database';
import { followUpEventsJob } from '../../src/jobs/follow-up-events';
import { moveFollowUpCursors } from '../../src/repositories/follow-up-events.repository';
import { closeWebhookConnections } from '../../src/webhooks/sender';
import { feedCaughtUp } from '../support/change-feed';
import { createDisposition, createLead } from '../support/factories';
import { databaseKind, useServerWithBusiness } from '../support/test-server';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';
import { expectValidWebhook } from '../support/webhook-schema';
import { createEndpoint, eventOf, eventually } from '../support/webhooks';

// follow_up.due and follow_up.missed through the real server: dispositions written with
// follow-up times a few seconds ahead (or a window's length behind), the server's background
// job recording the events by the database's clock, read from the feed and received by a
// webhook receiver on loopback; and job instances racing over one database.

type ChangeEvent = components['schemas']['ChangeEvent'];
type FollowUp = components['schemas']['FollowUp'];
type CreateDispositionRequest = components['schemas']['CreateDispositionRequest'];

const silent = pino({ level: 'silent' });

// On PostgreSQL, a database of this file's own (made as test/db/migrations.test.ts makes one),
// which the server migrates when it starts: these tests move the follow-up cursors back, by
// 70 minutes when catching up, and on the suite's shared database every other file's open
// follow-ups in that stretch would get follow_up.due and follow_up.missed events in the middle
// of its tests. The embedded run already gives each file's server an in-memory database.
const databaseName = `dispositions_follow_up_events_${process.pid}_${Date.now()}`;
const databaseUrl = process.env.DATABASE_URL && Object.assign(new URL(process.env.DATABASE_URL), { pathname: `/${databaseName}` }).toString();
let admin: Database | undefined;
beforeAll(async () => {
  if (!databaseUrl) return;
  admin = createDatabase({ databaseUrl: process.env.DATABASE_URL, poolMax: 1 });
  await admin.raw('CREATE DATABASE ??', [databaseName]);
});
const suite = useServerWithBusiness(undefined, { followUpEventsIntervalMs: 200, databaseUrl });
let receiver: WebhookReceiver;
beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await receiver.close();
  closeWebhookConnections();
});
// After the server's own afterAll (jest runs them in the order they are declared), so that it has closed its pool.
afterAll(async () => {
  if (!admin) return;
  await admin.raw('DROP DATABASE ?? WITH (FORCE)', [databaseName]);
  await admin.destroy();
});

const iso = (ms: number) => new Date(ms).toISOString();
const windowMs = 60 * 60_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every event of a lead in the feed, once the feed shows every committed one. */
async function eventsOf(leadId: string): Promise<ChangeEvent[]> {
  await feedCaughtUp(suite.server.db);
  const events: ChangeEvent[] = [];
  let continuationToken: string | undefined;
  do {
    const page = await orThrow(suite.client.GET('/change-events', { params: { query: { leadId, continuationToken } as never } }));
    events.push(...page.items);
    continuationToken = page.continuationToken ?? undefined;
  } while (continuationToken);
  return events;
}

const followUpEventsOf = async (leadId: string) => (await eventsOf(leadId)).filter((event) => event.type.startsWith('follow_up.'));

/** The agenda's item for a disposition's follow-up of `kind`, from whichever view holds it. */
async function agendaItem(assignedToUserId: string, dispositionId: string, kind: FollowUp['kind']): Promise<FollowUp | undefined> {
  for (const view of ['overdue', 'today', 'upcoming'] as const) {
    const page = await orThrow(suite.client.GET('/follow-ups', { params: { query: { assignedToUserId, view, pageSize: 500 } } }));
    const item = page.items.find((found) => found.dispositionId === dispositionId && found.kind === kind);
    if (item) return item;
  }
  return undefined;
}

/** A lead with one disposition recorded now, assigned to a user of its own. */
async function leadWith(followUp: Partial<CreateDispositionRequest>) {
  const user = `user-${randomUUID()}`;
  const lead = await createLead(suite.client);
  const disposition = await createDisposition(suite.client, lead.id, {
    assignedToUserId: user,
    timestamp: iso(Date.now()),
    callbackAt: null,
    ...followUp,
  });
  return { lead, disposition, user };
}

describe('follow_up.due', () => {
  test('when an open follow-up`s time arrives, then one follow_up.due is in the feed and delivered, carrying the follow-up as the agenda answered it', async () => {
    const endpoint = await createEndpoint(suite.client, { url: `${receiver.url}/due`, eventTypes: ['follow_up.*'] });
    const { lead, disposition, user } = await leadWith({ callbackAt: iso(Date.now() + 3_000), notes: 'Call back about the quote' });
    const item = await agendaItem(user, disposition.id, 'callback');
    expect(item).toBeDefined();
    expect(await followUpEventsOf(lead.id)).toEqual([]);

    const [due] = await eventually(async () => {
      const events = await followUpEventsOf(lead.id);
      return events.length > 0 && events;
    });
    // Several passes later, still one.
    await sleep(1_000);
    const all = await eventsOf(lead.id);

    expect(all.filter((event) => event.type.startsWith('follow_up.'))).toEqual([due]);
    expect(due!.type).toBe('follow_up.due');
    expect(due!.data).toEqual({ object: item, previous: null, leadId: lead.id, sequence: all.at(-2)!.data.sequence! + 1 });
    expect(Date.parse(due!.timestamp)).toBeGreaterThanOrEqual(Date.parse(disposition.callbackAt!));
    expect(all.at(-1)).toEqual(due);

    const [received] = await eventually(() => {
      const got = receiver.received.filter((request) => request.path === '/due' && eventOf(request).data.leadId === lead.id);
      return got.length > 0 && got;
    });
    expect(received!.headers['webhook-id']).toBe(due!.id);
    expect(eventOf(received!)).toEqual(due);
    expectValidWebhook('follow_up.due', received!.body);
    await orThrow(suite.client.DELETE('/webhook-endpoints/{id}', { params: { path: { id: endpoint.id } } }));
  });

  test('when a follow-up is closed or superseded before its time, then it gives no event; each kind of an open one gives its own', async () => {
    const at = Date.now() + 2_000;
    const closed = await leadWith({ callbackAt: iso(at), followUpStatus: ' DONE ' });
    const superseded = await leadWith({ callbackAt: iso(at) });
    await createDisposition(suite.client, superseded.lead.id, { timestamp: iso(Date.now() + 1), callbackAt: null, followUpStatus: null });
    const closedLater = await leadWith({ taskDueAt: iso(at) });
    await orThrow(suite.client.PUT('/dispositions/{id}', { params: { path: { id: closedLater.disposition.id } }, body: { followUpStatus: 'Cancelled' } }));
    const open = await leadWith({ callbackAt: iso(at), taskDueAt: iso(at), appointmentStartAt: iso(at + 500), appointmentEndAt: iso(at + 3_600_000) });

    const events = await eventually(async () => {
      const got = await followUpEventsOf(open.lead.id);
      return got.length === 3 && got;
    });
    await sleep(500);

    expect(events.map((event) => [event.type, (event.data.object as FollowUp).kind])).toEqual([
      ['follow_up.due', 'callback'],
      ['follow_up.due', 'task'],
      ['follow_up.due', 'appointment'],
    ]);
    expect((events[2]!.data.object as FollowUp).endAt).toBe(iso(at + 3_600_000));
    const sequences = (await eventsOf(open.lead.id)).map((event) => event.data.sequence);
    expect(sequences).toEqual(sequences.map((_, index) => index + 1));
    for (const quiet of [closed, superseded, closedLater]) expect(await followUpEventsOf(quiet.lead.id)).toEqual([]);
  });
});

describe('follow_up.missed', () => {
  test('when a follow-up`s window passes while it is open, then follow_up.missed; kept or closed in its window, nothing', async () => {
    // Times already in the past when written: no due event (their time came before they existed), only the window's end ahead.
    const at = Date.now() - windowMs + 2_000;
    const missed = await leadWith({ callbackAt: iso(at) });
    const kept = await leadWith({ callbackAt: iso(at) });
    await createDisposition(suite.client, kept.lead.id, { outcome: 'Contacted', timestamp: iso(Date.now() + 1), callbackAt: null, followUpStatus: null });
    const closed = await leadWith({ appointmentStartAt: iso(at) });
    await orThrow(suite.client.PUT('/dispositions/{id}', { params: { path: { id: closed.disposition.id } }, body: { followUpStatus: 'completed' } }));
    const item = await agendaItem(missed.user, missed.disposition.id, 'callback');

    const [event] = await eventually(async () => {
      const got = await followUpEventsOf(missed.lead.id);
      return got.length > 0 && got;
    });
    await sleep(500);

    expect(await followUpEventsOf(missed.lead.id)).toEqual([event]);
    expect(event!.type).toBe('follow_up.missed');
    expect(event!.data.object).toEqual(item);
    expectValidWebhook('follow_up.missed', event);
    expect(await followUpEventsOf(kept.lead.id)).toEqual([]);
    expect(await followUpEventsOf(closed.lead.id)).toEqual([]);
  });
});

describe('several instances', () => {
  test('when job instances run passes at the same time over one database, and the cursors are moved back, then each event is recorded once, on a sequence without gaps', async () => {
    const at = Date.now() + 1_500;
    const leads = await Promise.all(Array.from({ length: 8 }, (_, index) => leadWith({ callbackAt: iso(at + index * 100), taskDueAt: iso(at + index * 100) })));
    // A pool of its own on PostgreSQL, so that the instances race on different connections.
    const otherDb = databaseKind === 'postgresql' ? createDatabase({ databaseUrl, poolMax: 2 }) : suite.server.db;
    const instances = [followUpEventsJob(suite.server.db, silent), followUpEventsJob(otherDb, silent), followUpEventsJob(otherDb, silent)];
    try {
      const race = async () => {
        const until = at + 1_200;
        while (Date.now() < until) await Promise.all(instances.map((instance) => instance.pass()));
      };
      await race();
      // Scanning the same stretch again records nothing twice.
      await moveFollowUpCursors(suite.server.db, new Date(at - 5_000));
      await Promise.all(instances.map((instance) => instance.pass()));
    } finally {
      if (otherDb !== suite.server.db) await otherDb.destroy();
    }

    for (const { lead, disposition } of leads) {
      const events = await eventsOf(lead.id);
      const ofFollowUps = events.filter((event) => event.type.startsWith('follow_up.'));
      expect(ofFollowUps.map((event) => `${event.type} ${(event.data.object as FollowUp).kind} ${(event.data.object as FollowUp).dispositionId}`)).toEqual([
        `follow_up.due callback ${disposition.id}`,
        `follow_up.due task ${disposition.id}`,
      ]);
      expect(events.map((event) => event.data.sequence)).toEqual(events.map((_, index) => index + 1));
    }
  });

  // The embedded database has one connection: no other transaction can hold the cursors there.
  (databaseKind === 'postgresql' ? test : test.skip)('when another instance holds the cursors, then a pass does nothing', async () => {
    const trx = await suite.server.db.transaction();
    try {
      await trx.raw('SELECT 1 FROM follow_up_event_cursors FOR UPDATE');
      const otherDb = createDatabase({ databaseUrl, poolMax: 1 });
      try {
        expect(await followUpEventsJob(otherDb, silent).pass()).toEqual({ ran: false });
      } finally {
        await otherDb.destroy();
      }
    } finally {
      await trx.rollback();
    }
  });
});

describe('catching up', () => {
  // Moves the cursors back 70 minutes, on this file's own database (see the top of the file).
  test('when the cursors are more than an hour behind (every instance was stopped), then one pass() catches up, an hour at a time, and late events come', async () => {
    const { lead, disposition } = await leadWith({ callbackAt: iso(Date.now() - 65 * 60_000) });
    const before = new Date();
    await moveFollowUpCursors(suite.server.db, new Date(Date.now() - 70 * 60_000));

    // The server's own job may be the one that catches up; this pass then finds the cursors held, or caught up.
    const done = await followUpEventsJob(suite.server.db, silent).pass();

    expect(done.ran ? done.behind : false).toBe(false);
    const cursors = await eventually(async () => {
      const rows = await suite.server.db('follow_up_event_cursors').select('scanned_to');
      return rows.every((row) => row.scanned_to >= before) && rows;
    });
    expect(cursors).toHaveLength(2);
    const events = await followUpEventsOf(lead.id);
    // Its time is in the first hour caught up, the end of its window (5 minutes ago) in the second.
    expect(events.map((event) => [event.type, (event.data.object as FollowUp).dispositionId])).toEqual([
      ['follow_up.due', disposition.id],
      ['follow_up.missed', disposition.id],
    ]);
  });
});

test('when FOLLOW_UP_EVENTS_INTERVAL is set, then it is read as a duration; 5 seconds when unset; a bad one stops start-up naming it', () => {
  expect(loadConfig({}).followUpEventsIntervalMs).toBe(5_000);
  expect(loadConfig({ FOLLOW_UP_EVENTS_INTERVAL: '2' }).followUpEventsIntervalMs).toBe(2_000);
  expect(loadConfig({ FOLLOW_UP_EVENTS_INTERVAL: '1m' }).followUpEventsIntervalMs).toBe(60_000);
  expect(() => loadConfig({ FOLLOW_UP_EVENTS_INTERVAL: 'soon' })).toThrow(ConfigError);
  expect(() => loadConfig({ FOLLOW_UP_EVENTS_INTERVAL: '0' })).toThrow(/FOLLOW_UP_EVENTS_INTERVAL/);
});
