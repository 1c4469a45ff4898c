import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { CreateDispositionRequest, DispositionQueryOptions, operations, UpdateDispositionRequest } from '@dispositions/api-types';
import { type Options as CsvOptions, stringify } from 'csv-stringify';
import { stringify as stringifySync } from 'csv-stringify/sync';
import type { Request, Response } from 'express';
import type { AppContext } from '../app-context';
import { HttpError, NotFoundError } from '../http/errors';
import { idempotencyKeyHeader } from '../http/idempotency';
import { ifMatch } from '../http/preconditions';
import type { Locals } from '../http/typed-handler';
import { csvCellOptions } from '../mappers/csv-cells';
import type { DispositionRow } from '../mappers/disposition.mapper';
import { toPageResponse } from '../mappers/page.mapper';
import * as repository from '../repositories/dispositions.repository';
import { findLead } from '../repositories/leads.repository';
import * as service from '../services/dispositions.service';
import { createOnce, type IdempotentAnswer } from '../services/idempotency.service';

// What the routes of both vocabularies do, once: dispositions and lead status changes are
// the same rows under other names. A vocabulary says only how it names things.

export const { jsonHistoryLimit } = repository;

/** The most records a CSV export streams, in constant memory; a longer history answers 422. */
export const csvExportLimit = 100_000;

export interface Vocabulary<Item, ExportRow> {
  /** A record's name in problems: `Disposition`, `Lead status change`. */
  what: string;
  /** Records' name in problems: `dispositions`, `status changes`. */
  plural: string;
  /** The query endpoint a problem points to for histories too long for one answer. */
  queryPath: string;
  exportFileName(leadId: string): string;
  toResponse(row: DispositionRow): Item;
  toExportRow(row: DispositionRow): ExportRow;
  exportColumns: readonly string[];
}

type Headers = Pick<Request, 'get' | 'accepts'>;

const callerOf = (locals: Locals): service.Caller => ({ businessId: locals.businessId, userId: locals.userId ?? null });

export function recordedChanges<Item, ExportRow>({ db, tokenSecret }: AppContext, vocabulary: Vocabulary<Item, ExportRow>) {
  const csvOptions: CsvOptions = { header: true, columns: [...vocabulary.exportColumns], record_delimiter: 'windows', ...csvCellOptions };

  /** The lead's history, or 422 `tooLong` when it holds more than one JSON document does. */
  const boundedHistory = async (businessId: string, leadId: string, tooLong: { type: string; detail: string }): Promise<DispositionRow[]> => {
    const [lead, rows] = await Promise.all([findLead(db, businessId, leadId), repository.leadHistoryBeyondLimit(db, businessId, leadId)]);
    if (!lead) throw new NotFoundError('Lead', leadId);
    if (rows.length > jsonHistoryLimit) throw new HttpError(422, tooLong.detail, undefined, tooLong.type);
    return rows;
  };

  const named = (id: string): service.Named => ({ what: vocabulary.what, id });

  return {
    /** Records a change once per `Idempotency-Key` (the request is its body and lead). */
    async create(req: Headers, locals: Locals, operationId: keyof operations, request: CreateDispositionRequest): Promise<IdempotentAnswer<Item>> {
      const once = { businessId: locals.businessId, key: req.get(idempotencyKeyHeader), operationId, body: request };
      return createOnce(db, once, async (trx) => ({
        status: 201,
        body: vocabulary.toResponse(await service.createDisposition(trx, callerOf(locals), request)),
      }));
    },

    async find(locals: Locals, id: string): Promise<Item> {
      const row = await repository.findDisposition(db, locals.businessId, id);
      if (!row) throw new NotFoundError(vocabulary.what, id);
      return vocabulary.toResponse(row);
    },

    async update(req: Headers, locals: Locals, id: string, request: UpdateDispositionRequest): Promise<Item> {
      const precondition = ifMatch(req, vocabulary.what, id, vocabulary.toResponse);
      return vocabulary.toResponse(await service.updateDisposition(db, locals.businessId, named(id), request, precondition));
    },

    async remove(req: Headers, locals: Locals, id: string): Promise<void> {
      await service.deleteDisposition(db, locals.businessId, named(id), ifMatch(req, vocabulary.what, id, vocabulary.toResponse));
    },

    async history(locals: Locals, leadId: string): Promise<Item[]> {
      const rows = await boundedHistory(locals.businessId, leadId, {
        type: '/problems/history-too-large',
        detail: `This lead has more than ${jsonHistoryLimit} ${vocabulary.plural}, the most one answer holds. Page through them with ${vocabulary.queryPath} filtered by leadId, or stream them as CSV from the export.`,
      });
      return rows.map(vocabulary.toResponse);
    },

    /** The export as JSON, or streamed as CSV when `Accept` prefers `text/csv`. */
    async export(req: Headers, res: Response<never, Locals>, leadId: string): Promise<void> {
      const { businessId } = res.locals;
      const fileName = vocabulary.exportFileName(leadId);
      if (req.accepts(['application/json', 'text/csv']) === 'text/csv') {
        const [lead, beyondLimit] = await Promise.all([
          findLead(db, businessId, leadId),
          repository.leadHistory(db, businessId, leadId).offset(csvExportLimit).first('id'),
        ]);
        if (!lead) throw new NotFoundError('Lead', leadId);
        if (beyondLimit) {
          throw new HttpError(
            422,
            `This lead has more than ${csvExportLimit} ${vocabulary.plural}, the most a CSV export streams. Page through them with ${vocabulary.queryPath} filtered by leadId.`,
            undefined,
            '/problems/export-too-large',
          );
        }
        res.status(200).type('text/csv').attachment(fileName);
        // take(): records added since the check above never stretch the export past its limit.
        const rows = Readable.from(repository.leadHistoryInBatches(db, businessId, leadId))
          .take(csvExportLimit)
          .map(vocabulary.toExportRow);
        await pipeline(rows, stringify(csvOptions), res);
        return;
      }
      const rows = (
        await boundedHistory(businessId, leadId, {
          type: '/problems/export-too-large',
          detail: `This lead has more than ${jsonHistoryLimit} ${vocabulary.plural}, the most a JSON export holds. Send \`Accept: text/csv\` to stream them all.`,
        })
      ).map(vocabulary.toExportRow);
      res.json({ fileName, contentType: 'text/csv', csv: stringifySync(rows, csvOptions), rows } as never);
    },

    async query(locals: Locals, options: DispositionQueryOptions) {
      const page = await repository.queryDispositions(db, locals.businessId, options, tokenSecret);
      return toPageResponse(page, vocabulary.toResponse);
    },
  };
}
