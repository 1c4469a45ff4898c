import type { RequestHandler } from 'express';
import type { Knex } from 'knex';
import type { ApiKeyCache } from '../services/api-key-cache';
import { callerForKeyHash, hashApiKey } from '../services/api-keys.service';
import { UnauthorizedError } from './errors';
import type { Locals } from './typed-handler';

/** The API key a request sends, in `Authorization: Bearer` or Leadping's `X-Leadping-Api-Key`. */
export function apiKeyOf(authorization: string | undefined, leadpingKey: string | undefined): string | undefined {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  return bearer ?? (leadpingKey?.trim() || undefined);
}

/**
 * Finds the caller's business from its API key: `res.locals.businessId` and the key's user in
 * `res.locals.userId`, and the key's hash in `res.locals.apiKeyHash` for the rate limiter to count by. A request without a valid
 * key goes on without either, to be counted by its address and then refused by `requireCaller`.
 */
export function identifyCaller(db: Knex, cache?: ApiKeyCache): RequestHandler {
  return async (req, res, next) => {
    const apiKey = apiKeyOf(req.get('authorization'), req.get('x-leadping-api-key'));
    const apiKeyHash = apiKey ? hashApiKey(apiKey) : undefined;
    const caller = apiKeyHash ? await callerForKeyHash(db, apiKeyHash, cache) : undefined;
    if (caller) Object.assign(res.locals, { businessId: caller.businessId, userId: caller.userId, apiKeyHash } satisfies Locals);
    next();
  };
}

/** 401 for a request that `identifyCaller` found no business for. */
export const requireCaller: RequestHandler = (_req, res, next) => {
  next((res.locals as Partial<Locals>).businessId ? undefined : new UnauthorizedError());
};
