import type { RequestHandler } from 'express';

/**
 * Middlewares that always run one after the other, as one Express layer. Express pays for
 * every layer a request passes (its router's matching and `next`, and node's machinery behind
 * them): over the two dozen layers of the pipeline that cost about a tenth of a request's
 * CPU. Each middleware runs as Express runs it: whatever it passes to `next`, or throws, or
 * rejects with (an async one), skips the rest and goes on to Express, the error handler for an error.
 */
export function chain(...handlers: RequestHandler[]): RequestHandler {
  return (req, res, next) => {
    let index = 0;
    const step = (signal?: unknown): void => {
      const handler = handlers[index++];
      if (signal || !handler) {
        next(signal);
        return;
      }
      try {
        const result: unknown = handler(req, res, step);
        if (result instanceof Promise) result.then(undefined, (error: unknown) => next(error || new Error('Rejected promise')));
      } catch (error) {
        next(error);
      }
    };
    step();
  };
}

/**
 * Runs `handler` only for requests whose path begins with the first segment of one of
 * `paths` (ignoring case, as Express's routes do), and lets every other request pass in one
 * step: so the API's requests skip the public endpoints' routers and counters, which could
 * not match them, without entering each.
 */
export function behindFirstSegments(paths: readonly string[], handler: RequestHandler): RequestHandler {
  const firstSegment = (path: string) => path.split('/', 2)[1]!.toLowerCase();
  const segments = new Set(paths.map(firstSegment));
  return (req, res, next) => (segments.has(firstSegment(req.path)) ? handler(req, res, next) : next());
}
