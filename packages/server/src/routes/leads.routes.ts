import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import type { Knex } from 'knex';
import type { AppContext } from '../app-context';
import { NotFoundError } from '../http/errors';
import { idempotentRequest, sendAnswer } from '../http/idempotency';
import { ifMatch, sendRecord } from '../http/preconditions';
import type { Handler } from '../http/typed-handler';
import { type LeadRow, toLeadColumns, toLeadResponse } from '../mappers/lead.mapper';
import { toPageResponse } from '../mappers/page.mapper';
import * as repository from '../repositories/leads.repository';
import { createOnce } from '../services/idempotency.service';
import { writeLead } from '../services/leads.service';

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
    sendRecord(req, res, toLeadResponse(await findOr404(res.locals.businessId, req.params.id)));
  };

  const updateLead: Handler<'updateLead'> = async (req, res) => {
    const { businessId } = res.locals;
    const { id } = req.params;
    const updated = await writeLead(db, businessId, id, ifMatch(req, 'Lead', id, toLeadResponse), async (from) => {
      if (!(await repository.updateLead(from, businessId, id, toLeadColumns(req.body)))) throw new NotFoundError('Lead', id);
      return findOr404(businessId, id, from);
    });
    res.json(toLeadResponse(updated));
  };

  const deleteLead: Handler<'deleteLead'> = async (req, res) => {
    const { businessId } = res.locals;
    const { id } = req.params;
    await writeLead(db, businessId, id, ifMatch(req, 'Lead', id, toLeadResponse), async (from) => {
      if (!(await repository.deleteLead(from, businessId, id))) throw new NotFoundError('Lead', id);
    });
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
