import express, { type Express, Router } from 'express';
import type { Registry } from 'prom-client';
import { HttpError } from '../http/errors';
import type { MediaHandler } from '../http/typed-handler';

/**
 * Prometheus scrapes this. It needs no key, so it must not be public: either firewall it, or
 * set METRICS_PORT to serve it on a port of its own (`metricsApp`), and then the API's port
 * answers it 404.
 */
export function metricsRouter(registry: Registry, servedApart = false): Router {
  const getMetrics: MediaHandler<'getMetrics', 'text/plain'> = async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics());
  };
  if (servedApart) {
    return Router().get('/metrics', (_req, _res, next) =>
      next(new HttpError(404, 'The metrics are served on a port of their own (METRICS_PORT), not on this one.')),
    );
  }
  return Router().get('/metrics', getMetrics);
}

/** The listener of METRICS_PORT: `GET /metrics` and nothing else. */
export function metricsApp(registry: Registry): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(metricsRouter(registry));
  app.use((_req, res) => {
    res.status(404).type('text/plain').send('Only /metrics is served on this port.\n');
  });
  return app;
}
