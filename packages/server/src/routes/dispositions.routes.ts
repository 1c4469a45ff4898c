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

const csvOptions: CsvOptions = { header: true, columns: csvColumns, record_delimiter: 'windows', cast: { boolean: (value) => String(value) } };

/** The most dispositions a JSON export holds; `text/csv` streams any number. */
export const jsonExportLimit = 10_000;

export function dispositionsRouter({ db, tokenSecret }: AppContext): Router {
  const router = Router();

  const history = async (businessId: string, leadId: string): Promise<DispositionResponse[]> => {
    const [lead, rows] = await Promise.all([findLead(db, businessId, leadId), repository.leadHistory(db, businessId, leadId)]);
    if (!lead) throw new NotFoundError('Lead', leadId);
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
    res.json(await history(res.locals.businessId, req.params.leadId));
  };

  const exportLeadDispositions: Handler<'exportLeadDispositions'> = async (req, res) => {
    const { businessId } = res.locals;
    const { leadId } = req.params;
    if (!(await findLead(db, businessId, leadId))) throw new NotFoundError('Lead', leadId);
    const fileName = `dispositions-${leadId}.csv`;
    if (req.accepts(['application/json', 'text/csv']) === 'text/csv') {
      res.status(200).type('text/csv').attachment(fileName);
      const rows = Readable.from(repository.leadHistoryInBatches(db, businessId, leadId)).map(toDispositionResponse);
      await pipeline(rows, stringify(csvOptions), res);
      return;
    }
    const found = await repository.leadHistory(db, businessId, leadId).limit(jsonExportLimit + 1);
    if (found.length > jsonExportLimit) {
      throw new HttpError(
        422,
        `This lead has more than ${jsonExportLimit} dispositions, the most a JSON export holds. Send \`Accept: text/csv\` to stream them all.`,
        undefined,
        '/problems/export-too-large',
      );
    }
    const rows = found.map(toDispositionResponse);
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
