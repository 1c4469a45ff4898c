import { Router } from 'express';
import type { Handler } from '../http/typed-handler';

export function healthRouter(): Router {
  const getHealth: Handler<'getHealth'> = (_req, res) => {
    res.json({ status: 'ok' });
  };
  return Router().get('/healthz', getHealth);
}
