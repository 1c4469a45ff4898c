import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

// Deliveries are signed as Standard Webhooks has it (https://www.standardwebhooks.com): an
// HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>` with the endpoint's secret, so any
// Standard Webhooks (or Svix) library verifies them unchanged.

export const secretPrefix = 'whsec_';

/** Random bytes in a new secret (Standard Webhooks asks for 24 to 64). */
export const secretBytes = 32;

/** A new endpoint secret: `whsec_` and the base64 of 32 random bytes. Shown once; never logged. */
export function generateWebhookSecret(): string {
  return `${secretPrefix}${randomBytes(secretBytes).toString('base64')}`;
}

export interface SigningSecrets {
  secret: string;
  previousSecret?: string | null;
  previousSecretExpiresAt?: Date | string | null;
}

/** The secrets a delivery is signed with at `now`: the current one, and the previous one while a rotation's overlap lasts. */
export function activeSecrets(endpoint: SigningSecrets, now = new Date()): string[] {
  const { secret, previousSecret, previousSecretExpiresAt } = endpoint;
  if (!previousSecret || !previousSecretExpiresAt) return [secret];
  return new Date(previousSecretExpiresAt).getTime() > now.getTime() ? [secret, previousSecret] : [secret];
}

export interface SignatureHeaders extends Record<string, string> {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

/**
 * The three Standard Webhooks headers of one attempt: the event id (the same on every attempt,
 * retry and replay, so a receiver drops duplicates by it), the time of this attempt in Unix
 * seconds, and one `v1,<signature>` per active secret, space-separated.
 */
export function signatureHeaders(eventId: string, body: string, secrets: readonly string[], at = new Date()): SignatureHeaders {
  if (secrets.length === 0) throw new Error('a webhook needs at least one secret to be signed');
  const signatures = secrets.map((secret) => new Webhook(secret).sign(eventId, at, body));
  return {
    'webhook-id': eventId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': signatures.join(' '),
  };
}
