import type { Request, RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { HttpError } from './errors';
import type { Locals } from './typed-handler';

/**
 * At most `perMinute` requests a minute from each caller, counted in this instance's memory:
 * with N instances behind a load balancer a caller gets up to N times the limit (see
 * docs/scaling.md). A caller is its API key once `identifyCaller` found it valid, counted by
 * the hash it made so no key sits in memory; anything else (the public endpoints, requests
 * without a valid key) is counted by client address, so guessing keys is limited too.
 * Behind a proxy, set TRUST_PROXY so the address is the client's, not the proxy's.
 * Mounted more than once, it still counts a request once. 0 or undefined turns it off.
 */
export function rateLimitPerCaller(perMinute: number | undefined): RequestHandler {
  if (!perMinute) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    skip: (req) => (req as Request & { rateLimit?: unknown }).rateLimit !== undefined,
    keyGenerator: (req, res) => (res.locals as Partial<Locals>).apiKeyHash ?? `address ${ipKeyGenerator(req.ip ?? '')}`,
    handler: (_req, res, next) => {
      const caller = (res.locals as Partial<Locals>).apiKeyHash ? 'This API key' : 'This client address, without a valid API key,';
      next(
        new HttpError(
          429,
          `${caller} sent more than ${perMinute} requests in a minute. Retry after the number of seconds in Retry-After.`,
          undefined,
          '/problems/too-many-requests',
        ),
      );
    },
  });
}
