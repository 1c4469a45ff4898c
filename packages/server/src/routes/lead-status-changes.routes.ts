import type { LeadStatusChangeResponse } from '@dispositions/api-types';
import { Router } from 'express';
import type { AppContext } from '../app-context';
import { csvText, streamCsv } from '../http/csv';
import { idempotentRequest, sendAnswer } from '../http/idempotency';
import { ifMatch, sendRecord } from '../http/preconditions';
import type { Handler } from '../http/typed-handler';
import { leadStatusChangeExportColumns, toLeadStatusChangeExportRow, toLeadStatusChangeResponse } from '../mappers/lead-status-change.mapper';
import { toPageResponse } from '../mappers/page.mapper';
import { createOnce } from '../services/idempotency.service';
import * as changes from '../services/recorded-changes.service';
import { callerOf, inVocabulary, type Vocabulary } from './vocabulary';

/** Leadping's lead-status generation (SDK 1.0.30 and later): the dispositions under other names. */
export const leadStatusChangesVocabulary: Vocabulary<LeadStatusChangeResponse> = {
  what: 'Lead status change',
  plural: 'status changes',
  queryPath: 'POST /lead-status-changes/all/my',
  exportFileName: (leadId) => `lead-status-history-${leadId}.csv`,
  toResponse: toLeadStatusChangeResponse,
};

/** A new change's `type` when the client sends none, as SDK 1.0.46 and later may not. */
export const defaultStatusChangeType = 'StatusChange';

export function leadStatusChangesRouter({ db, tokenSecret }: AppContext): Router {
  const router = Router();
  const { what, toResponse } = leadStatusChangesVocabulary;

  const recordLeadStatusChange: Handler<'recordLeadStatusChange'> = async (req, res) => {
    // The lead in the path is part of the request an Idempotency-Key covers.
    const request = { type: defaultStatusChangeType, ...req.body, leadId: req.params.id };
    const answer = await createOnce(db, idempotentRequest(req, res, 'recordLeadStatusChange', request), async (trx) => ({
      status: 201,
      body: toResponse(await changes.recordChange(trx, callerOf(res.locals), request)),
    }));
    sendAnswer(res, answer);
  };

  const getLeadStatusChange: Handler<'getLeadStatusChange'> = async (req, res) => {
    sendRecord(req, res, toResponse(await changes.findRecordedChange(db, res.locals.businessId, req.params.id)));
  };

  const updateLeadStatusChange: Handler<'updateLeadStatusChange'> = async (req, res) => {
    const { id } = req.params;
    res.json(toResponse(await changes.updateRecordedChange(db, res.locals.businessId, id, req.body, ifMatch(req, what, id, toResponse))));
  };

  const deleteLeadStatusChange: Handler<'deleteLeadStatusChange'> = async (req, res) => {
    const { id } = req.params;
    await changes.deleteRecordedChange(db, res.locals.businessId, id, ifMatch(req, what, id, toResponse));
    res.status(204).end();
  };

  const listLeadStatusHistory: Handler<'listLeadStatusHistory'> = async (req, res) => {
    res.json((await changes.leadHistoryForJson(db, res.locals.businessId, req.params.id, 'history')).map(toResponse));
  };

  const exportLeadStatusHistory: Handler<'exportLeadStatusHistory'> = async (req, res) => {
    const leadId = req.params.id;
    const fileName = leadStatusChangesVocabulary.exportFileName(leadId);
    if (req.accepts(['application/json', 'text/csv']) === 'text/csv') {
      const rows = await changes.leadHistoryForCsv(db, res.locals.businessId, leadId);
      return streamCsv(res, fileName, leadStatusChangeExportColumns, rows, toLeadStatusChangeExportRow);
    }
    const rows = (await changes.leadHistoryForJson(db, res.locals.businessId, leadId, 'json-export')).map(toLeadStatusChangeExportRow);
    res.json({ fileName, contentType: 'text/csv', csv: csvText(rows, leadStatusChangeExportColumns), rows });
  };

  const queryLeadStatusChanges: Handler<'queryLeadStatusChanges'> = async (req, res) => {
    res.json(toPageResponse(await changes.queryRecordedChanges(db, res.locals.businessId, req.body, tokenSecret), toResponse));
  };

  router.put('/leads/:id/status', recordLeadStatusChange);
  router.get('/leads/:id/status-history', listLeadStatusHistory);
  router.get('/leads/:id/status-history/export', exportLeadStatusHistory);
  router.post('/lead-status-changes/all/my', queryLeadStatusChanges);
  router.get('/lead-status-changes/:id', getLeadStatusChange);
  router.put('/lead-status-changes/:id', updateLeadStatusChange);
  router.delete('/lead-status-changes/:id', deleteLeadStatusChange);
  router.use(inVocabulary(leadStatusChangesVocabulary));
  return router;
}
