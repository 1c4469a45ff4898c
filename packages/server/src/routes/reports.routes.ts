import { type Response, Router } from 'express';
import type { AppContext } from '../app-context';
import { csvText } from '../http/csv';
import type { Handler } from '../http/typed-handler';
import { followUpReport } from '../services/follow-up-report.service';
import { outcomeReport } from '../services/outcome-report.service';

export function reportsRouter({ db }: AppContext): Router {
  const router = Router();

  const reportOutcomes: Handler<'reportOutcomes'> = async (req, res) => {
    const report = await outcomeReport(db, res.locals.businessId, req.body);
    if (req.accepts(['application/json', 'text/csv']) === 'text/csv') {
      const rows = report.rows.map((row) => ({ ...row.key, count: row.count, leads: row.leads }));
      const asText: Response = res;
      asText
        .status(200)
        .type('text/csv')
        .send(csvText(rows, [...report.groupBy, 'count', 'leads']));
      return;
    }
    res.json(report);
  };

  const reportFollowUps: Handler<'reportFollowUps'> = async (req, res) => {
    res.json(await followUpReport(db, res.locals.businessId, req.body));
  };

  router.post('/reports/outcomes', reportOutcomes);
  router.post('/reports/follow-ups', reportFollowUps);
  return router;
}
