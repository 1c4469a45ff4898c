import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { defaultWebhookSettings } from '../../src/config';
import { createDatabase, type Database, migrateToLatest } from '../../src/db/database';
import { listenForNotifications } from '../../src/db/notifications';
import { webhookDeliveryPruner } from '../../src/jobs/webhook-delivery-pruner';
import { changeEventsChannel, webhookDispatcher } from '../../src/jobs/webhook-dispatcher';
import { insertAddressedEvent } from '../../src/repositories/change-events.repository';
import { recordDelivered } from '../../src/repositories/webhook-dispatch.repository';
import { createApiKey } from '../../src/services/api-keys.service';
import { gatherDeliveredRecords } from '../../src/services/webhook-deliveries.service';
import { createWebhookEndpoint } from '../../src/services/webhook-endpoints.service';
import { closeWebhookConnections } from '../../src/webhooks/sender';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';
import { eventually } from '../support/webhooks';

// The dispatcher job alone, over an embedded database of its own (no other dispatcher can take
// its deliveries): it starts, delivers what the outbox holds, and stops after finishing its
// attempts in flight, or, past a short grace, aborting them and giving their deliveries back.

const silent = pino({ level: 'silent' });
const settings = { ...defaultWebhookSettings, allowPrivateUrls: true, retrySchedule: [0, 1, 1, 2], pollMs: 500, timeoutMs: 20_000 };
let db: Database;
let receiver: WebhookReceiver;
let businessId: string;

beforeAll(async () => {
  db = createDatabase({});
  await migrateToLatest(db);
  receiver = await startWebhookReceiver();
  ({ businessId } = await createApiKey(db, 'Dispatcher alone'));
});
afterAll(async () => {
  await receiver.close();
  await db.destroy();
  closeWebhookConnections();
});

async function endpointAt(path: string) {
  return createWebhookEndpoint({ db, logger: silent, settings }, businessId, { url: `${receiver.url}${path}`, eventTypes: ['webhook.test'] });
}

async function recordEvent(message: string, business = businessId) {
  return insertAddressedEvent(db, {
    businessId: business,
    type: 'webhook.test',
    object: { endpointId: '00000000-0000-4000-8000-000000000000', message },
    endpointId: null,
  });
}

const deliveryOf = (eventId: string) => db('webhook_deliveries').where({ event_id: eventId }).first();

/** A webhook_deliveries row of `event` to `endpointId`, pending and due, with `fields` over it. */
const deliveryRow = (endpointId: string, event: Awaited<ReturnType<typeof recordEvent>>, fields: Record<string, unknown> = {}) => ({
  business_id: businessId,
  id: randomUUID(),
  endpoint_id: endpointId,
  event_id: event.id,
  event_type: event.type,
  event_transaction_id: event.transaction_id,
  event_position: event.position,
  status: 'pending',
  next_attempt_at: db.fn.now(),
  ...fields,
});

test('when an attempt outlasts the stop grace, then stop aborts it and gives its delivery back unsent, for any instance to take', async () => {
  await endpointAt('/hangs');
  receiver.answer((request) => (request.path === '/hangs' ? 'hang' : { status: 204 }));
  const dispatcher = webhookDispatcher(db, silent, settings);
  await dispatcher.start();
  const event = await recordEvent('hangs');

  await receiver.waitFor(1, 20_000);
  const claimed = await deliveryOf(event.id);
  const started = Date.now();
  await dispatcher.stop();
  const released = await deliveryOf(event.id);

  expect(claimed.claimed_until).not.toBeNull();
  expect(Date.now() - started).toBeGreaterThanOrEqual(2_500);
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(released).toMatchObject({ status: 'pending', claimed_until: null, attempts: [], attempt_count: 0 });
  await db('webhook_endpoints').where({ business_id: businessId }).update({ enabled: false });
});

test('when an attempt finishes within the grace, then stop waits for it and records it', async () => {
  await db('webhook_endpoints').where({ business_id: businessId }).delete();
  await endpointAt('/slow');
  receiver.answer(async () => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    return { status: 200 };
  });
  const dispatcher = webhookDispatcher(db, silent, settings);
  await dispatcher.start();
  const event = await recordEvent('slow');

  const before = receiver.received.length;
  await receiver.waitFor(before + 1, 20_000);
  await dispatcher.stop();
  const delivery = await deliveryOf(event.id);

  expect(delivery).toMatchObject({ status: 'delivered', claimed_until: null, attempt_count: 1 });
  expect(delivery.attempts).toEqual([expect.objectContaining({ statusCode: 200 })]);
});

test('when the dispatcher starts, then it delivers what was recorded while no instance ran, woken without a notification', async () => {
  await db('webhook_endpoints').where({ business_id: businessId }).delete();
  await endpointAt('/later');
  receiver.answer(() => ({ status: 204 }));
  const events = [await recordEvent('one'), await recordEvent('two')];
  const dispatcher = webhookDispatcher(db, silent, settings);

  await dispatcher.start();
  await dispatcher.drain();
  await dispatcher.stop();

  const delivered = await db('webhook_deliveries')
    .whereIn(
      'event_id',
      events.map((event) => event.id),
    )
    .select('status');
  expect(delivered.map((row) => row.status)).toEqual(['delivered', 'delivered']);
  expect(receiver.received.filter((request) => request.path === '/later').map((request) => request.headers['webhook-id'])).toEqual(
    expect.arrayContaining(events.map((event) => event.id)),
  );
});

test('when finished deliveries are older than the retention, then the pruner deletes them and leaves the pending ones', async () => {
  await db('webhook_endpoints').where({ business_id: businessId }).delete();
  const endpoint = await endpointAt('/pruned');
  const event = await recordEvent('pruned');
  const row = (status: string, daysOld: number) =>
    deliveryRow(endpoint.id, event, {
      status,
      next_attempt_at: null,
      created_at: db.raw(`now() - make_interval(days => ?)`, [daysOld]),
      updated_at: db.raw(`now() - make_interval(days => ?)`, [daysOld]),
    });
  await db('webhook_deliveries').insert([row('delivered', 31), row('failed', 31), row('pending', 31), row('delivered', 29)]);

  const pruned = await webhookDeliveryPruner(db, silent, 30).prune();
  const left = await db('webhook_deliveries').where({ endpoint_id: endpoint.id }).orderBy('status').pluck('status');

  expect(pruned).toBe(2);
  expect(left).toEqual(['delivered', 'pending']);
});

test('when events are committed, then only those of a business with an enabled endpoint wake the dispatchers', async () => {
  await db('webhook_endpoints').where({ business_id: businessId }).delete();
  const { businessId: without } = await createApiKey(db, 'Dispatcher, no webhooks');
  const { businessId: disabledOnly } = await createApiKey(db, 'Dispatcher, a disabled endpoint');
  await createWebhookEndpoint({ db, logger: silent, settings }, disabledOnly, { url: `${receiver.url}/off`, enabled: false });
  await endpointAt('/woken');
  const heard: string[] = [];
  const listening = await listenForNotifications(db, changeEventsChannel, { notified: () => heard.push('notified'), lost: () => undefined });
  try {
    await recordEvent('nobody listens', without);
    await recordEvent('its only endpoint is off', disabledOnly);
    await recordEvent('an endpoint listens', businessId);
    // Notifications arrive in commit order: once the third commit's is heard, the first two would have been.
    await eventually(() => heard.length >= 1, 20_000, 'the first notification');
    await recordEvent('nobody listens, again', without);
    await recordEvent('an endpoint listens, again', businessId);
    await eventually(() => heard.length >= 2, 20_000, 'the second notification');
  } finally {
    await listening.close();
  }

  expect(heard).toHaveLength(2);
});

test("when delivered attempts are recorded together, then each one still claimed is delivered, a lapsed claim is not, its lead's next delivery is due now and the endpoint is healthy", async () => {
  await db('webhook_endpoints').where({ business_id: businessId }).delete();
  const endpoint = await endpointAt('/together');
  await db('webhook_endpoints').where({ business_id: businessId, id: endpoint.id }).update({ failing_since: db.fn.now() });
  const event = await recordEvent('together');
  const leadId = randomUUID();
  const claim = new Date(Date.now() + 60_000);
  const row = (fields: Record<string, unknown>) => deliveryRow(endpoint.id, event, { claimed_until: claim, ...fields });
  const [ofLead, leadless, lapsed, next] = await db('webhook_deliveries')
    .insert([
      row({ lead_id: leadId }),
      row({ lead_id: null }),
      row({ lead_id: null }),
      row({ lead_id: leadId, event_position: Number(event.position) + 1000, claimed_until: null, next_attempt_at: db.raw(`now() + interval '1 hour'`) }),
    ])
    .returning('*');
  const attempt = { at: new Date().toISOString(), statusCode: 204, durationMs: 3, error: null, responseExcerpt: null };

  const recorded = await recordDelivered(db, [
    { delivery: ofLead, attempt },
    { delivery: leadless, attempt },
    { delivery: { ...lapsed, claimed_until: new Date(claim.getTime() - 1000) }, attempt },
  ]);

  expect(recorded).toEqual(new Set([ofLead.id, leadless.id]));
  const after = async (id: string) => db('webhook_deliveries').where({ business_id: businessId, id }).first();
  for (const id of [ofLead.id, leadless.id]) {
    expect(await after(id)).toMatchObject({ status: 'delivered', attempt_count: 1, claimed_until: null, next_attempt_at: null, attempts: [attempt] });
  }
  expect(await after(lapsed.id)).toMatchObject({ status: 'pending', attempt_count: 0, attempts: [] });
  expect((await after(next.id)).next_attempt_at.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
  expect(await db('webhook_endpoints').where({ business_id: businessId, id: endpoint.id }).first()).toMatchObject({ failing_since: null });
});

test('when delivered attempts finish while a record waits for the database, then they are all recorded in the next one statement', async () => {
  await db('webhook_endpoints').where({ business_id: businessId }).delete();
  const endpoint = await endpointAt('/gathered');
  const event = await recordEvent('gathered');
  const claim = new Date(Date.now() + 60_000);
  const rows = await db('webhook_deliveries')
    .insert(Array.from({ length: 4 }, () => deliveryRow(endpoint.id, event, { claimed_until: claim })))
    .returning('*');
  const attempt = { at: new Date().toISOString(), statusCode: 200, durationMs: 1, error: null, responseExcerpt: null };
  let open!: () => void;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  let steps = 0;
  const record = gatherDeliveredRecords(db, async (work) => {
    steps++;
    await gate;
    return work();
  });

  const recorded = rows.map((delivery) => record({ delivery, attempt }));
  open();

  expect(await Promise.all(recorded)).toEqual([true, true, true, true]);
  expect(steps).toBe(2);
  expect(
    await db('webhook_deliveries')
      .whereIn(
        'id',
        rows.map((row) => row.id),
      )
      .pluck('status'),
  ).toEqual(['delivered', 'delivered', 'delivered', 'delivered']);
});
