import type { DispositionExportRow, DispositionResponse } from '@dispositions/api-types';
import { Router } from 'express';
import type { AppContext } from '../app-context';
import { sendAnswer } from '../http/idempotency';
import { sendRecord } from '../http/preconditions';
import type { Handler } from '../http/typed-handler';
import { dispositionExportColumns, toDispositionExportRow, toDispositionResponse } from '../mappers/disposition.mapper';
import { recordedChanges, type Vocabulary } from './recorded-changes';

/** Leadping's dispositions generation (SDK 1.0.29 and earlier). */
export const dispositionsVocabulary: Vocabulary<DispositionResponse, DispositionExportRow> = {
  what: 'Disposition',
  plural: 'dispositions',
  queryPath: 'POST /dispositions/all/my',
  exportFileName: (leadId) => `dispositions-${leadId}.csv`,
  toResponse: toDispositionResponse,
  toExportRow: toDispositionExportRow,
  exportColumns: dispositionExportColumns,
};

export function dispositionsRouter(context: AppContext): Router {
  const router = Router();
  const changes = recordedChanges(context, dispositionsVocabulary);

  const createDisposition: Handler<'createDisposition'> = async (req, res) => {
    sendAnswer(res, await changes.create(req, res.locals, 'createDisposition', req.body));
  };

  const getDisposition: Handler<'getDisposition'> = async (req, res) => {
    sendRecord(req, res, await changes.find(res.locals, req.params.id));
  };

  const updateDisposition: Handler<'updateDisposition'> = async (req, res) => {
    res.json(await changes.update(req, res.locals, req.params.id, req.body));
  };

  const deleteDisposition: Handler<'deleteDisposition'> = async (req, res) => {
    await changes.remove(req, res.locals, req.params.id);
    res.status(204).end();
  };

  const listLeadDispositions: Handler<'listLeadDispositions'> = async (req, res) => {
    res.json(await changes.history(res.locals, req.params.leadId));
  };

  const exportLeadDispositions: Handler<'exportLeadDispositions'> = async (req, res) => {
    await changes.export(req, res, req.params.leadId);
  };

  const queryDispositions: Handler<'queryDispositions'> = async (req, res) => {
    res.json(await changes.query(res.locals, req.body));
  };

  router.post('/dispositions', createDisposition);
  router.post('/dispositions/all/my', queryDispositions);
  router.get('/dispositions/lead/:leadId', listLeadDispositions);
  router.get('/dispositions/lead/:leadId/export', exportLeadDispositions);
  router.get('/dispositions/:id', getDisposition);
  router.put('/dispositions/:id', updateDisposition);
  router.delete('/dispositions/:id', deleteDisposition);
  return router;
}
