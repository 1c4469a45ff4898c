import type { RequestHandler } from 'express';
import type { Knex } from 'knex';
import { businessIdForApiKey } from '../services/api-keys.service';
import { UnauthorizedError } from './errors';

/** The API key a request presents, in `Authorization: Bearer` or `X-Leadping-Api-Key`. */
export function apiKeyOf(authorization: string | undefined, leadpingKey: string | undefined): string | undefined {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  return bearer ?? (leadpingKey?.trim() || undefined);
}

/** Resolves the caller's business from its API key into `res.locals.businessId`. */
export function authenticate(db: Knex): RequestHandler {
  return async (req, res, next) => {
    const apiKey = apiKeyOf(req.get('authorization'), req.get('x-leadping-api-key'));
    const businessId = apiKey ? await businessIdForApiKey(db, apiKey) : undefined;
    if (!businessId) throw new UnauthorizedError();
    res.locals.businessId = businessId;
    next();
  };
}
