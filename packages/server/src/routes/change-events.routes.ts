import { Router } from 'express';
import type { AppContext } from '../app-context';
import type { Handler } from '../http/typed-handler';
import * as changeEvents from '../services/change-events.service';

/** The pull feed of change events (`/change-events`, not Leadping's `/events`, which is its communication timeline). */
export function changeEventsRouter({ db, tokenSecret }: AppContext): Router {
  const router = Router();

  const listChangeEvents: Handler<'listChangeEvents'> = async (req, res) => {
    res.json(await changeEvents.listChangeEvents(db, res.locals.businessId, req.query, tokenSecret));
  };

  const getChangeEvent: Handler<'getChangeEvent'> = async (req, res) => {
    res.json(await changeEvents.findChangeEvent(db, res.locals.businessId, req.params.id));
  };

  router.get('/change-events', listChangeEvents);
  router.get('/change-events/:id', getChangeEvent);
  return router;
}
