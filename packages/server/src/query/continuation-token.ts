import { createHmac, hash, timingSafeEqual } from 'node:crypto';

export type KeyValue = string | number | boolean | null;

interface TokenPayload {
  /** The sort-key values of the last row of the previous page, id last. */
  k: KeyValue[];
  /** A digest of the query the token belongs to. */
  q: string;
}

export function queryDigest(query: unknown): string {
  return hash('sha256', JSON.stringify(query), 'base64url').slice(0, 16);
}

function sign(secret: string, body: string): Buffer {
  return createHmac('sha256', secret).update(body).digest();
}

/** An opaque token: the keyset position, signed so it cannot be forged or altered. */
export function encodeToken(secret: string, keys: KeyValue[], digest: string): string {
  const body = Buffer.from(JSON.stringify({ k: keys, q: digest } satisfies TokenPayload)).toString('base64url');
  return `${body}.${sign(secret, body).toString('base64url')}`;
}

/** The keyset position in a token, or undefined when the token is not one we issued for this query. */
export function decodeToken(secret: string, token: string, digest: string, keyCount: number): KeyValue[] | undefined {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return undefined;
  const expected = sign(secret, body);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as TokenPayload;
  if (payload.q !== digest || !Array.isArray(payload.k) || payload.k.length !== keyCount) return undefined;
  return payload.k;
}
