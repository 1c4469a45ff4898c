import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { statement } from '../db/statement';

/** An API key as operators see it: never its hash. */
export interface ApiKeyRow {
  business_id: string;
  id: string;
  business_name: string;
  created_at: Date;
  revoked_at: Date | null;
}

/** Stores a key's hash, and the user it is issued to (null for a business key); returns the key's id. */
export async function insertApiKey(db: Knex, businessId: string, keyHash: string, userId: string | null): Promise<string> {
  const id = randomUUID();
  await db('api_keys').insert({ business_id: businessId, id, key_hash: keyHash, user_id: userId });
  return id;
}

const callerByKeyHash = statement<{ keyHash: string }>((db, { keyHash }) =>
  db('api_keys').select('business_id', 'user_id').where({ key_hash: keyHash }).whereNull('revoked_at').first(),
);

/** The business that owns an active key with this hash, and the key's user, if any. */
export async function findCallerByKeyHash(db: Knex, keyHash: string): Promise<{ businessId: string; userId: string | null } | undefined> {
  const row = await callerByKeyHash.first<{ business_id: string; user_id: string | null }>(db, { keyHash });
  return row && { businessId: row.business_id, userId: row.user_id };
}

/** The key with this hash, or with this id, revoked or not. */
export async function findApiKey(db: Knex, match: { keyHash: string } | { id: string }): Promise<ApiKeyRow | undefined> {
  return db('api_keys')
    .join('businesses', 'businesses.id', 'api_keys.business_id')
    .select('api_keys.business_id', 'api_keys.id', { business_name: 'businesses.name' }, 'api_keys.created_at', 'api_keys.revoked_at')
    .where('keyHash' in match ? { 'api_keys.key_hash': match.keyHash } : { 'api_keys.id': match.id })
    .first();
}

/** Where every revocation is announced, to each instance's key cache (jobs/api-key-revocations.ts); the payload is the key's id. */
export const keyRevocationsChannel = 'api_key_revocations';

/**
 * Marks the key revoked now, unless it already is, and announces it on `keyRevocationsChannel`
 * either way (a key revoked by hand in SQL may still sit in a cache); the announcement goes out
 * when the revocation commits. Returns when the key was revoked, if this call revoked it.
 */
export async function revokeApiKey(db: Knex, businessId: string, id: string): Promise<Date | undefined> {
  return db.transaction(async (trx) => {
    const [revoked] = await trx('api_keys')
      .where({ business_id: businessId, id })
      .whereNull('revoked_at')
      .update({ revoked_at: trx.fn.now() })
      .returning('revoked_at');
    await trx.raw('select pg_notify(?, ?)', [keyRevocationsChannel, id]);
    return revoked?.revoked_at;
  });
}
