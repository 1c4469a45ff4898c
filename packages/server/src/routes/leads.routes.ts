import { Router } from 'express';
import type { AppContext } from '../app-context';
import { idempotentRequest, sendAnswer } from '../http/idempotency';
import { ifMatch, sendRecord } from '../http/preconditions';
import type { Handler } from '../http/typed-handler';
import { toLeadResponse } from '../mappers/lead.mapper';
import { toPageResponse } from '../mappers/page.mapper';
import { createOnce } from '../services/idempotency.service';
import * as leads from '../services/leads.service';

export function leadsRouter({ db, tokenSecret }: AppContext): Router {
  const router = Router();

  const createLead: Handler<'createLead'> = async (req, res) => {
    const answer = await createOnce(db, idempotentRequest(req, res, 'createLead'), async (trx) => ({
      status: 201,
      body: toLeadResponse(await leads.createLead(trx, res.locals.businessId, req.body)),
    }));
    sendAnswer(res, answer);
  };

  const getLead: Handler<'getLead'> = async (req, res) => {
    sendRecord(req, res, toLeadResponse(await leads.findLead(db, res.locals.businessId, req.params.id)));
  };

  const updateLead: Handler<'updateLead'> = async (req, res) => {
    const { id } = req.params;
    res.json(toLeadResponse(await leads.updateLead(db, res.locals.businessId, id, req.body, ifMatch(req, 'Lead', id, toLeadResponse))));
  };

  const deleteLead: Handler<'deleteLead'> = async (req, res) => {
    const { id } = req.params;
    await leads.deleteLead(db, res.locals.businessId, id, ifMatch(req, 'Lead', id, toLeadResponse));
    res.status(204).end();
  };

  const queryLeads: Handler<'queryLeads'> = async (req, res) => {
    res.json(toPageResponse(await leads.queryLeads(db, res.locals.businessId, req.body, tokenSecret), toLeadResponse));
  };

  router.post('/leads', createLead);
  router.post('/leads/all/my', queryLeads);
  router.get('/leads/:id', getLead);
  router.put('/leads/:id', updateLead);
  router.delete('/leads/:id', deleteLead);
  return router;
}
