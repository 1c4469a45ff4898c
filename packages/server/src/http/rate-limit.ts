import { isIPv4 } from 'node:net';
import type { Request, RequestHandler } from 'express';
import { ipKeyGenerator, MemoryStore, rateLimit } from 'express-rate-limit';
import { hashApiKey } from '../services/api-keys.service';
import { apiKeyOf } from './authenticate';
import { HttpError } from './errors';
import type { Locals } from './typed-handler';

export interface CallerRateLimit {
  /** Counts the request against its caller and answers 429 beyond the limit. */
  count: RequestHandler;
  /**
   * Mounted before the API key is looked up: an address already over its limit gets its
   * 429 without a database query, unless its key is one this instance has counted in the
   * current window (so it was valid a moment ago; the lookup still checks it is now).
   */
  beforeKeyLookup: RequestHandler;
}

const pass: RequestHandler = (_req, _res, next) => next();

/** How a dual-stack socket reports an IPv4 client: `::ffff:192.0.2.1`. */
const ipv4Mapped = /^::ffff:([\d.]+)$/i;

/**
 * The part of a client address the limiter counts by: express-rate-limit's `ipKeyGenerator`
 * (an IPv4 address as it is, an IPv6 one by its /56). IPv4 addresses, also as a dual-stack
 * socket reports them, take a short cut to the same key: `ipKeyGenerator` parses them as
 * IPv6 first, which cost more CPU than the rest of the count on every request.
 */
export function clientAddressKey(ip: string): string {
  const ipv4 = ipv4Mapped.exec(ip)?.[1] ?? ip;
  return isIPv4(ipv4) ? ipv4 : ipKeyGenerator(ip);
}

const addressKey = (req: Request) => `address ${clientAddressKey(req.ip ?? '')}`;

/**
 * At most `perMinute` requests a minute from each caller, counted in this instance's memory:
 * with N instances behind a load balancer a caller gets up to N times the limit (see
 * docs/scaling.md). A caller is its API key once `identifyCaller` found it valid, counted by
 * the hash it made so no key sits in memory; anything else (the public endpoints, requests
 * without a valid key) is counted by client address, so guessing keys is limited too.
 * Behind a proxy, set TRUST_PROXY so the address is the client's, not the proxy's.
 * Mounted more than once, it still counts a request once. 0 or undefined turns it off.
 * Each call keeps its own counts: the health probes have theirs, apart from the API's.
 */
export function rateLimitPerCaller(perMinute: number | undefined): CallerRateLimit {
  if (!perMinute) return { count: pass, beforeKeyLookup: pass };
  const store = new MemoryStore();
  const count = rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    store,
    skip: (req) => (req as Request & { rateLimit?: unknown }).rateLimit !== undefined,
    keyGenerator: (req, res) => (res.locals as Partial<Locals>).apiKeyHash ?? addressKey(req),
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
  const beforeKeyLookup: RequestHandler = async (req, res, next) => {
    const byAddress = await store.get(addressKey(req));
    if (!byAddress || byAddress.totalHits < perMinute) return next();
    const apiKey = apiKeyOf(req.get('authorization'), req.get('x-leadping-api-key'));
    const knownKey = apiKey ? await store.get(hashApiKey(apiKey)) : undefined;
    if (knownKey) return next();
    return count(req, res, next);
  };
  return { count, beforeKeyLookup };
}
