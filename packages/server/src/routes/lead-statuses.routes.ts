import { Router } from 'express';
import type { AppContext } from '../app-context';
import { ifMatch, sendRecord } from '../http/preconditions';
import type { Handler } from '../http/typed-handler';
import { toLeadStatusResponse } from '../mappers/lead-status.mapper';
import * as service from '../services/lead-statuses.service';

// The catalog serves both Leadping generations on the same paths. Leadping's SDK asks for
// `text/plain;q=0.9` on the writes but can only read JSON, so every answer here is JSON
// whatever the Accept.

export function leadStatusesRouter({ db }: AppContext): Router {
  const router = Router();

  const listLeadStatuses: Handler<'listLeadStatuses'> = async (req, res) => {
    const includeArchived = String(req.query.includeArchived) === 'true';
    const rows = await service.listLeadStatuses(db, res.locals.businessId, includeArchived);
    res.json(rows.map(toLeadStatusResponse));
  };

  const createLeadStatus: Handler<'createLeadStatus'> = async (req, res) => {
    res.status(201).json(toLeadStatusResponse(await service.createLeadStatus(db, res.locals.businessId, req.body)));
  };

  const getLeadStatus: Handler<'getLeadStatus'> = async (req, res) => {
    sendRecord(req, res, toLeadStatusResponse(await service.findLeadStatus(db, res.locals.businessId, req.params.id)));
  };

  const updateLeadStatus: Handler<'updateLeadStatus'> = async (req, res) => {
    const { id } = req.params;
    const row = await service.updateLeadStatus(db, res.locals.businessId, id, req.body, ifMatch(req, 'Lead status', id, toLeadStatusResponse));
    res.json(toLeadStatusResponse(row));
  };

  const archiveLeadStatus: Handler<'archiveLeadStatus'> = async (req, res) => {
    const { id } = req.params;
    await service.archiveLeadStatus(db, res.locals.businessId, id, ifMatch(req, 'Lead status', id, toLeadStatusResponse));
    res.json(true);
  };

  router.get('/lead-statuses', listLeadStatuses);
  router.post('/lead-statuses', createLeadStatus);
  router.get('/lead-statuses/:id', getLeadStatus);
  router.put('/lead-statuses/:id', updateLeadStatus);
  router.delete('/lead-statuses/:id', archiveLeadStatus);
  return router;
}
