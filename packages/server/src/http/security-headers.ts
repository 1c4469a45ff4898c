import cors from 'cors';
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import { requestIdHeader } from '../observability/request-id';
import { idempotencyKeyHeader, idempotencyReplayedHeader } from './idempotency';

/**
 * The API answers JSON, never a page: it may load nothing and be framed by nobody. The
 * reference at /docs sets its own policy after this one, so its header is the one sent.
 */
const apiContentSecurityPolicy = { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } } as const;

/** Helmet's defaults (HSTS, nosniff, no framing, no referrer, ...) on every response, with the strict API policy above. */
export function securityHeaders(): RequestHandler {
  return helmet({ contentSecurityPolicy: apiContentSecurityPolicy, xFrameOptions: { action: 'deny' } });
}

/** What a browser page may send and read across origins: the headers the spec defines. */
const allowedHeaders = ['Authorization', 'X-Leadping-Api-Key', 'Content-Type', idempotencyKeyHeader, 'If-Match', 'If-None-Match', requestIdHeader];
const exposedHeaders = ['ETag', requestIdHeader, idempotencyReplayedHeader, 'Retry-After'];

/**
 * CORS for the configured origins only: an allowed origin gets the headers (and its
 * preflight a 204); any other origin, or every origin when none is configured, gets none.
 * Keys travel in headers, never cookies, so credentials stay off.
 */
export function crossOrigin(origins: readonly string[] = []): RequestHandler {
  if (origins.length === 0) return (_req, _res, next) => next();
  const allowed = new Set(origins);
  const handle = cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST', 'PUT', 'DELETE'],
    allowedHeaders,
    exposedHeaders,
    maxAge: 600,
  });
  return (req, res, next) => {
    // The answer differs by Origin, also when it carries no CORS headers: caches must know.
    res.vary('Origin');
    handle(req, res, next);
  };
}
