import { Router } from 'express';
import type { Registry } from 'prom-client';
import type { MediaHandler } from '../http/typed-handler';

/** Prometheus scrapes this; public like /healthz, so firewall it in production (see README). */
export function metricsRouter(registry: Registry): Router {
  const getMetrics: MediaHandler<'getMetrics', 'text/plain'> = async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics());
  };
  return Router().get('/metrics', getMetrics);
}
