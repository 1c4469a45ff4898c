import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { transaction } from '../db/transaction';
import { IdempotencyKeyReusedError } from '../domain/errors';
import * as keys from '../repositories/idempotency-keys.repository';

// Idempotent creates: a request with an `Idempotency-Key` claims the key in the same
// transaction as the create and stores the answer there before committing. A retry, or a
// twin racing it through any instance, waits on the key's unique index until that commit,
// then gets the stored answer; with another body it is refused. A create that fails rolls
// the claim back with it, so the key stays free for a corrected retry.

/** Keys are remembered at least this long; an older key may be used again for a new request. */
export const idempotencyKeyRetentionHours = 24;

export interface Answer<Body> {
  status: number;
  body: Body;
}

export interface IdempotentAnswer<Body> extends Answer<Body> {
  /** Whether this is the stored answer to an earlier request with the same key. */
  replayed: boolean;
}

export interface IdempotentRequest {
  businessId: string;
  /** The `Idempotency-Key` header; without one the create just runs. */
  key: string | undefined;
  operationId: string;
  body: unknown;
}

/** JSON with every object's keys sorted, so the same body hashes the same however its keys were ordered. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, item]) => `${JSON.stringify(name)}:${canonicalJson(item)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function requestHash(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

/**
 * Runs `create` once per business and key: in one transaction with the key's claim when
 * the request has a key (so `create` must use the database handle it is given), or as
 * before when it has none. Throws `IdempotencyKeyReusedError` when the key was used for a
 * different request.
 */
export async function createOnce<Body>(db: Knex, request: IdempotentRequest, create: (db: Knex) => Promise<Answer<Body>>): Promise<IdempotentAnswer<Body>> {
  const { businessId, key, operationId } = request;
  if (key === undefined) return { ...(await create(db)), replayed: false };
  const hash = requestHash(request.body);
  return transaction(db, async (trx) => {
    const claim = { business_id: businessId, key, operation_id: operationId, request_hash: hash };
    if (await keys.claimIdempotencyKey(trx, claim, idempotencyKeyRetentionHours)) {
      const answer = await create(trx);
      await keys.storeIdempotentResponse(trx, businessId, key, answer.status, JSON.stringify(answer.body));
      return { ...answer, replayed: false };
    }
    const stored = await keys.findIdempotencyKey(trx, businessId, key);
    if (!stored || stored.response_status === null || stored.response_body === null) {
      throw new Error(`Idempotency key of business ${businessId} is taken but holds no answer.`);
    }
    if (stored.operation_id !== operationId || stored.request_hash !== hash) throw new IdempotencyKeyReusedError(key);
    return { status: stored.response_status, body: JSON.parse(stored.response_body) as Body, replayed: true };
  });
}

/** Forgets the keys past their retention; every instance may run it, at any time. */
export async function purgeExpiredIdempotencyKeys(db: Knex): Promise<number> {
  return keys.deleteExpiredIdempotencyKeys(db, idempotencyKeyRetentionHours);
}
