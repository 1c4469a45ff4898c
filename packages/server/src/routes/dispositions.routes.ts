import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Router } from 'express';
import { stringify, type Options as CsvOptions } from 'csv-stringify';
import { stringify as stringifySync } from 'csv-stringify/sync';
import type { DispositionResponse } from '@dispositions/api-types';
import type { AppContext } from '../app-context';
import { HttpError, NotFoundError } from '../http/errors';
import { idempotentRequest, sendAnswer } from '../http/idempotency';
import { ifMatch, sendRecord } from '../http/preconditions';
import type { Handler } from '../http/typed-handler';
import { csvCellOptions } from '../mappers/csv-cells';
import { toPageResponse } from '../mappers/page.mapper';
import { toDispositionResponse } from '../mappers/disposition.mapper';
import * as repository from '../repositories/dispositions.repository';
import { findLead } from '../repositories/leads.repository';
import * as service from '../services/dispositions.service';
import { createOnce } from '../services/idempotency.service';

const csvColumns: string[] = [
  'id', 'leadId', 'type', 'outcome', 'notes', 'timestamp', 'createdAt', 'updatedAt', 'followUpStatus', 'callbackAt', 'taskDueAt',
  'appointmentStartAt', 'appointmentEndAt', 'appointmentNotes', 'assignedToUserId', 'relatedCallEventId', 'isMissedCallFollowUp', 'sourceId',
] satisfies (keyof DispositionResponse)[];

const csvOptions: CsvOptions = { header: true, columns: csvColumns, record_delimiter: 'windows', ...csvCellOptions };

/**
 * The most dispositions one JSON document holds: the history and the JSON export. A longer
 * history answers 422, so no answer grows without bound; `POST /dispositions/all/my` pages
 * through any number.
 */
export const jsonHistoryLimit = 1_000;

/** The most dispositions a CSV export streams, in constant memory; a longer history answers 422. */
export const csvExportLimit = 100_000;

export function dispositionsRouter({ db, tokenSecret }: AppContext): Router {
  const router = Router();

  /** The lead's history as one JSON document, or 422 `tooLong` when it holds more than the limit. */
  const boundedHistory = async (businessId: string, leadId: string, tooLong: { type: string; detail: string }): Promise<DispositionResponse[]> => {
    const [lead, rows] = await Promise.all([
      findLead(db, businessId, leadId),
      repository.leadHistory(db, businessId, leadId).limit(jsonHistoryLimit + 1),
    ]);
    if (!lead) throw new NotFoundError('Lead', leadId);
    if (rows.length > jsonHistoryLimit) throw new HttpError(422, tooLong.detail, undefined, tooLong.type);
    return rows.map(toDispositionResponse);
  };

  const createDisposition: Handler<'createDisposition'> = async (req, res) => {
    const answer = await createOnce(db, idempotentRequest(req, res, 'createDisposition'), async (trx) => ({
      status: 201,
      body: toDispositionResponse(await service.createDisposition(trx, res.locals.businessId, req.body)),
    }));
    sendAnswer(res, answer);
  };

  const getDisposition: Handler<'getDisposition'> = async (req, res) => {
    const row = await repository.findDisposition(db, res.locals.businessId, req.params.id);
    if (!row) throw new NotFoundError('Disposition', req.params.id);
    sendRecord(req, res, toDispositionResponse(row));
  };

  const updateDisposition: Handler<'updateDisposition'> = async (req, res) => {
    const precondition = ifMatch(req, 'Disposition', req.params.id, toDispositionResponse);
    const row = await service.updateDisposition(db, res.locals.businessId, req.params.id, req.body, precondition);
    res.json(toDispositionResponse(row));
  };

  const deleteDisposition: Handler<'deleteDisposition'> = async (req, res) => {
    await service.deleteDisposition(db, res.locals.businessId, req.params.id, ifMatch(req, 'Disposition', req.params.id, toDispositionResponse));
    res.status(204).end();
  };

  const listLeadDispositions: Handler<'listLeadDispositions'> = async (req, res) => {
    const rows = await boundedHistory(res.locals.businessId, req.params.leadId, {
      type: '/problems/history-too-large',
      detail: `This lead has more than ${jsonHistoryLimit} dispositions, the most one answer holds. Page through them with POST /dispositions/all/my filtered by leadId, or stream them as CSV from the export.`,
    });
    res.json(rows);
  };

  const exportLeadDispositions: Handler<'exportLeadDispositions'> = async (req, res) => {
    const { businessId } = res.locals;
    const { leadId } = req.params;
    const fileName = `dispositions-${leadId}.csv`;
    if (req.accepts(['application/json', 'text/csv']) === 'text/csv') {
      const [lead, beyondLimit] = await Promise.all([
        findLead(db, businessId, leadId),
        repository.leadHistory(db, businessId, leadId).offset(csvExportLimit).first('id'),
      ]);
      if (!lead) throw new NotFoundError('Lead', leadId);
      if (beyondLimit) {
        throw new HttpError(
          422,
          `This lead has more than ${csvExportLimit} dispositions, the most a CSV export streams. Page through them with POST /dispositions/all/my filtered by leadId.`,
          undefined,
          '/problems/export-too-large',
        );
      }
      res.status(200).type('text/csv').attachment(fileName);
      // take(): dispositions recorded since the check above never stretch the export past its limit.
      const rows = Readable.from(repository.leadHistoryInBatches(db, businessId, leadId)).take(csvExportLimit).map(toDispositionResponse);
      await pipeline(rows, stringify(csvOptions), res);
      return;
    }
    const rows = await boundedHistory(businessId, leadId, {
      type: '/problems/export-too-large',
      detail: `This lead has more than ${jsonHistoryLimit} dispositions, the most a JSON export holds. Send \`Accept: text/csv\` to stream them all.`,
    });
    res.json({ fileName, contentType: 'text/csv', csv: stringifySync(rows, csvOptions), rows });
  };

  const queryDispositions: Handler<'queryDispositions'> = async (req, res) => {
    const page = await repository.queryDispositions(db, res.locals.businessId, req.body, tokenSecret);
    res.json(toPageResponse(page, toDispositionResponse));
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
