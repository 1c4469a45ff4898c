import { randomUUID } from 'node:crypto';
import type { components } from '@dispositions/api-types';
import { createDispositionsClient, type DispositionsClient, orThrow } from '@dispositions/client';
import { Webhook } from 'standardwebhooks';
import { createDatabase, type Database, migrateToLatest } from '../../src/db/database';
import { createApiKey } from '../../src/services/api-keys.service';
import { type ChildServer, startSourceServer } from '../support/child-server';
import { buildDisposition, buildLead } from '../support/factories';
import { testWebhookEnvironment } from '../support/global-setup';
import { databaseKind } from '../support/test-server';
import { type ReceivedWebhook, startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';
import { createEndpoint, eventually } from '../support/webhooks';

// Two server processes over one PostgreSQL database deliver one business's events to one
// receiver that hangs, fails and recovers; the first instance is killed with SIGKILL while
// its attempts hang. Every event still arrives, each event id's first arrival in its lead's
// order, and an event comes twice only after an attempt that failed or was not answered.
// Needs a real PostgreSQL server: two processes cannot open one embedded database at once.

type ChangeEvent = components['schemas']['ChangeEvent'];
const onPostgres = databaseKind === 'postgresql' ? describe : describe.skip;

onPostgres('two instances delivering webhooks, one killed mid-delivery', () => {
  // A database of their own: exactly these two instances share its deliveries (the other test
  // files' servers would take some), and the one killed holds up no other file's deliveries.
  const name = `webhook_instances_${process.pid}_${Date.now()}`;
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://localhost/none');
  url.pathname = `/${name}`;
  let admin: Database;
  let db: Database;
  let receiver: WebhookReceiver;
  const instances: ChildServer[] = [];
  const env = { DATABASE_URL: url.toString(), DB_POOL_MAX: '2', ...testWebhookEnvironment };

  beforeAll(async () => {
    admin = createDatabase({ databaseUrl: process.env.DATABASE_URL, poolMax: 1 });
    await admin.raw('CREATE DATABASE ??', [name]);
    db = createDatabase({ databaseUrl: url.toString(), poolMax: 1 });
    await migrateToLatest(db);
    receiver = await startWebhookReceiver();
  }, 60_000);
  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop('SIGKILL')));
    await receiver?.close();
    await db?.destroy();
    await admin?.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [name]);
    await admin?.destroy();
  });

  test('then every event arrives, first arrivals in per-lead order, and a duplicate only after a failed or unanswered attempt', async () => {
    const answers: string[] = [];
    const tries = new Map<string, number>();
    receiver.answer((request, index) => {
      const id = request.headers['webhook-id'] as string;
      const attempt = (tries.get(id) ?? 0) + 1;
      tries.set(id, attempt);
      // The first four hang (the first instance's attempts, cut by its death); then the first
      // attempt of every third event fails, and of the tenth hangs till the timeout; the rest succeed.
      const answer = index < 4 || (attempt === 1 && tries.size === 10) ? 'hang' : attempt === 1 && tries.size % 3 === 0 ? 'fail' : 'ok';
      answers[index] = answer;
      return answer === 'hang' ? 'hang' : answer === 'fail' ? { status: 500, body: 'down' } : { status: 204 };
    });
    const first = await startSourceServer(env);
    instances.push(first);
    const { apiKey } = await createApiKey(db, `Webhook instances ${randomUUID()}`);
    const a = createDispositionsClient({ baseUrl: first.url, apiKey });
    const endpoint = await createEndpoint(a, { url: `${receiver.url}/two`, eventTypes: ['disposition.created', 'lead.created'] });
    const leads = await Promise.all([0, 1, 2, 3].map(() => orThrow(a.POST('/leads', { body: buildLead() }))));
    for (const lead of leads) await orThrow(a.POST('/dispositions', { body: buildDisposition(lead.id, { outcome: 'Before' }) }));

    // The first instance has four attempts hanging, one per lead: kill it mid-delivery.
    await receiver.waitFor(4, 60_000);
    const second = await startSourceServer(env);
    instances.push(second);
    const b: DispositionsClient = createDispositionsClient({ baseUrl: second.url, apiKey });
    await first.stop('SIGKILL');
    for (const lead of leads) await orThrow(b.POST('/dispositions', { body: buildDisposition(lead.id, { outcome: 'After' }) }));

    const expected = await eventually(async () => {
      const page = await orThrow(b.GET('/change-events', { params: { query: { types: ['disposition.created', 'lead.created'], pageSize: 500 } as never } }));
      return page.items.length === 12 && page.items;
    });
    const okOf = (request: ReceivedWebhook) => answers[receiver.received.indexOf(request)] === 'ok';
    // A claim of the dead instance lapses after two timeouts and 5 s (35 s), then the other instance takes it.
    await eventually(
      () => expected.every((event) => receiver.received.some((request) => request.headers['webhook-id'] === event.id && okOf(request))),
      180_000,
      'every event answered 2xx',
    );

    const events = receiver.received.map(
      (request) => new Webhook(endpoint.secret).verify(request.body, request.headers as Record<string, string>) as ChangeEvent,
    );
    const seen = new Set<string>();
    const firstArrivals = events.filter((event) => !seen.has(event.id) && seen.add(event.id));
    for (const lead of leads) {
      const sequences = firstArrivals.filter((event) => event.data.leadId === lead.id).map((event) => event.data.sequence);
      expect(sequences).toEqual([...sequences].sort((x, y) => x! - y!));
    }
    for (const event of expected) {
      const arrivals = receiver.received.filter((request) => request.headers['webhook-id'] === event.id);
      // Exactly one 2xx per event; every other arrival of it was answered 500 or not at all.
      expect({ id: event.id, ok: arrivals.filter(okOf).length }).toEqual({ id: event.id, ok: 1 });
      expect(arrivals.slice(0, -1).every((request) => !okOf(request))).toBe(true);
    }
    expect(await second.stop('SIGTERM')).toBe(0);
  }, 300_000);
});
