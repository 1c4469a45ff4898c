import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLead } from '../../server/test/support/factories';
import { startTestServer, type TestServer } from '../../server/test/support/test-server';
import { webhookViolations } from '../../server/test/support/webhook-schema';
import { type ChangeEvent, type DispositionsClient, InvalidWebhookError, orThrow, verifyWebhook } from '../src';

// verifyWebhook on what the real server sends: a receiver on loopback gets the deliveries of
// real writes, and each verifies with the endpoint's secret (during a rotation, with either
// secret), parses to an event that its webhook's schema in the spec accepts, and narrows by type.

interface Received {
  headers: IncomingHttpHeaders;
  body: Buffer;
}

let server: TestServer;
let client: DispositionsClient;
let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];

beforeAll(async () => {
  server = await startTestServer();
  ({ client } = await server.newBusiness());
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
});
afterAll(async () => {
  receiver?.closeAllConnections();
  await new Promise((resolve) => receiver?.close(resolve));
  await server?.close();
});

/** Waits until the receiver holds a request matching `match`, and answers it. */
async function arrival(match: (request: Received) => boolean, timeoutMs = 30_000): Promise<Received> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = received.find(match);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no such delivery within ${timeoutMs} ms (${received.length} received)`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const ofType = (type: string) => (request: Received) => (JSON.parse(request.body.toString('utf8')) as { type: string }).type === type;

test('when the server delivers the events of real writes, then each verifies with the secret, is valid for its webhook, and narrows by type', async () => {
  const endpoint = await orThrow(client.POST('/webhook-endpoints', { body: { url: receiverUrl, eventTypes: ['disposition.*', 'lead.*'] } }));
  const lead = await createLead(client);
  const disposition = await orThrow(client.POST('/dispositions', { body: { leadId: lead.id, type: 'Call', outcome: 'No Answer' } }));
  await orThrow(client.PUT('/dispositions/{id}', { params: { path: { id: disposition.id } }, body: { outcome: 'Contacted' } }));

  const update = await arrival(ofType('disposition.updated'));
  const events = received.map(({ headers, body }) => {
    const event = verifyWebhook(endpoint.secret, headers, body);
    expect(event.id).toBe(headers['webhook-id']);
    expect(webhookViolations(event.type, event)).toEqual([]);
    return event;
  });
  expect(events.map(({ type }) => type)).toEqual(expect.arrayContaining(['lead.created', 'disposition.created', 'lead.current_disposition_changed']));
  // A fetch Headers object and the body as a string verify the same.
  const updated = verifyWebhook(endpoint.secret, new Headers(update.headers as Record<string, string>), update.body.toString('utf8'));
  if (updated.type !== 'disposition.updated') throw new Error(`expected disposition.updated, got ${updated.type}`);
  expect(updated.data.object.outcome).toBe('Contacted');
  expect(updated.data.previous).toMatchObject({ outcome: 'No Answer' });
  expect(updated.data.leadId).toBe(lead.id);
  // The lead's events arrive in the order of their sequence.
  const sequences = events.filter((event: ChangeEvent) => event.data.leadId === lead.id).map((event) => event.data.sequence);
  expect(sequences).toEqual([...sequences].sort((a, b) => a! - b!));

  const other = `whsec_${randomBytes(24).toString('base64')}`;
  const refused = (() => {
    try {
      verifyWebhook(other, update.headers, update.body);
    } catch (error) {
      return error;
    }
  })();
  expect(refused).toBeInstanceOf(InvalidWebhookError);
  expect((refused as InvalidWebhookError).reason).toBe('bad-signature');
  await orThrow(client.DELETE('/webhook-endpoints/{id}', { params: { path: { id: endpoint.id } } }));
});

test('when the secret is rotated, then a delivery during the overlap verifies with the new secret and with the previous one', async () => {
  const endpoint = await orThrow(client.POST('/webhook-endpoints', { body: { url: `${receiverUrl}/rotated`, eventTypes: ['webhook.test'] } }));
  const { secret } = await orThrow(
    client.POST('/webhook-endpoints/{id}/rotate-secret', { params: { path: { id: endpoint.id } }, body: { overlapSeconds: 600 } }),
  );

  const attempt = await orThrow(client.POST('/webhook-endpoints/{id}/test', { params: { path: { id: endpoint.id } } }));
  const test = await arrival((request) => request.headers['webhook-id'] === attempt.eventId);

  expect(String(test.headers['webhook-signature']).split(' ')).toHaveLength(2);
  for (const each of [secret, endpoint.secret]) {
    const event = verifyWebhook(each, test.headers, test.body);
    if (event.type !== 'webhook.test') throw new Error(`expected webhook.test, got ${event.type}`);
    expect(event.data.object.endpointId).toBe(endpoint.id);
    expect(webhookViolations('webhook.test', event)).toEqual([]);
  }
  await orThrow(client.DELETE('/webhook-endpoints/{id}', { params: { path: { id: endpoint.id } } }));
});
