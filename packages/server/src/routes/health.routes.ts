import { Router } from 'express';
import type { Knex } from 'knex';
import { HttpError } from '../http/errors';
import type { Handler } from '../http/typed-handler';
import { checkReadiness } from '../services/readiness.service';

/** The liveness and readiness probes' paths. */
export const probePaths = ['/healthz', '/readyz'];

export function healthRouter(db: Knex): Router {
  const getHealth: Handler<'getHealth'> = (_req, res) => {
    res.json({ status: 'ok' });
  };
  const getReadiness: Handler<'getReadiness'> = async (_req, res) => {
    const readiness = await checkReadiness(db);
    if (!readiness.ready) throw new HttpError(503, readiness.reason, undefined, '/problems/not-ready', readiness.cause);
    res.json({ status: 'ready' });
  };
  const [healthz, readyz] = probePaths as [string, string];
  return Router().get(healthz, getHealth).get(readyz, getReadiness);
}
