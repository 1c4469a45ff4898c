import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';

export async function insertApiKey(db: Knex, businessId: string, keyHash: string): Promise<void> {
  await db('api_keys').insert({ business_id: businessId, id: randomUUID(), key_hash: keyHash });
}

/** The business that owns an active key with this hash, if any. */
export async function findBusinessIdByKeyHash(db: Knex, keyHash: string): Promise<string | undefined> {
  const row = await db('api_keys').select('business_id').where({ key_hash: keyHash }).whereNull('revoked_at').first();
  return row?.business_id;
}
