import { randomBytes, randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import {
  type ChangeEvent,
  type DispositionResponse,
  type FollowUp,
  InvalidWebhookError,
  type LeadResponse,
  type LeadStatusResponse,
  verifyWebhook,
  type WebhookEndpoint,
  type WebhookPayload,
  type WebhookTestObject,
} from '../src';

// verifyWebhook against requests signed by the `standardwebhooks` package itself, as the
// server signs them: the headers as a fetch Headers object or Node's plain record, the body
// as a string or bytes; refused when tampered, signed by another secret, or too old.

const newSecret = () => `whsec_${randomBytes(24).toString('base64')}`;
const secret = newSecret();

const leadId = randomUUID();
const event = {
  id: `evt_${randomBytes(16).toString('hex')}`,
  type: 'disposition.created',
  timestamp: '2026-12-06T16:00:00.000Z',
  data: {
    object: {
      id: randomUUID(),
      leadId,
      type: 'Call',
      outcome: 'No Answer',
      timestamp: '2026-12-06T16:00:00.000Z',
    } as unknown as DispositionResponse,
    previous: null,
    leadId,
    sequence: 3,
  },
} satisfies WebhookPayload<'disposition.created'>;
const body = JSON.stringify(event);

/** The three headers as the server sends them: each secret's signature, space-separated. */
function signed(payload: string, secrets: string[], at = new Date(), id = event.id): Record<string, string> {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': secrets.map((each) => new Webhook(each).sign(id, at, payload)).join(' '),
  };
}

function refusal(call: () => unknown): InvalidWebhookError {
  try {
    call();
  } catch (error) {
    if (error instanceof InvalidWebhookError) return error;
    throw error;
  }
  throw new Error('expected an InvalidWebhookError, nothing was thrown');
}

test('when the request is signed with the secret, then the event comes back parsed, from a string or bytes and any form of headers', () => {
  const headers = signed(body, [secret]);
  const upperCase = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.replace(/\b\w/g, (letter) => letter.toUpperCase()), value]));

  expect(verifyWebhook(secret, headers, body)).toEqual(event);
  expect(verifyWebhook(secret, new Headers(headers), Buffer.from(body))).toEqual(event);
  expect(verifyWebhook(secret, upperCase, new TextEncoder().encode(body))).toEqual(event);
  // Node's IncomingHttpHeaders: lower-case names, values that may be arrays.
  expect(verifyWebhook(secret, { ...headers, 'webhook-id': [event.id], 'content-type': 'application/json', cookie: undefined }, body)).toEqual(event);
});

test('when the body was changed on the way (even re-serialized with other spacing), then it is refused as a bad signature', () => {
  const headers = signed(body, [secret]);
  const tampered = body.replace('No Answer', 'Sold');

  expect(refusal(() => verifyWebhook(secret, headers, tampered)).reason).toBe('bad-signature');
  expect(refusal(() => verifyWebhook(secret, headers, JSON.stringify(event, null, 2))).reason).toBe('bad-signature');
  expect(refusal(() => verifyWebhook(secret, { ...headers, 'webhook-id': `evt_${'0'.repeat(32)}` }, body)).reason).toBe('bad-signature');
});

test('when signed with another secret, then it is refused, and the error says why without the secret or the body', () => {
  const error = refusal(() => verifyWebhook(secret, signed(body, [newSecret()]), body));

  expect(error).toBeInstanceOf(Error);
  expect(error.name).toBe('InvalidWebhookError');
  expect(error.reason).toBe('bad-signature');
  expect(error.message).toMatch(/^Invalid webhook: no signature in webhook-signature matches/);
  expect(error.message).not.toContain(secret.slice(6));
  expect(error.message).not.toContain('No Answer');
});

test('when a rotation is under way, then the request carries both signatures and either secret verifies it, but no third', () => {
  const previous = newSecret();
  const headers = signed(body, [secret, previous]);

  expect(headers['webhook-signature']).toMatch(/^v1,\S+ v1,\S+$/);
  expect(verifyWebhook(secret, headers, body)).toEqual(event);
  expect(verifyWebhook(previous, headers, body)).toEqual(event);
  expect(refusal(() => verifyWebhook(newSecret(), headers, body)).reason).toBe('bad-signature');
});

test('when the timestamp is more than 5 minutes old or ahead, then it is refused even though the signature matches', () => {
  const sixMinutes = 6 * 60 * 1000;

  expect(refusal(() => verifyWebhook(secret, signed(body, [secret], new Date(Date.now() - sixMinutes)), body)).reason).toBe('stale-timestamp');
  expect(refusal(() => verifyWebhook(secret, signed(body, [secret], new Date(Date.now() + sixMinutes)), body)).reason).toBe('future-timestamp');
  expect(verifyWebhook(secret, signed(body, [secret], new Date(Date.now() - 4 * 60 * 1000)), body)).toEqual(event);
  expect(refusal(() => verifyWebhook(secret, { ...signed(body, [secret]), 'webhook-timestamp': 'yesterday' }, body)).reason).toBe('invalid-timestamp');
});

test('when a signed header is missing or sent twice, then it is refused and the error names it', () => {
  const { 'webhook-signature': _signature, ...unsigned } = signed(body, [secret]);
  const twice = { ...signed(body, [secret]), 'webhook-id': [event.id, event.id] };

  const error = refusal(() => verifyWebhook(secret, unsigned, body));
  expect(error.reason).toBe('missing-headers');
  expect(error.message).toContain('(webhook-signature)');
  expect(refusal(() => verifyWebhook(secret, twice, body)).reason).toBe('missing-headers');
  expect(refusal(() => verifyWebhook(secret, new Headers(), body)).message).toContain('(webhook-id, webhook-timestamp, webhook-signature)');
});

test('when the signed body is not an event, then it is refused as an invalid payload', () => {
  for (const payload of ['not json', '[1,2]', '{"id":"evt_1"}', 'null']) {
    expect(refusal(() => verifyWebhook(secret, signed(payload, [secret]), payload)).reason).toBe('invalid-payload');
  }
});

test('when given a parsed body or no usable secret, then it throws a TypeError that says what to pass', () => {
  expect(() => verifyWebhook(secret, signed(body, [secret]), event as never)).toThrow(/raw request body.*express\.raw/);
  expect(() => verifyWebhook('', signed(body, [secret]), body)).toThrow(TypeError);
  expect(() => verifyWebhook('whsec_', signed(body, [secret]), body)).toThrow(/not a signing secret/);
});

test('when the event is switched on by type, then its object is typed for that type', () => {
  // Compiled by `pnpm typecheck`: each branch reads fields only its own object has.
  const describe = (received: ChangeEvent): string => {
    switch (received.type) {
      case 'disposition.created':
      case 'disposition.updated':
      case 'disposition.deleted': {
        const disposition: DispositionResponse = received.data.object;
        return `${received.type} ${disposition.outcome} on ${disposition.leadId} (#${received.data.sequence})`;
      }
      case 'lead.created':
      case 'lead.updated':
      case 'lead.deleted':
      case 'lead.current_disposition_changed': {
        const lead: LeadResponse = received.data.object;
        return `${received.type} ${lead.id}`;
      }
      case 'lead_status.created':
      case 'lead_status.updated':
      case 'lead_status.archived': {
        const status: LeadStatusResponse = received.data.object;
        return `${received.type} ${status.name}`;
      }
      case 'follow_up.due':
      case 'follow_up.missed': {
        const followUp: FollowUp = received.data.object;
        return `${received.type} ${followUp.kind} at ${followUp.at}`;
      }
      case 'webhook_endpoint.disabled': {
        const endpoint: WebhookEndpoint = received.data.object;
        return `${received.type} ${endpoint.url}`;
      }
      case 'webhook.test': {
        const test: WebhookTestObject = received.data.object;
        return `${received.type} ${test.message}`;
      }
      default: {
        const unknown: never = received;
        return unknown;
      }
    }
  };

  expect(describe(verifyWebhook(secret, signed(body, [secret]), body))).toBe(`disposition.created No Answer on ${leadId} (#3)`);
});
