import type { LeadStatusChangeExportRow, LeadStatusChangeResponse } from '@dispositions/api-types';
import { Router } from 'express';
import type { AppContext } from '../app-context';
import { sendAnswer } from '../http/idempotency';
import { sendRecord } from '../http/preconditions';
import type { Handler } from '../http/typed-handler';
import { leadStatusChangeExportColumns, toLeadStatusChangeExportRow, toLeadStatusChangeResponse } from '../mappers/lead-status-change.mapper';
import { recordedChanges, type Vocabulary } from './recorded-changes';

/** Leadping's lead-status generation (SDK 1.0.30 and later): the dispositions under other names. */
export const leadStatusChangesVocabulary: Vocabulary<LeadStatusChangeResponse, LeadStatusChangeExportRow> = {
  what: 'Lead status change',
  plural: 'status changes',
  queryPath: 'POST /lead-status-changes/all/my',
  exportFileName: (leadId) => `lead-status-history-${leadId}.csv`,
  toResponse: toLeadStatusChangeResponse,
  toExportRow: toLeadStatusChangeExportRow,
  exportColumns: leadStatusChangeExportColumns,
};

/** A new change's `type` when the client sends none, as SDK 1.0.46 and later may not. */
export const defaultStatusChangeType = 'StatusChange';

export function leadStatusChangesRouter(context: AppContext): Router {
  const router = Router();
  const changes = recordedChanges(context, leadStatusChangesVocabulary);

  const recordLeadStatusChange: Handler<'recordLeadStatusChange'> = async (req, res) => {
    const request = { type: defaultStatusChangeType, ...req.body, leadId: req.params.id };
    sendAnswer(res, await changes.create(req, res.locals, 'recordLeadStatusChange', request));
  };

  const getLeadStatusChange: Handler<'getLeadStatusChange'> = async (req, res) => {
    sendRecord(req, res, await changes.find(res.locals, req.params.id));
  };

  const updateLeadStatusChange: Handler<'updateLeadStatusChange'> = async (req, res) => {
    res.json(await changes.update(req, res.locals, req.params.id, req.body));
  };

  const deleteLeadStatusChange: Handler<'deleteLeadStatusChange'> = async (req, res) => {
    await changes.remove(req, res.locals, req.params.id);
    res.status(204).end();
  };

  const listLeadStatusHistory: Handler<'listLeadStatusHistory'> = async (req, res) => {
    res.json(await changes.history(res.locals, req.params.id));
  };

  const exportLeadStatusHistory: Handler<'exportLeadStatusHistory'> = async (req, res) => {
    await changes.export(req, res, req.params.id);
  };

  const queryLeadStatusChanges: Handler<'queryLeadStatusChanges'> = async (req, res) => {
    res.json(await changes.query(res.locals, req.body));
  };

  router.put('/leads/:id/status', recordLeadStatusChange);
  router.get('/leads/:id/status-history', listLeadStatusHistory);
  router.get('/leads/:id/status-history/export', exportLeadStatusHistory);
  router.post('/lead-status-changes/all/my', queryLeadStatusChanges);
  router.get('/lead-status-changes/:id', getLeadStatusChange);
  router.put('/lead-status-changes/:id', updateLeadStatusChange);
  router.delete('/lead-status-changes/:id', deleteLeadStatusChange);
  return router;
}
