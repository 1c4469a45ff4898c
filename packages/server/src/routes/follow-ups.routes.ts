import type { components } from '@dispositions/api-types';
import { Router } from 'express';
import type { AppContext } from '../app-context';
import type { Handler } from '../http/typed-handler';
import { toFollowUp } from '../mappers/follow-up.mapper';
import { agendaPage } from '../services/follow-ups.service';

type Kind = components['schemas']['FollowUpKind'];

/** `kinds` as the validator leaves it: a list, or the comma-separated text when not coerced. */
function kindsOf(value: unknown): Kind[] | undefined {
  if (value === undefined) return undefined;
  return (Array.isArray(value) ? value : String(value).split(',')) as Kind[];
}

export function followUpsRouter({ db, tokenSecret }: AppContext): Router {
  const router = Router();

  const listFollowUps: Handler<'listFollowUps'> = async (req, res) => {
    const { query } = req;
    const page = await agendaPage(
      db,
      {
        businessId: res.locals.businessId,
        assignedToUserId: query.assignedToUserId,
        view: query.view,
        kinds: kindsOf(query.kinds),
        timeZone: query.timeZone,
        pageSize: query.pageSize === undefined ? undefined : Number(query.pageSize),
        includeCount: String(query.includeCount) === 'true',
        continuationToken: query.continuationToken,
      },
      tokenSecret,
    );
    res.json({
      items: page.rows.map(toFollowUp),
      pageSize: page.pageSize,
      continuationToken: page.continuationToken,
      counts: page.counts,
      view: page.view,
      timeZone: page.timeZone,
    });
  };

  router.get('/follow-ups', listFollowUps);
  return router;
}
