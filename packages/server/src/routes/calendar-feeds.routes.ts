import { type Request, Router } from 'express';
import type { AppContext } from '../app-context';
import { HttpError } from '../http/errors';
import { rateLimitPerFeed } from '../http/feed-rate-limit';
import { sendTextDocument } from '../http/preconditions';
import type { Handler } from '../http/typed-handler';
import * as calendarFeeds from '../services/calendar-feeds.service';

/** Where the request came to (scheme and host, behind TRUST_PROXY as the client sent it): the feeds' URLs are made on it. */
const baseUrlOf = (req: Request) => new URL(`${req.protocol}://${req.get('host') ?? 'localhost'}`);

/** Managing a business's feeds, with its API key. */
export function calendarFeedsRouter({ db }: AppContext): Router {
  const router = Router();

  const createCalendarFeed: Handler<'createCalendarFeed'> = async (req, res) => {
    res.status(201).json(await calendarFeeds.createCalendarFeed(db, res.locals.businessId, req.body, baseUrlOf(req)));
  };

  const listCalendarFeeds: Handler<'listCalendarFeeds'> = async (_req, res) => {
    res.json(await calendarFeeds.listCalendarFeeds(db, res.locals.businessId));
  };

  const deleteCalendarFeed: Handler<'deleteCalendarFeed'> = async (req, res) => {
    await calendarFeeds.deleteCalendarFeed(db, res.locals.businessId, req.params.id);
    res.status(204).end();
  };

  const rotateCalendarFeed: Handler<'rotateCalendarFeed'> = async (req, res) => {
    res.json(await calendarFeeds.rotateCalendarFeed(db, res.locals.businessId, req.params.id, baseUrlOf(req)));
  };

  router.get('/calendar-feeds', listCalendarFeeds);
  router.post('/calendar-feeds', createCalendarFeed);
  router.delete('/calendar-feeds/:id', deleteCalendarFeed);
  router.post('/calendar-feeds/:id/rotate', rotateCalendarFeed);
  return router;
}

/**
 * A feed's calendar (`GET /calendar.ics?token=`), mounted before API keys are looked up: the
 * token is its credential. `If-None-Match` with the calendar's ETag answers 304.
 */
export function calendarRouter({ db, rateLimitPerMinute }: AppContext): Router {
  const router = Router();
  const unknownToken = () =>
    new HttpError(404, 'No calendar feed has this token; it may have been rotated or deleted.', [
      { path: '/query/token', message: 'is not the token of a calendar feed', errorCode: 'unknown.token' },
    ]);

  router.get(calendarFeeds.calendarFeedPath, (req, _res, next) => {
    const { token } = req.query;
    if (typeof token !== 'string' || token.length === 0 || token.length > 128) {
      return next(
        new HttpError(400, 'Send the feed token of the calendar URL.', [
          { path: '/query/token', message: 'must be one feed token', errorCode: 'required.token' },
        ]),
      );
    }
    next();
  });
  router.get(calendarFeeds.calendarFeedPath, rateLimitPerFeed(rateLimitPerMinute, calendarFeeds.hashFeedToken));
  router.get(calendarFeeds.calendarFeedPath, async (req, res) => {
    const calendar = await calendarFeeds.calendarForToken(db, String(req.query.token));
    if (calendar === undefined) throw unknownToken();
    sendTextDocument(req, res, 'text/calendar; charset=utf-8', calendar);
  });
  return router;
}
