import type { components } from '@dispositions/api-types';
import { type DispositionsClient, orThrow } from '@dispositions/client';
import pino from 'pino';
import { Webhook } from 'standardwebhooks';
import { defaultWebhookSettings } from '../../src/config';
import { transaction } from '../../src/db/transaction';
import { insertAddressedEvent } from '../../src/repositories/change-events.repository';
import { insertClaimedDelivery } from '../../src/repositories/webhook-deliveries.repository';
import { attemptClaimedDelivery } from '../../src/services/webhook-deliveries.service';
import { closeWebhookConnections } from '../../src/webhooks/sender';
import { buildStatusChange, createDisposition, createLead, createLeadStatus } from '../support/factories';
import { parseMetrics, sampleValue } from '../support/prometheus';
import { useServerWithBusiness } from '../support/test-server';
import { type ReceivedWebhook, startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';
import { createEndpoint, deliveriesOf, eventOf, eventually } from '../support/webhooks';

// The dispatcher through the real server: writes record events, the background dispatcher
// sends them to real receivers on loopback, signed, retried on the test schedule (0, 1, 1, 2
// seconds), in order per lead, and an endpoint that fails is told apart, disabled and resumed.

type ChangeEvent = components['schemas']['ChangeEvent'];

const logLines: string[] = [];
const suite = useServerWithBusiness(pino({ level: 'debug' }, { write: (line: string) => logLines.push(line) }));
const receivers: WebhookReceiver[] = [];

async function newReceiver(): Promise<WebhookReceiver> {
  const receiver = await startWebhookReceiver();
  receivers.push(receiver);
  return receiver;
}

afterAll(async () => {
  await Promise.all(receivers.map((receiver) => receiver.close()));
  closeWebhookConnections();
});

/** Every event of the business's feed. */
async function feedOf(client: DispositionsClient): Promise<ChangeEvent[]> {
  const events: ChangeEvent[] = [];
  let continuationToken: string | undefined;
  for (;;) {
    const page = await orThrow(client.GET('/change-events', { params: { query: { continuationToken } as never } }));
    events.push(...page.items);
    if (!page.continuationToken) return events;
    continuationToken = page.continuationToken;
  }
}

const idOf = (request: ReceivedWebhook) => request.headers['webhook-id'] as string;

/** The first arrival of each event id, in arrival order. */
function firstArrivals(requests: ReceivedWebhook[]): ReceivedWebhook[] {
  const seen = new Set<string>();
  return requests.filter((request) => !seen.has(idOf(request)) && seen.add(idOf(request)));
}

const endpointOf = (client: DispositionsClient, id: string) => orThrow(client.GET('/webhook-endpoints/{id}', { params: { path: { id } } }));

describe('when writes are made', () => {
  test('then every event type reaches an endpoint that wants all, signed, as the feed has it, once', async () => {
    const { client } = await suite.server.newBusiness();
    const receiver = await newReceiver();
    const endpoint = await createEndpoint(client, { url: `${receiver.url}/all` });
    const narrow = await createEndpoint(client, { url: `${receiver.url}/narrow`, eventTypes: ['disposition.*', 'lead_status.archived'] });
    const off = await createEndpoint(client, { url: `${receiver.url}/off`, enabled: false });

    const lead = await createLead(client);
    const disposition = await createDisposition(client, lead.id);
    await client.PUT('/dispositions/{id}', { params: { path: { id: disposition.id } }, body: { notes: 'Call after 5' } });
    await client.PUT('/leads/{id}/status', { params: { path: { id: lead.id } }, body: buildStatusChange({ outcome: 'Contacted' }) });
    await client.DELETE('/dispositions/{id}', { params: { path: { id: disposition.id } } });
    await client.PUT('/leads/{id}', { params: { path: { id: lead.id } }, body: { contact: { firstName: 'Augusta' } } });
    const status = await createLeadStatus(client, { name: `Webhook status ${Date.now()}` });
    await client.PUT('/lead-statuses/{id}', { params: { path: { id: status.id } }, body: { color: '#112233' } });
    await client.DELETE('/lead-statuses/{id}', { params: { path: { id: status.id } } });
    await client.DELETE('/leads/{id}', { params: { path: { id: lead.id } } });
    // The feed shows an event once every transaction older than its own has ended.
    const feed = await eventually(async () => {
      const events = await feedOf(client);
      return events.some((event) => event.type === 'lead.deleted') && events;
    });

    const all = await eventually(() => {
      const got = receiver.received.filter((request) => request.path === '/all');
      return got.length >= feed.length && got;
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const narrowGot = receiver.received.filter((request) => request.path === '/narrow');

    expect(new Set(feed.map((event) => event.type))).toEqual(
      new Set([
        'lead.created',
        'disposition.created',
        'lead.current_disposition_changed',
        'disposition.updated',
        'disposition.deleted',
        'lead.updated',
        'lead.deleted',
        'lead_status.created',
        'lead_status.updated',
        'lead_status.archived',
      ]),
    );
    expect(receiver.received.filter((request) => request.path === '/all')).toHaveLength(feed.length);
    // Only each lead's events come in order (below); others may overtake them.
    const byId = (a: ChangeEvent, b: ChangeEvent) => a.id.localeCompare(b.id);
    const verified = all.map((request) => new Webhook(endpoint.secret).verify(request.body, request.headers as Record<string, string>) as ChangeEvent);
    expect(verified.sort(byId)).toEqual([...feed].sort(byId));
    expect(all.map((request) => idOf(request))).toEqual(all.map((request) => eventOf(request).id));
    expect(narrowGot.map((request) => eventOf(request).type).sort()).toEqual(
      feed
        .filter((event) => event.type.startsWith('disposition.') || event.type === 'lead_status.archived')
        .map((event) => event.type)
        .sort(),
    );
    expect(narrowGot.every((request) => new Webhook(narrow.secret).verify(request.body, request.headers as Record<string, string>))).toBe(true);
    expect(receiver.received.filter((request) => request.path === '/off')).toEqual([]);
    expect(await deliveriesOf(client, off.id)).toEqual([]);
    // Per lead, in the order of the lead's sequence.
    const sequences = all
      .map((request) => eventOf(request))
      .filter((event) => event.data.leadId === lead.id)
      .map((event) => event.data.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => a! - b!));
  });
});

describe('when the receiver fails', () => {
  test('then a receiver that fails, times out, then recovers gets the event with the same id, and the endpoint is failing until then', async () => {
    const { client } = await suite.server.newBusiness();
    const receiver = await newReceiver();
    receiver.answer((_request, index) => (index === 0 ? { status: 500, body: 'down' } : index === 1 ? 'hang' : { status: 200 }));
    const endpoint = await createEndpoint(client, { url: `${receiver.url}/recovers`, eventTypes: ['lead.created'] });
    const lead = await createLead(client);

    await receiver.waitFor(1);
    const failing = await eventually(async () => {
      const read = await endpointOf(client, endpoint.id);
      return read.status === 'failing' && read;
    });
    const requests = await receiver.waitFor(3, 60_000);
    const [delivery] = await eventually(async () => {
      const all = await deliveriesOf(client, endpoint.id);
      return all[0]?.status === 'delivered' && all;
    });

    expect(failing.status).toBe('failing');
    expect(requests.map(idOf)).toEqual([delivery!.eventId, delivery!.eventId, delivery!.eventId]);
    expect(eventOf(requests[2]!).data.leadId).toBe(lead.id);
    expect(delivery!.attempts).toEqual([
      expect.objectContaining({ statusCode: 500, error: null, responseExcerpt: 'down' }),
      expect.objectContaining({ statusCode: null, error: expect.stringMatching(/timed out/), responseExcerpt: null }),
      expect.objectContaining({ statusCode: 200, error: null }),
    ]);
    expect(delivery!.attempts[1]!.durationMs).toBeGreaterThanOrEqual(2900);
    expect((await endpointOf(client, endpoint.id)).status).toBe('enabled');
  });

  test('then an event whose retries are used up is failed and stops holding back the later events of its lead', async () => {
    const { client } = await suite.server.newBusiness();
    const receiver = await newReceiver();
    const lead = await createLead(client);
    const endpoint = await createEndpoint(client, { url: `${receiver.url}/gives-up`, eventTypes: ['disposition.*'] });
    let doomed: string | undefined;
    receiver.answer((request) => {
      doomed ??= idOf(request);
      return idOf(request) === doomed ? { status: 503, headers: { 'retry-after': '1' } } : { status: 204 };
    });
    await createDisposition(client, lead.id, { outcome: 'First' });
    await createDisposition(client, lead.id, { outcome: 'Second' });

    const failed = await eventually(
      async () => {
        const [one] = await deliveriesOf(client, endpoint.id, { status: 'failed' });
        return one;
      },
      40_000,
      'the first delivery failing for good',
    );
    const second = await eventually(() => receiver.received.find((request) => idOf(request) !== doomed), 30_000, 'the second event');

    expect(failed.eventId).toBe(doomed);
    expect(failed.attempts.map((attempt) => attempt.statusCode)).toEqual([503, 503, 503, 503]);
    expect(failed.nextAttemptAt).toBeNull();
    expect(receiver.received.filter((request) => idOf(request) === doomed)).toHaveLength(4);
    expect(second.at).toBeGreaterThan(Date.parse(failed.attempts[3]!.at));
    expect(eventOf(second).data.sequence).toBe(eventOf(receiver.received[0]!).data.sequence! + 2);
  });
});

describe('order per lead', () => {
  test("then a lead's events reach an endpoint in order, held back by an earlier one being retried, while other leads' flow", async () => {
    const { client } = await suite.server.newBusiness();
    const receiver = await newReceiver();
    const endpoint = await createEndpoint(client, { url: `${receiver.url}/order`, eventTypes: ['disposition.created'] });
    const [slow, fast] = [await createLead(client), await createLead(client)];
    let failuresLeft = 2;
    receiver.answer((request) => {
      const event = eventOf(request);
      if (event.data.leadId === slow.id && failuresLeft > 0) {
        failuresLeft -= 1;
        return { status: 500 };
      }
      return { status: 204 };
    });

    for (let i = 0; i < 4; i++) {
      await createDisposition(client, slow.id, { outcome: `Slow ${i}` });
      await createDisposition(client, fast.id, { outcome: `Fast ${i}` });
    }
    await eventually(() => firstArrivals(receiver.received).length === 8, 40_000, 'all eight events');
    const arrivals = firstArrivals(receiver.received).map((request) => eventOf(request));
    const ofLead = (leadId: string) => arrivals.filter((event) => event.data.leadId === leadId);
    const successOfFirstSlow = receiver.received.filter((request) => eventOf(request).data.leadId === slow.id)[2]!;

    expect(ofLead(slow.id).map((event) => (event.data.object as { outcome: string }).outcome)).toEqual(['Slow 0', 'Slow 1', 'Slow 2', 'Slow 3']);
    expect(ofLead(fast.id).map((event) => (event.data.object as { outcome: string }).outcome)).toEqual(['Fast 0', 'Fast 1', 'Fast 2', 'Fast 3']);
    // The slow lead's first event took three attempts, and nothing of its lead came before its success.
    expect(
      receiver.received
        .filter((request) => eventOf(request).data.leadId === slow.id)
        .slice(0, 3)
        .map(idOf),
    ).toEqual([ofLead(slow.id)[0]!.id, ofLead(slow.id)[0]!.id, ofLead(slow.id)[0]!.id]);
    // The other lead was not held back: all its events came before the slow lead's first success.
    const fastArrivals = receiver.received.filter((request) => eventOf(request).data.leadId === fast.id);
    expect(fastArrivals.every((request) => request.at <= successOfFirstSlow.at)).toBe(true);
    expect((await deliveriesOf(client, endpoint.id, { status: 'delivered' })).length).toBe(8);
  });
});

describe('disabling', () => {
  test('then a 410 disables the endpoint at once, tells the other endpoints, and a PATCH re-enables it: its pending deliveries resume', async () => {
    const { client } = await suite.server.newBusiness();
    const receiver = await newReceiver();
    let gone = true;
    receiver.answer((request) => (request.path === '/gone' && gone ? { status: 410 } : { status: 204 }));
    const endpoint = await createEndpoint(client, { url: `${receiver.url}/gone`, eventTypes: ['lead.created'] });
    const watcher = await createEndpoint(client, { url: `${receiver.url}/watcher`, eventTypes: ['webhook_endpoint.disabled'] });
    const lead = await createLead(client);

    const disabled = await eventually(async () => {
      const read = await endpointOf(client, endpoint.id);
      return read.status === 'disabled' && read;
    });
    const told = await eventually(() => receiver.received.find((request) => request.path === '/watcher'));
    const [pending] = await deliveriesOf(client, endpoint.id);

    expect(disabled).toMatchObject({ enabled: false, status: 'disabled', disabledReason: 'The endpoint answered 410 Gone.' });
    expect(receiver.received.filter((request) => request.path === '/gone')).toHaveLength(1);
    const event = new Webhook(watcher.secret).verify(told.body, told.headers as Record<string, string>) as ChangeEvent;
    expect(event).toMatchObject({
      type: 'webhook_endpoint.disabled',
      data: { object: { ...disabled, updatedAt: expect.any(String) }, leadId: null, sequence: null },
    });
    expect(pending).toMatchObject({ status: 'pending', attempts: [expect.objectContaining({ statusCode: 410 })] });

    gone = false;
    await orThrow(client.PATCH('/webhook-endpoints/{id}', { params: { path: { id: endpoint.id } }, body: { enabled: true } }));
    const resumed = await eventually(() => receiver.received.filter((request) => request.path === '/gone')[1], 30_000, 'the resumed delivery');

    expect(eventOf(resumed).data.leadId).toBe(lead.id);
    expect(idOf(resumed)).toBe(pending!.eventId);
    expect(await endpointOf(client, endpoint.id)).toMatchObject({ status: 'enabled', disabledReason: null });
  });

  test('then an endpoint failing without a success for WEBHOOK_DISABLE_AFTER (20 s in the tests) is disabled, and the others are told', async () => {
    const { client } = await suite.server.newBusiness();
    const receiver = await newReceiver();
    receiver.answer((request) => (request.path === '/down' ? { status: 500 } : { status: 204 }));
    const endpoint = await createEndpoint(client, { url: `${receiver.url}/down`, eventTypes: ['lead.created'] });
    await createEndpoint(client, { url: `${receiver.url}/told`, eventTypes: ['webhook_endpoint.*'] });
    await createLead(client);
    await eventually(async () => (await endpointOf(client, endpoint.id)).status === 'failing');
    // As if its failures had begun 21 s ago: the next one passes the 20 s.
    await suite.server
      .db('webhook_endpoints')
      .where({ id: endpoint.id })
      .update({ failing_since: suite.server.db.raw(`now() - interval '21 seconds'`) });

    const disabled = await eventually(async () => {
      const read = await endpointOf(client, endpoint.id);
      return read.status === 'disabled' && read;
    });
    const told = await eventually(() => receiver.received.find((request) => request.path === '/told'));

    expect(disabled.disabledReason).toBe('No delivery succeeded for 20 seconds.');
    expect(eventOf(told)).toMatchObject({ type: 'webhook_endpoint.disabled', data: { object: { id: endpoint.id, status: 'disabled' } } });
  });

  test('then with a short WEBHOOK_DISABLE_AFTER (1 s) an attempt that fails past it disables, one before it does not', async () => {
    const { businessId, client } = await suite.server.newBusiness();
    const receiver = await newReceiver();
    receiver.answer(() => ({ status: 500 }));
    const endpoint = await createEndpoint(client, { url: `${receiver.url}/short`, eventTypes: ['webhook.test'] });
    const settings = { ...defaultWebhookSettings, allowPrivateUrls: true, disableAfterSeconds: 1 };
    const context = { db: suite.server.db, logger: pino({ level: 'silent' }), settings };
    // Deliveries claimed at once, so that the suite's dispatchers leave them to this test.
    const claimedDelivery = () =>
      transaction(suite.server.db, async (trx) => {
        const event = await insertAddressedEvent(trx, {
          businessId,
          type: 'webhook.test',
          object: { endpointId: endpoint.id, message: 'short' },
          endpointId: endpoint.id,
        });
        return insertClaimedDelivery(
          trx,
          { businessId, endpointId: endpoint.id, eventId: event.id, eventType: event.type, transactionId: event.transaction_id, position: event.position },
          60,
        );
      });

    await attemptClaimedDelivery(context, await claimedDelivery());
    const afterFirst = await endpointOf(client, endpoint.id);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    await attemptClaimedDelivery(context, await claimedDelivery());
    const afterSecond = await endpointOf(client, endpoint.id);

    expect(afterFirst.status).toBe('failing');
    expect(afterSecond).toMatchObject({ status: 'disabled', disabledReason: 'No delivery succeeded for 1 second.' });
  });
});

describe('what is observed', () => {
  test('then /metrics counts attempts by result and shows the pending deliveries, and no log line holds a secret, a payload or an answer', async () => {
    const { client } = await suite.server.newBusiness();
    const receiver = await newReceiver();
    const answerMarker = 'ANSWER-BODY-4711';
    const payloadMarker = 'PAYLOAD-NAME-0815';
    receiver.answer((_request, index) => ({ status: index === 0 ? 500 : 200, body: answerMarker }));
    const endpoint = await createEndpoint(client, { url: `${receiver.url}/observed`, eventTypes: ['lead.created'] });
    await createLead(client, { contact: { firstName: payloadMarker } });
    await receiver.waitFor(2, 30_000);
    await eventually(async () => (await deliveriesOf(client, endpoint.id, { status: 'delivered' })).length === 1);

    const samples = parseMetrics(await (await fetch(`${suite.server.url}/metrics`)).text());

    expect(sampleValue(samples, 'webhook_delivery_attempts_total', { result: 'delivered' })).toBeGreaterThanOrEqual(1);
    expect(sampleValue(samples, 'webhook_delivery_attempts_total', { result: 'retrying' })).toBeGreaterThanOrEqual(1);
    expect(samples.find((sample) => sample.name === 'webhook_deliveries_pending')?.value).toBeGreaterThanOrEqual(0);
    expect(samples.find((sample) => sample.name === 'webhook_oldest_pending_delivery_age_seconds')?.value).toBeGreaterThanOrEqual(0);
    const logged = logLines.join('\n');
    expect(logged).toContain('"msg":"webhook attempt failed"');
    expect(logged).not.toContain(endpoint.secret.slice('whsec_'.length));
    expect(logged).not.toContain(answerMarker);
    expect(logged).not.toContain(payloadMarker);
  });
});
