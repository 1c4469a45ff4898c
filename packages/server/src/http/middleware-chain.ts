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

/** A path's first segment as Express's routes compare it (ignoring case): `/Leads/7/status` is `leads`. */
const firstSegment = (path: string) => (path.split('/', 2)[1] ?? '').toLowerCase();

/**
 * Sends each request only to the handlers registered for its path's first segment, in the
 * order given, and lets every other request pass in one step. A router costs Express a walk
 * over its routes for every request that enters it, so a request enters only the routers that
 * could match it (its own resource's) rather than each in turn. Every route a handler has must
 * begin with one of the segments it is registered under.
 */
export function byFirstSegment(routes: readonly (readonly [paths: readonly string[], handler: RequestHandler])[]): RequestHandler {
  const bySegment = new Map<string, RequestHandler[]>();
  for (const [paths, handler] of routes) {
    for (const segment of new Set(paths.map(firstSegment))) bySegment.set(segment, [...(bySegment.get(segment) ?? []), handler]);
  }
  const handlers = new Map([...bySegment].map(([segment, list]) => [segment, list.length === 1 ? list[0]! : chain(...list)]));
  return (req, res, next) => {
    const handler = handlers.get(firstSegment(req.path));
    return handler ? handler(req, res, next) : next();
  };
}
