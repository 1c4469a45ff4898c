import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { HttpError } from './errors';
import type { Locals } from './typed-handler';

/**
 * At most `perMinute` requests a minute per API key, counted in this instance's memory:
 * with N instances behind a load balancer a key gets up to N times the limit (see
 * docs/scaling.md). Runs after authentication, so only valid keys are counted; they are
 * counted by the hash authentication made, so no key sits in memory. 0 or undefined turns it off.
 */
export function rateLimitPerKey(perMinute: number | undefined): RequestHandler {
  if (!perMinute) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (_req, res) => (res.locals as Locals).apiKeyHash!,
    handler: (_req, _res, next) =>
      next(
        new HttpError(
          429,
          `This API key sent more than ${perMinute} requests in a minute. Retry after the number of seconds in Retry-After.`,
          undefined,
          '/problems/too-many-requests',
        ),
      ),
  });
}
