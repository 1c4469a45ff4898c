import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import type { AppContext } from '../app-context';
import { NotFoundError } from '../http/errors';
import type { Handler } from '../http/typed-handler';
import { toPageResponse } from '../mappers/page.mapper';
import { toLeadColumns, toLeadResponse, type LeadRow } from '../mappers/lead.mapper';
import * as repository from '../repositories/leads.repository';

export function leadsRouter({ db, tokenSecret }: AppContext): Router {
  const router = Router();

  const findOr404 = async (businessId: string, id: string): Promise<LeadRow> => {
    const row = await repository.findLead(db, businessId, id);
    if (!row) throw new NotFoundError('Lead', id);
    return row;
  };

  const createLead: Handler<'createLead'> = async (req, res) => {
    const id = randomUUID();
    await repository.insertLead(db, { business_id: res.locals.businessId, id, ...toLeadColumns(req.body) });
    res.status(201).json(toLeadResponse(await findOr404(res.locals.businessId, id)));
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
