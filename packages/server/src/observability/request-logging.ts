import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { requestIdFor } from './request-id';

declare module 'node:http' {
  interface IncomingMessage {
    /** The request's id (`X-Request-Id`), set by `requestLogging`. */
    id?: string;
  }
}

/**
 * One JSON line per request, when its answer is sent (or the connection closes first), with
 * its request id, method, path (never the query string, which may hold a key), status and
 * time in ms. Bodies and headers are never logged: bodies hold personal data and headers
 * API keys. A hand-rolled `close` listener rather than pino-http, whose serializers and
 * per-request child logger cost more CPU than the rest of a GET's logging; a line about the
 * request logged elsewhere names `req.id` itself.
 */
export function requestLogging(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    const requestId = requestIdFor(req, res);
    req.id = requestId;
    // A response closes once sent, or when its connection closes first: one listener sees both.
    res.once('close', () => {
      const line = {
        requestId,
        req: { method: req.method, path: (req.originalUrl || req.url).split('?')[0] },
        res: { statusCode: res.statusCode },
        responseTime: Math.round(performance.now() - started),
      };
      if (!res.writableFinished) logger.warn(line, 'request aborted');
      else if (res.statusCode >= 500) logger.error(line, 'request errored');
      else logger.info(line, 'request completed');
    });
    next();
  };
}
