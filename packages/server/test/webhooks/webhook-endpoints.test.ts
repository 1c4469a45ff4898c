import { createDispositionsClient, orThrow } from '@dispositions/client';
import { Webhook } from 'standardwebhooks';
import { defaultWebhookSettings } from '../../src/config';
import { webhookEndpointLimit } from '../../src/services/webhook-endpoints.service';
import { closeWebhookConnections } from '../../src/webhooks/sender';
import { type Listening, startAppOver } from '../support/app-over';
import { createLead } from '../support/factories';
import { useServerWithBusiness } from '../support/test-server';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';
import { createEndpoint, deliveriesOf, eventOf, eventually } from '../support/webhooks';

// The webhook endpoints API through the real server and client, with a real receiver on
// loopback: every operation, its checks, and tenant isolation.

const suite = useServerWithBusiness();
let receiver: WebhookReceiver;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await receiver.close();
  closeWebhookConnections();
});

const secretPattern = /^whsec_[A-Za-z0-9+/]{43}=$/;

describe('when an endpoint is created, read, changed and deleted', () => {
  test('then the create answers its secret once, reads never do, and a PATCH changes only the fields sent', async () => {
    const client = suite.client;
    const created = await createEndpoint(client, { url: `${receiver.url}/crud`, description: 'CRM sync' });

    expect(created).toEqual({
      id: expect.any(String),
      url: `${receiver.url}/crud`,
      description: 'CRM sync',
      eventTypes: ['*'],
      enabled: true,
      status: 'enabled',
      disabledReason: null,
      secret: expect.stringMatching(secretPattern),
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const read = await orThrow(client.GET('/webhook-endpoints/{id}', { params: { path: { id: created.id } } }));
    const { secret: _secret, ...withoutSecret } = created;
    expect(read).toEqual(withoutSecret);
    const list = await orThrow(client.GET('/webhook-endpoints'));
    expect(list.items.map((item) => item.id)).toContain(created.id);
    expect(JSON.stringify(list)).not.toContain('whsec_');

    const changed = await orThrow(
      client.PATCH('/webhook-endpoints/{id}', {
        params: { path: { id: created.id } },
        body: { eventTypes: ['disposition.*', 'lead.created'], enabled: false },
      }),
    );
    expect(changed).toMatchObject({
      description: 'CRM sync',
      eventTypes: ['disposition.*', 'lead.created'],
      enabled: false,
      status: 'disabled',
      disabledReason: null,
    });
    const enabled = await orThrow(
      client.PATCH('/webhook-endpoints/{id}', { params: { path: { id: created.id } }, body: { enabled: true, description: null } }),
    );
    expect(enabled).toMatchObject({ enabled: true, status: 'enabled', description: null });

    const deleted = await client.DELETE('/webhook-endpoints/{id}', { params: { path: { id: created.id } } });
    const gone = await client.GET('/webhook-endpoints/{id}', { params: { path: { id: created.id } } });
    expect(deleted.response.status).toBe(204);
    expect(gone.response.status).toBe(404);
  });

  test('then event types that name no event are refused, and a family or * is taken', async () => {
    const { response, error } = await suite.client.POST('/webhook-endpoints', {
      body: { url: `${receiver.url}/x`, eventTypes: ['disposition.*', 'dispositon.updated'] },
    });

    expect(response.status).toBe(400);
    expect(error).toMatchObject({ errors: [{ path: '/body/eventTypes/1', errorCode: 'invalid.eventType' }] });
    const ok = await createEndpoint(suite.client, { url: `${receiver.url}/x`, eventTypes: ['lead_status.*', 'webhook.test'] });
    expect(ok.eventTypes).toEqual(['lead_status.*', 'webhook.test']);
    await suite.client.DELETE('/webhook-endpoints/{id}', { params: { path: { id: ok.id } } });
  });

  test('then a business holds at most 50: the 51st is a 422 and nothing is created', async () => {
    const business = await suite.server.newBusiness();
    for (let i = 0; i < webhookEndpointLimit; i++) await createEndpoint(business.client, { url: `${receiver.url}/many/${i}`, enabled: false });

    const { response, error } = await business.client.POST('/webhook-endpoints', { body: { url: `${receiver.url}/one-too-many` } });
    const list = await orThrow(business.client.GET('/webhook-endpoints'));

    expect(response.status).toBe(422);
    expect(error).toMatchObject({ type: '/problems/webhook-endpoints-full' });
    expect(list.items).toHaveLength(webhookEndpointLimit);
  });
});

describe('when private URLs are not allowed (production)', () => {
  let strict: Listening;

  beforeAll(async () => {
    // The app alone, with no dispatcher of its own: the suite's dispatchers all send alike.
    strict = await startAppOver(suite.server.db, { webhooks: { ...defaultWebhookSettings, allowPrivateUrls: false } });
  });
  afterAll(() => strict.close());

  test.each([
    ['http://hooks.example.com/x', 'invalid.url.scheme'],
    ['https://127.0.0.1/x', 'invalid.url.address'],
    ['https://[::1]/x', 'invalid.url.address'],
    ['https://10.0.0.1/x', 'invalid.url.address'],
    ['https://169.254.169.254/latest/meta-data', 'invalid.url.address'],
    ['https://localhost/x', 'invalid.url.address'],
    ['https://user:password@hooks.example.com/x', 'invalid.url.credentials'],
  ])('then creating one for %s is a 400 (%s), and so is changing one to it', async (url, errorCode) => {
    const client = createDispositionsClient({ baseUrl: strict.url, apiKey: suite.business.apiKey });
    const created = await createEndpoint(client, { url: 'https://hooks.example.com/ok', enabled: false });

    const refused = await client.POST('/webhook-endpoints', { body: { url } });
    const patched = await client.PATCH('/webhook-endpoints/{id}', { params: { path: { id: created.id } }, body: { url } });

    expect(refused.response.status).toBe(400);
    expect(refused.error).toMatchObject({ errors: [{ path: '/body/url', errorCode }] });
    expect(patched.response.status).toBe(400);
    await client.DELETE('/webhook-endpoints/{id}', { params: { path: { id: created.id } } });
  });

  test('then a test sent to a name that resolves to loopback is refused at delivery, without connecting', async () => {
    const client = createDispositionsClient({ baseUrl: strict.url, apiKey: suite.business.apiKey });
    // Made where private URLs are allowed; sent where they are not (as when DNS changes after the check).
    const endpoint = await createEndpoint(suite.client, { url: `https://localhost:${receiver.port}/dns`, enabled: false });
    const before = receiver.connections;

    const delivery = await orThrow(client.POST('/webhook-endpoints/{id}/test', { params: { path: { id: endpoint.id } } }));
    await suite.client.DELETE('/webhook-endpoints/{id}', { params: { path: { id: endpoint.id } } });

    expect(delivery.attempts).toEqual([
      {
        at: expect.any(String),
        statusCode: null,
        durationMs: expect.any(Number),
        error: expect.stringMatching(/^localhost resolves to an address that is a loopback address/),
        responseExcerpt: null,
      },
    ]);
    expect(receiver.connections).toBe(before);
  });
});

describe('when an endpoint is tested', () => {
  test('then a signed webhook.test event is sent at once, even to a disabled endpoint, and the answer holds the attempt', async () => {
    const endpoint = await createEndpoint(suite.client, { url: `${receiver.url}/test`, eventTypes: ['disposition.*'], enabled: false });
    receiver.answer((request) => (request.path === '/test' ? { status: 200, body: 'thanks' } : { status: 204 }));

    const delivery = await orThrow(suite.client.POST('/webhook-endpoints/{id}/test', { params: { path: { id: endpoint.id } } }));
    const request = receiver.received.find((received) => received.headers['webhook-id'] === delivery.eventId)!;
    const event = new Webhook(endpoint.secret).verify(request.body, request.headers as Record<string, string>);

    expect(delivery).toMatchObject({ eventType: 'webhook.test', status: 'delivered', nextAttemptAt: null });
    expect(delivery.attempts).toEqual([{ at: expect.any(String), statusCode: 200, durationMs: expect.any(Number), error: null, responseExcerpt: 'thanks' }]);
    expect(event).toEqual({
      id: delivery.eventId,
      type: 'webhook.test',
      timestamp: expect.any(String),
      data: { object: { endpointId: endpoint.id, message: expect.any(String) }, previous: null, leadId: null, sequence: null },
    });
    // Addressed to the endpoint: not in the business's feed, and not sent a second time by the dispatcher.
    const feed = await orThrow(suite.client.GET('/change-events', { params: { query: { types: ['webhook.test'] } as never } }));
    expect(feed.items.map((item) => item.id)).not.toContain(delivery.eventId);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(receiver.received.filter((received) => received.headers['webhook-id'] === delivery.eventId)).toHaveLength(1);
    expect(await deliveriesOf(suite.client, endpoint.id)).toEqual([delivery]);
    receiver.answer(() => ({ status: 204 }));
  });
});

describe('when a secret is rotated', () => {
  test('then the answer holds the new secret, deliveries carry both signatures during the overlap, and only the new one after it', async () => {
    const endpoint = await createEndpoint(suite.client, { url: `${receiver.url}/rotate`, eventTypes: ['webhook.test'] });
    const test = () => orThrow(suite.client.POST('/webhook-endpoints/{id}/test', { params: { path: { id: endpoint.id } } }));
    const headersOf = (eventId: string) => {
      const request = receiver.received.find((received) => received.headers['webhook-id'] === eventId)!;
      return { body: request.body, headers: request.headers as Record<string, string> };
    };

    const { secret } = await orThrow(
      suite.client.POST('/webhook-endpoints/{id}/rotate-secret', { params: { path: { id: endpoint.id } }, body: { overlapSeconds: 2 } }),
    );
    const during = headersOf((await test()).eventId);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const after = headersOf((await test()).eventId);

    expect(secret).toMatch(secretPattern);
    expect(secret).not.toBe(endpoint.secret);
    expect(during.headers['webhook-signature']!.split(' ')).toHaveLength(2);
    expect(() => new Webhook(secret).verify(during.body, during.headers)).not.toThrow();
    expect(() => new Webhook(endpoint.secret).verify(during.body, during.headers)).not.toThrow();
    expect(after.headers['webhook-signature']!.split(' ')).toHaveLength(1);
    expect(() => new Webhook(secret).verify(after.body, after.headers)).not.toThrow();
    expect(() => new Webhook(endpoint.secret).verify(after.body, after.headers)).toThrow();
  });

  test('then an overlap past a week is a 400, and no body rotates with a day of overlap', async () => {
    const endpoint = await createEndpoint(suite.client, { url: `${receiver.url}/rotate2`, enabled: false });

    const tooLong = await suite.client.POST('/webhook-endpoints/{id}/rotate-secret', {
      params: { path: { id: endpoint.id } },
      body: { overlapSeconds: 604_801 },
    });
    const plain = await suite.client.POST('/webhook-endpoints/{id}/rotate-secret', { params: { path: { id: endpoint.id } } });
    const row = await suite.server.db('webhook_endpoints').where({ id: endpoint.id }).first();

    expect(tooLong.response.status).toBe(400);
    expect(plain.response.status).toBe(200);
    expect(row.previous_secret).toBe(endpoint.secret);
    expect(row.previous_secret_expires_at.getTime() - Date.now()).toBeGreaterThan(86_400_000 - 60_000);
  });
});

describe('when deliveries are listed, retried and replayed', () => {
  test('then the deliveries page newest first with filters, and a retry and a replay send the same event ids again', async () => {
    const business = await suite.server.newBusiness();
    const client = business.client;
    const endpoint = await createEndpoint(client, { url: `${receiver.url}/replay`, eventTypes: ['lead.created', 'lead.updated'] });
    const since = new Date().toISOString();
    const leads = [await createLead(client), await createLead(client), await createLead(client)];
    await client.PUT('/leads/{id}', { params: { path: { id: leads[0]!.id } }, body: { contact: { firstName: 'Renamed' } } });

    const delivered = await eventually(async () => {
      const all = await deliveriesOf(client, endpoint.id, { status: 'delivered', pageSize: 1 });
      return all.length === 4 && all;
    });
    const created = await deliveriesOf(client, endpoint.id, { eventType: 'lead.created' });
    const first = delivered[delivered.length - 1]!;
    expect(delivered.map((delivery) => delivery.eventType)).toEqual(['lead.updated', 'lead.created', 'lead.created', 'lead.created']);
    expect(created).toHaveLength(3);
    expect(await deliveriesOf(client, endpoint.id, { status: 'pending' })).toEqual([]);

    const retried = await client.POST('/webhook-endpoints/{id}/deliveries/{deliveryId}/retry', { params: { path: { id: endpoint.id, deliveryId: first.id } } });
    expect(retried.response.status).toBe(202);
    expect(retried.data).toMatchObject({ id: first.id, eventId: first.eventId, status: 'pending' });
    await eventually(() => receiver.received.filter((request) => request.headers['webhook-id'] === first.eventId).length === 2, 30_000, 'the retry');

    const replay = await client.POST('/webhook-endpoints/{id}/replay', {
      params: { path: { id: endpoint.id } },
      body: { since, eventTypes: ['lead.created'] },
    });
    expect(replay.response.status).toBe(202);
    expect(replay.data).toEqual({ queued: 3 });
    const replayedIds = created.map((delivery) => delivery.eventId);
    await eventually(
      () => replayedIds.every((id) => receiver.received.filter((request) => request.headers['webhook-id'] === id).length >= 2),
      30_000,
      'the replay',
    );
    const everyId = receiver.received.filter((request) => request.path === '/replay').map((request) => eventOf(request).id);
    expect(new Set(everyId)).toEqual(new Set(delivered.map((delivery) => delivery.eventId)));
    const listed = await deliveriesOf(client, endpoint.id, { pageSize: 2 });
    expect(listed).toHaveLength(7);
    // The replay queued its three in one statement: newest first, they are its events newest first.
    expect(listed.slice(0, 3).map((delivery) => delivery.eventId)).toEqual(replayedIds);

    const empty = await orThrow(
      client.POST('/webhook-endpoints/{id}/replay', {
        params: { path: { id: endpoint.id } },
        body: { since: '2000-01-01T00:00:00.000Z', until: '2000-01-02T00:00:00.000Z' },
      }),
    );
    expect(empty).toEqual({ queued: 0 });
  });

  test('then a continuation token from another query is a 400', async () => {
    const endpoint = await createEndpoint(suite.client, { url: `${receiver.url}/token`, eventTypes: ['webhook.test'] });
    for (let i = 0; i < 3; i++) await suite.client.POST('/webhook-endpoints/{id}/test', { params: { path: { id: endpoint.id } } });

    const page = await orThrow(suite.client.GET('/webhook-endpoints/{id}/deliveries', { params: { path: { id: endpoint.id }, query: { pageSize: 2 } } }));
    const misused = await suite.client.GET('/webhook-endpoints/{id}/deliveries', {
      params: { path: { id: endpoint.id }, query: { pageSize: 2, status: 'failed', continuationToken: page.continuationToken! } },
    });

    expect(page.items).toHaveLength(2);
    expect(misused.response.status).toBe(400);
  });
});

describe('tenant isolation', () => {
  test("then another business's endpoint and its deliveries are 404 on every path, and untouched", async () => {
    const endpoint = await createEndpoint(suite.client, { url: `${receiver.url}/mine`, eventTypes: ['webhook.test'] });
    const delivery = await orThrow(suite.client.POST('/webhook-endpoints/{id}/test', { params: { path: { id: endpoint.id } } }));
    const other = (await suite.server.newBusiness()).client;
    const path = { id: endpoint.id };

    const statuses = await Promise.all([
      other.GET('/webhook-endpoints/{id}', { params: { path } }),
      other.PATCH('/webhook-endpoints/{id}', { params: { path }, body: { enabled: false } }),
      other.DELETE('/webhook-endpoints/{id}', { params: { path } }),
      other.POST('/webhook-endpoints/{id}/rotate-secret', { params: { path } }),
      other.POST('/webhook-endpoints/{id}/test', { params: { path } }),
      other.GET('/webhook-endpoints/{id}/deliveries', { params: { path } }),
      other.POST('/webhook-endpoints/{id}/deliveries/{deliveryId}/retry', { params: { path: { ...path, deliveryId: delivery.id } } }),
      other.POST('/webhook-endpoints/{id}/replay', { params: { path }, body: { since: '2026-01-01T00:00:00.000Z' } }),
    ]).then((answers) => answers.map((answer) => answer.response.status));
    const list = await orThrow(other.GET('/webhook-endpoints'));
    // A delivery of the caller's own endpoint named under another endpoint is not found either.
    const mine = await createEndpoint(other, { url: `${receiver.url}/theirs`, enabled: false });
    const crossed = await other.POST('/webhook-endpoints/{id}/deliveries/{deliveryId}/retry', { params: { path: { id: mine.id, deliveryId: delivery.id } } });

    expect(statuses).toEqual([404, 404, 404, 404, 404, 404, 404, 404]);
    expect(list.items).toEqual([]);
    expect(crossed.response.status).toBe(404);
    expect(await orThrow(suite.client.GET('/webhook-endpoints/{id}', { params: { path } }))).toMatchObject({ enabled: true });
    expect(await deliveriesOf(suite.client, endpoint.id)).toEqual([delivery]);
  });
});
