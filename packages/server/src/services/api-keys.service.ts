import { createHash, randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import * as apiKeys from '../repositories/api-keys.repository';
import { findOrCreateBusiness } from '../repositories/businesses.repository';
import type { ApiKeyCache, Caller } from './api-key-cache';

const keyPrefix = 'dsp_';

/** What `createApiKey` makes: the prefix and 32 random bytes in base64url. */
const apiKeyPattern = /^dsp_[A-Za-z0-9_-]{43}$/;
const keyIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Keys carry 256 random bits, so a plain SHA-256 is enough to store them safely. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/**
 * Creates the business if new and returns one new API key for it, and the key's id; only its
 * hash is stored. A key issued to a user (`userId`) records that user on the changes made with it.
 */
export async function createApiKey(
  db: Knex,
  businessName: string,
  userId: string | null = null,
): Promise<{ businessId: string; keyId: string; apiKey: string }> {
  const business = await findOrCreateBusiness(db, businessName);
  const apiKey = keyPrefix + randomBytes(32).toString('base64url');
  const keyId = await apiKeys.insertApiKey(db, business.id, hashApiKey(apiKey), userId);
  return { businessId: business.id, keyId, apiKey };
}

/**
 * The business and user of an active key, by the key's hash: from the instance's cache when it
 * has one (which forgets a key as soon as any instance revokes it), else from the database.
 */
export async function callerForKeyHash(db: Knex, keyHash: string, cache?: ApiKeyCache): Promise<Caller | undefined> {
  const find = (hash: string) => apiKeys.findCallerByKeyHash(db, hash);
  return cache ? cache.callerFor(keyHash, find) : find(keyHash);
}

/** How an operator names a key: the key itself, or its id (printed by keys:create); undefined when it is neither. */
export function keyReference(text: string): { keyHash: string } | { id: string } | undefined {
  if (apiKeyPattern.test(text)) return { keyHash: hashApiKey(text) };
  if (keyIdPattern.test(text)) return { id: text.toLowerCase() };
  return undefined;
}

export type Revocation = { outcome: 'revoked' | 'already revoked'; key: apiKeys.ApiKeyRow } | { outcome: 'unknown' };

/**
 * Revokes the key given as itself or by id, and tells every instance to forget it (even when it
 * was revoked already); revoking a revoked key changes nothing else.
 */
export async function revokeApiKey(db: Knex, keyOrId: string): Promise<Revocation> {
  const reference = keyReference(keyOrId);
  const key = reference && (await apiKeys.findApiKey(db, reference));
  if (!key) return { outcome: 'unknown' };
  const revokedAt = await apiKeys.revokeApiKey(db, key.business_id, key.id);
  return revokedAt ? { outcome: 'revoked', key: { ...key, revoked_at: revokedAt } } : { outcome: 'already revoked', key };
}
