import type { DispositionResponse } from '@dispositions/api-types';
import { Router } from 'express';
import type { AppContext } from '../app-context';
import { csvText, streamCsv } from '../http/csv';
import { idempotentRequest, sendAnswer } from '../http/idempotency';
import { ifMatch, sendRecord } from '../http/preconditions';
import type { Handler } from '../http/typed-handler';
import { dispositionExportColumns, toDispositionExportRow, toDispositionResponse } from '../mappers/disposition.mapper';
import { toPageResponse } from '../mappers/page.mapper';
import { createOnce } from '../services/idempotency.service';
import * as changes from '../services/recorded-changes.service';
import { callerOf, inVocabulary, type Vocabulary } from './vocabulary';

/** Leadping's dispositions generation (SDK 1.0.29 and earlier). */
export const dispositionsVocabulary: Vocabulary<DispositionResponse> = {
  what: 'Disposition',
  plural: 'dispositions',
  queryPath: 'POST /dispositions/all/my',
  exportFileName: (leadId) => `dispositions-${leadId}.csv`,
  toResponse: toDispositionResponse,
};

export function dispositionsRouter({ db, tokenSecret }: AppContext): Router {
  const router = Router();
  const { what, toResponse } = dispositionsVocabulary;

  const createDisposition: Handler<'createDisposition'> = async (req, res) => {
    const answer = await createOnce(db, idempotentRequest(req, res, 'createDisposition'), async (trx) => ({
      status: 201,
      body: toResponse(await changes.recordChange(trx, callerOf(res.locals), req.body)),
    }));
    sendAnswer(res, answer);
  };

  const getDisposition: Handler<'getDisposition'> = async (req, res) => {
    sendRecord(req, res, toResponse(await changes.findRecordedChange(db, res.locals.businessId, req.params.id)));
  };

  const updateDisposition: Handler<'updateDisposition'> = async (req, res) => {
    const { id } = req.params;
    res.json(toResponse(await changes.updateRecordedChange(db, res.locals.businessId, id, req.body, ifMatch(req, what, id, toResponse))));
  };

  const deleteDisposition: Handler<'deleteDisposition'> = async (req, res) => {
    const { id } = req.params;
    await changes.deleteRecordedChange(db, res.locals.businessId, id, ifMatch(req, what, id, toResponse));
    res.status(204).end();
  };

  const listLeadDispositions: Handler<'listLeadDispositions'> = async (req, res) => {
    res.json((await changes.leadHistoryForJson(db, res.locals.businessId, req.params.leadId, 'history')).map(toResponse));
  };

  const exportLeadDispositions: Handler<'exportLeadDispositions'> = async (req, res) => {
    const { leadId } = req.params;
    const fileName = dispositionsVocabulary.exportFileName(leadId);
    if (req.accepts(['application/json', 'text/csv']) === 'text/csv') {
      const rows = await changes.leadHistoryForCsv(db, res.locals.businessId, leadId);
      return streamCsv(res, fileName, dispositionExportColumns, rows, toDispositionExportRow);
    }
    const rows = (await changes.leadHistoryForJson(db, res.locals.businessId, leadId, 'json-export')).map(toDispositionExportRow);
    res.json({ fileName, contentType: 'text/csv', csv: csvText(rows, dispositionExportColumns), rows });
  };

  const queryDispositions: Handler<'queryDispositions'> = async (req, res) => {
    res.json(toPageResponse(await changes.queryRecordedChanges(db, res.locals.businessId, req.body, tokenSecret), toResponse));
  };

  router.post('/dispositions', createDisposition);
  router.post('/dispositions/all/my', queryDispositions);
  router.get('/dispositions/lead/:leadId', listLeadDispositions);
  router.get('/dispositions/lead/:leadId/export', exportLeadDispositions);
  router.get('/dispositions/:id', getDisposition);
  router.put('/dispositions/:id', updateDisposition);
  router.delete('/dispositions/:id', deleteDisposition);
  router.use(inVocabulary(dispositionsVocabulary));
  return router;
}
