import { createHash, randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { findBusinessIdByKeyHash, insertApiKey } from '../repositories/api-keys.repository';
import { findOrCreateBusiness } from '../repositories/businesses.repository';

const keyPrefix = 'dsp_';

/** Keys carry 256 random bits, so a plain SHA-256 is enough to store them safely. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** Creates the business if new and returns one new API key for it; only its hash is stored. */
export async function createApiKey(db: Knex, businessName: string): Promise<{ businessId: string; apiKey: string }> {
  const business = await findOrCreateBusiness(db, businessName);
  const apiKey = keyPrefix + randomBytes(32).toString('base64url');
  await insertApiKey(db, business.id, hashApiKey(apiKey));
  return { businessId: business.id, apiKey };
}

export async function businessIdForApiKey(db: Knex, apiKey: string): Promise<string | undefined> {
  return findBusinessIdByKeyHash(db, hashApiKey(apiKey));
}
