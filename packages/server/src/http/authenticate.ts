import type { RequestHandler } from 'express';
import type { Knex } from 'knex';
import { businessIdForKeyHash, hashApiKey } from '../services/api-keys.service';
import { UnauthorizedError } from './errors';

function apiKeyOf(authorization: string | undefined, leadpingKey: string | undefined): string | undefined {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  return bearer ?? (leadpingKey?.trim() || undefined);
}

/**
 * Resolves the caller's business from its API key into `res.locals.businessId`, and keeps
 * the key's hash in `res.locals.apiKeyHash` for what counts requests per key.
 */
export function authenticate(db: Knex): RequestHandler {
  return async (req, res, next) => {
    const apiKey = apiKeyOf(req.get('authorization'), req.get('x-leadping-api-key'));
    const apiKeyHash = apiKey ? hashApiKey(apiKey) : undefined;
    const businessId = apiKeyHash ? await businessIdForKeyHash(db, apiKeyHash) : undefined;
    if (!businessId) throw new UnauthorizedError();
    res.locals.businessId = businessId;
    res.locals.apiKeyHash = apiKeyHash;
    next();
  };
}
