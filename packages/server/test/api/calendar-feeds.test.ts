import ICAL from 'ical.js';
import { createDisposition, createLead } from '../support/factories';
import { startTestServer, type TestServer, useServerWithBusiness } from '../support/test-server';

// Calendar feeds through the real server and client, each calendar read over plain HTTP as a
// calendar app reads it and parsed by an independent iCalendar parser (ical.js).

const suite = useServerWithBusiness();
const dayMs = 86_400_000;
/** Now, to the second: iCalendar times have no milliseconds. */
const now = Math.floor(Date.now() / 1000) * 1000;
const iso = (ms: number) => new Date(ms).toISOString();

/** The feed's calendar, parsed, with its answer. */
async function read(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  const text = await response.text();
  const events =
    response.status === 200
      ? new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => ({ vevent, event: new ICAL.Event(vevent) }))
      : [];
  return { response, text, events };
}

async function newFeed(body: { assignedToUserId: string; kinds?: ('callback' | 'task' | 'appointment')[]; includeNotes?: boolean }) {
  const { data, error } = await suite.business.client.POST('/calendar-feeds', { body });
  if (!data) throw new Error(JSON.stringify(error));
  return data;
}

describe('when a user has follow-ups and a calendar feed', () => {
  const user = 'feed-user';
  let leadId: string;
  let callbackId: string;

  beforeAll(async () => {
    const client = suite.business.client;
    const lead = await createLead(client, { contact: { firstName: 'Grace', lastName: 'Hopper' } });
    leadId = lead.id;
    callbackId = (
      await createDisposition(client, lead.id, {
        outcome: 'No Answer',
        assignedToUserId: user,
        callbackAt: iso(now + dayMs),
        appointmentStartAt: iso(now + 2 * dayMs),
        appointmentEndAt: iso(now + 2 * dayMs + 3_600_000),
        notes: 'Secret notes about Grace.',
      })
    ).id;
    const old = await createLead(client);
    await createDisposition(client, old.id, { assignedToUserId: user, callbackAt: iso(now - 31 * dayMs) });
    const far = await createLead(client);
    await createDisposition(client, far.id, { assignedToUserId: user, callbackAt: iso(now + 181 * dayMs) });
    const done = await createLead(client);
    await createDisposition(client, done.id, { assignedToUserId: user, callbackAt: iso(now + dayMs), followUpStatus: 'Done' });
    const someoneElse = await createLead(client);
    await createDisposition(client, someoneElse.id, { assignedToUserId: 'another-user', callbackAt: iso(now + dayMs) });
  });

  test('then its URL answers text/calendar with one event per open follow-up in reach, parsed by ical.js', async () => {
    const feed = await newFeed({ assignedToUserId: user });
    expect(feed.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/calendar\.ics\?token=dspcal_[A-Za-z0-9_-]{43}$/);
    expect(feed.webcalUrl).toBe(feed.url.replace(/^http:/, 'webcal:'));
    const { response, events } = await read(feed.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(events.map(({ event }) => [event.uid, event.summary, event.startDate.toJSDate().toISOString()])).toEqual([
      [`${callbackId}-callback@dispositions-api`, 'Callback: Grace Hopper (No Answer)', iso(now + dayMs)],
      [`${callbackId}-appointment@dispositions-api`, 'Appointment: Grace Hopper (No Answer)', iso(now + 2 * dayMs)],
    ]);
    const [callback, appointment] = events;
    expect(appointment!.event.endDate.toJSDate().toISOString()).toBe(iso(now + 2 * dayMs + 3_600_000));
    expect(callback!.event.endDate.toJSDate().getTime() - callback!.event.startDate.toJSDate().getTime()).toBe(15 * 60_000);
    const alarm = callback!.vevent.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('-PT15M');
    expect(callback!.event.description).not.toContain('Secret notes');
  });

  test('then notes show only in a feed that asked for them, and kinds narrow it', async () => {
    const feed = await newFeed({ assignedToUserId: user, includeNotes: true, kinds: ['appointment'] });
    const { events } = await read(feed.url);
    expect(events.map(({ event }) => event.uid)).toEqual([`${callbackId}-appointment@dispositions-api`]);
    expect(events[0]!.event.description).toContain('Secret notes about Grace.');
  });

  test('then the UID stays and SEQUENCE grows when the follow-up changes, and ETag answers 304 while nothing did', async () => {
    const feed = await newFeed({ assignedToUserId: user, kinds: ['callback'] });
    const first = await read(feed.url);
    const etag = first.response.headers.get('etag')!;
    expect(etag).toMatch(/^"/);
    const unchanged = await fetch(feed.url, { headers: { 'If-None-Match': etag } });
    expect(unchanged.status).toBe(304);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await suite.business.client.PUT('/dispositions/{id}', { params: { path: { id: callbackId } }, body: { callbackAt: iso(now + dayMs + 3_600_000) } });
    const second = await read(feed.url, { 'If-None-Match': etag });
    expect(second.response.status).toBe(200);
    expect(second.events[0]!.event.uid).toBe(first.events[0]!.event.uid);
    expect(second.events[0]!.event.sequence).toBeGreaterThan(first.events[0]!.event.sequence);
    expect(second.events[0]!.event.startDate.toJSDate().toISOString()).toBe(iso(now + dayMs + 3_600_000));
  });

  test('then rotating it gives a new URL and the old one answers 404 at once; deleting it ends the new one', async () => {
    const feed = await newFeed({ assignedToUserId: user });
    const { data: rotated } = await suite.business.client.POST('/calendar-feeds/{id}/rotate', { params: { path: { id: feed.id } } });
    expect(rotated!.url).not.toBe(feed.url);
    expect(rotated!.rotatedAt).not.toBeNull();
    const old = await read(feed.url);
    expect(old.response.status).toBe(404);
    expect(JSON.parse(old.text)).toMatchObject({ status: 404, errors: [{ path: '/query/token' }] });
    expect((await read(rotated!.url)).response.status).toBe(200);
    const { response } = await suite.business.client.DELETE('/calendar-feeds/{id}', { params: { path: { id: feed.id } } });
    expect(response.status).toBe(204);
    expect((await read(rotated!.url)).response.status).toBe(404);
  });

  test('then the feeds are listed without their URLs', async () => {
    const feed = await newFeed({ assignedToUserId: user, kinds: ['task', 'callback'] });
    const { data } = await suite.business.client.GET('/calendar-feeds');
    const listed = data!.items.find((item) => item.id === feed.id);
    expect(listed).toEqual({
      id: feed.id,
      assignedToUserId: user,
      kinds: ['callback', 'task'],
      includeNotes: false,
      createdAt: feed.createdAt,
      rotatedAt: null,
    });
    expect(JSON.stringify(data)).not.toContain('dspcal_');
  });

  test('then a wrong, malformed or missing token is a 4xx problem naming the token', async () => {
    const feed = await newFeed({ assignedToUserId: user });
    const wrong = feed.url.replace(/token=dspcal_./, (prefix) => (prefix.endsWith('A') ? `${prefix.slice(0, -1)}B` : `${prefix.slice(0, -1)}A`));
    for (const url of [wrong, feed.url.replace(/token=.*/, 'token=nonsense'), feed.url.replace(/\?token=.*/, '')]) {
      const { response, text } = await read(url);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(JSON.parse(text).errors[0].path).toBe('/query/token');
    }
  });

  test("then another business can neither see, rotate nor delete it, and the lead's name is its own", async () => {
    const feed = await newFeed({ assignedToUserId: user });
    const other = await suite.server.newBusiness();
    expect((await other.client.GET('/calendar-feeds')).data!.items).toEqual([]);
    expect((await other.client.POST('/calendar-feeds/{id}/rotate', { params: { path: { id: feed.id } } })).response.status).toBe(404);
    expect((await other.client.DELETE('/calendar-feeds/{id}', { params: { path: { id: feed.id } } })).response.status).toBe(404);
    const own = await other.client.POST('/calendar-feeds', { body: { assignedToUserId: user } });
    expect((await read(own.data!.url)).events).toEqual([]);
    expect((await read(feed.url)).events.map(({ event }) => event.summary)).toContain('Callback: Grace Hopper (No Answer)');
    expect(leadId).toBeDefined();
  });
});

describe('when a feed is read more often than its share of the rate limit (1/200, 5 a minute here)', () => {
  let limited: TestServer;
  beforeAll(async () => {
    limited = await startTestServer(undefined, { rateLimitPerMinute: 1000 });
  });
  afterAll(() => limited?.close());

  test('then it answers 429 while another feed still answers', async () => {
    const { client } = await limited.newBusiness();
    const one = (await client.POST('/calendar-feeds', { body: { assignedToUserId: 'u' } })).data!;
    const two = (await client.POST('/calendar-feeds', { body: { assignedToUserId: 'u' } })).data!;
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await fetch(one.url)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    const last = await fetch(one.url);
    expect(last.status).toBe(429);
    expect(last.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await fetch(two.url)).status).toBe(200);
  });
});
