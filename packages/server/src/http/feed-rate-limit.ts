import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { HttpError } from './errors';

/**
 * What share of RATE_LIMIT_PER_MINUTE one calendar feed may be read a minute, per instance:
 * 30 at the default 6,000, far above what a calendar app polls (every few minutes at most).
 */
export const feedShareOfRateLimit = 200;

export function feedRequestsPerMinute(rateLimitPerMinute: number): number {
  return Math.max(1, Math.floor(rateLimitPerMinute / feedShareOfRateLimit));
}

/**
 * Counts each calendar feed's reads by its token's hash (`keyOf`), besides the count by client
 * address every public path has: one leaked URL polled hard cannot use up a shared address's
 * allowance, nor many addresses one feed's database time. Off when rate limits are off.
 */
export function rateLimitPerFeed(rateLimitPerMinute: number | undefined, keyOf: (token: string) => string): RequestHandler {
  if (!rateLimitPerMinute) return (_req, _res, next) => next();
  const limit = feedRequestsPerMinute(rateLimitPerMinute);
  return rateLimit({
    windowMs: 60_000,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => `feed ${keyOf(String(req.query.token ?? ''))}`,
    handler: (_req, _res, next) => {
      next(
        new HttpError(
          429,
          `This calendar feed was read more than ${limit} times in a minute. Retry after the number of seconds in Retry-After.`,
          undefined,
          '/problems/too-many-requests',
        ),
      );
    },
  });
}
