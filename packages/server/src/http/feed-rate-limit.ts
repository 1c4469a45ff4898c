import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { HttpError } from './errors';

/** Reads a minute of one calendar feed, per instance: calendar apps poll every few minutes at most. */
export const feedRequestsPerMinute = 30;

/**
 * Counts each calendar feed's reads by its token's hash (`keyOf`), besides the count by client
 * address every public path has: one leaked URL polled hard cannot use up a shared address's
 * allowance, nor many addresses one feed's database time. Off when rate limits are off.
 */
export function rateLimitPerFeed(rateLimitPerMinute: number | undefined, keyOf: (token: string) => string): RequestHandler {
  if (!rateLimitPerMinute) return (_req, _res, next) => next();
  const limit = Math.min(feedRequestsPerMinute, rateLimitPerMinute);
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
