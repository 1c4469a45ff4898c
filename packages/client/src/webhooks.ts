import type { ChangeEvent } from '@dispositions/api-types';
import { Webhook } from 'standardwebhooks';

/** Why a webhook request was refused: each is a reason to answer it 4xx and do nothing else. */
export type InvalidWebhookReason =
  /** `webhook-id`, `webhook-timestamp` or `webhook-signature` is missing (or sent twice). */
  | 'missing-headers'
  /** `webhook-timestamp` is not a number of seconds. */
  | 'invalid-timestamp'
  /** `webhook-timestamp` is more than 5 minutes old: a replayed (or long-delayed) request. */
  | 'stale-timestamp'
  /** `webhook-timestamp` is more than 5 minutes ahead of this machine's clock. */
  | 'future-timestamp'
  /** No signature in `webhook-signature` is this secret's for this id, timestamp and body. */
  | 'bad-signature'
  /** Signed, but the body is not a JSON event. */
  | 'invalid-payload';

/**
 * A webhook request that must not be trusted: a bad or missing signature, a stale timestamp
 * or an unreadable body. `reason` says which; the message is safe to log (it never holds the
 * secret or the body).
 */
export class InvalidWebhookError extends Error {
  override readonly name = 'InvalidWebhookError';

  constructor(
    readonly reason: InvalidWebhookReason,
    message: string,
  ) {
    super(message);
  }
}

/** A header's value as a `Headers` object or Node's `IncomingHttpHeaders` (Express's `req.headers`) holds it. */
type HeaderValue = string | readonly string[] | undefined;

/** The request's headers: a fetch `Headers` object, or a plain record (`req.headers` in Express or `node:http`), any letter case. */
export type WebhookHeaders = Headers | Readonly<Record<string, HeaderValue>>;

/** The request's body exactly as received: a string, or the bytes (`Buffer`, `Uint8Array`; what `express.raw()` gives). */
export type WebhookBody = string | Uint8Array;

const signedHeaders = ['webhook-id', 'webhook-timestamp', 'webhook-signature'] as const;

function headerOf(headers: WebhookHeaders, name: (typeof signedHeaders)[number]): string | undefined {
  if (typeof (headers as Headers).get === 'function' && typeof (headers as Headers).has === 'function') return (headers as Headers).get(name) ?? undefined;
  const record = headers as Readonly<Record<string, HeaderValue>>;
  const values = Object.keys(record)
    .filter((key) => key.toLowerCase() === name)
    .flatMap((key) => record[key] ?? []);
  return values.length === 1 ? values[0] : undefined;
}

/** What `standardwebhooks` throws, by its message, as our reasons. */
function reasonOf(message: string): InvalidWebhookReason {
  if (/too old/i.test(message)) return 'stale-timestamp';
  if (/too new/i.test(message)) return 'future-timestamp';
  if (/invalid signature headers/i.test(message)) return 'invalid-timestamp';
  if (/missing/i.test(message)) return 'missing-headers';
  return 'bad-signature';
}

const descriptions: Record<InvalidWebhookReason, string> = {
  'missing-headers': 'the request lacks one of the webhook-id, webhook-timestamp and webhook-signature headers',
  'invalid-timestamp': 'the webhook-timestamp header is not a number of seconds',
  'stale-timestamp': 'the webhook-timestamp is more than 5 minutes old (a replayed or delayed request)',
  'future-timestamp': "the webhook-timestamp is more than 5 minutes ahead of this machine's clock",
  'bad-signature': 'no signature in webhook-signature matches this secret and body (a wrong secret, or a body changed or re-serialized on the way)',
  'invalid-payload': 'the body is not a JSON event',
};

/**
 * Verifies a webhook the Dispositions API sent (Standard Webhooks: `webhook-id`,
 * `webhook-timestamp`, `webhook-signature`) and returns its event, typed: `switch (event.type)`
 * narrows `event.data.object` to the disposition, lead, lead status, endpoint or test object.
 *
 * Pass the body exactly as received, before any JSON parsing (`express.raw({ type:
 * 'application/json' })`): a body parsed and serialized again no longer matches its signature.
 * During a secret rotation the request carries a signature of each secret, and either secret
 * verifies it. Throws an `InvalidWebhookError` on a missing header, a bad signature, a
 * timestamp more than 5 minutes off, or a body that is not an event.
 *
 * The same event can arrive more than once (delivery is at least once): drop the ones whose
 * `webhook-id` (the event's `id`) you have already handled.
 */
export function verifyWebhook(secret: string, headers: WebhookHeaders, rawBody: WebhookBody): ChangeEvent {
  if (typeof rawBody !== 'string' && !(rawBody instanceof Uint8Array)) {
    throw new TypeError(
      'verifyWebhook needs the raw request body (a string, Buffer or Uint8Array), not a parsed object: ' +
        "read it with express.raw({ type: 'application/json' }) (or request.text()) instead of express.json().",
    );
  }
  if (typeof secret !== 'string' || secret === '')
    throw new TypeError("verifyWebhook needs the endpoint's secret (whsec_…), as POST /webhook-endpoints answered it.");
  const values = signedHeaders.map((name) => [name, headerOf(headers, name)] as const);
  const absent = values.filter(([, value]) => !value).map(([name]) => name);
  if (absent.length > 0) throw new InvalidWebhookError('missing-headers', `Invalid webhook: ${descriptions['missing-headers']} (${absent.join(', ')}).`);

  let webhook: Webhook;
  try {
    webhook = new Webhook(secret);
  } catch {
    throw new TypeError("verifyWebhook's secret is not a signing secret: pass the whsec_… string POST /webhook-endpoints (or rotate-secret) answered.");
  }
  try {
    webhook.verify(rawBody, Object.fromEntries(values) as Record<string, string>, { jsonParse: false });
  } catch (error) {
    const reason = reasonOf((error as Error).message);
    throw new InvalidWebhookError(reason, `Invalid webhook: ${descriptions[reason]}.`);
  }

  let event: unknown;
  try {
    event = JSON.parse(typeof rawBody === 'string' ? rawBody : new TextDecoder().decode(rawBody));
  } catch {
    event = undefined;
  }
  const { id, type, data } = (event ?? {}) as Partial<ChangeEvent>;
  if (typeof id !== 'string' || typeof type !== 'string' || typeof data !== 'object' || data === null) {
    throw new InvalidWebhookError('invalid-payload', `Invalid webhook: ${descriptions['invalid-payload']}.`);
  }
  return event as ChangeEvent;
}
