import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import type { Knex } from 'knex';
import type { AppContext } from '../app-context';
import { NotFoundError } from '../http/errors';
import { idempotentRequest, sendAnswer } from '../http/idempotency';
import type { Handler } from '../http/typed-handler';
import { toPageResponse } from '../mappers/page.mapper';
import { toLeadColumns, toLeadResponse, type LeadRow } from '../mappers/lead.mapper';
import * as repository from '../repositories/leads.repository';
import { createOnce } from '../services/idempotency.service';

export function leadsRouter({ db, tokenSecret }: AppContext): Router {
  const router = Router();

  const findOr404 = async (businessId: string, id: string, from: Knex = db): Promise<LeadRow> => {
    const row = await repository.findLead(from, businessId, id);
    if (!row) throw new NotFoundError('Lead', id);
    return row;
  };

  const createLead: Handler<'createLead'> = async (req, res) => {
    const { businessId } = res.locals;
    const answer = await createOnce(db, idempotentRequest(req, res, 'createLead'), async (trx) => {
      const id = randomUUID();
      await repository.insertLead(trx, { business_id: businessId, id, ...toLeadColumns(req.body) });
      return { status: 201, body: toLeadResponse(await findOr404(businessId, id, trx)) };
    });
    sendAnswer(res, answer);
  };

  const getLead: Handler<'getLead'> = async (req, res) => {
    res.json(toLeadResponse(await findOr404(res.locals.businessId, req.params.id)));
  };

  const updateLead: Handler<'updateLead'> = async (req, res) => {
    const updated = await repository.updateLead(db, res.locals.businessId, req.params.id, toLeadColumns(req.body));
    if (!updated) throw new NotFoundError('Lead', req.params.id);
    res.json(toLeadResponse(await findOr404(res.locals.businessId, req.params.id)));
  };

  const deleteLead: Handler<'deleteLead'> = async (req, res) => {
    const deleted = await repository.deleteLead(db, res.locals.businessId, req.params.id);
    if (!deleted) throw new NotFoundError('Lead', req.params.id);
    res.status(204).end();
  };

  const queryLeads: Handler<'queryLeads'> = async (req, res) => {
    const page = await repository.queryLeads(db, res.locals.businessId, req.body, tokenSecret);
    res.json(toPageResponse(page, toLeadResponse));
  };

  router.post('/leads', createLead);
  router.post('/leads/all/my', queryLeads);
  router.get('/leads/:id', getLead);
  router.put('/leads/:id', updateLead);
  router.delete('/leads/:id', deleteLead);
  return router;
}
