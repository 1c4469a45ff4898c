import type { ErrorRequestHandler } from 'express';
import { type HistoryAnswer, HistoryTooLongError, NotFoundError, UnprocessableError } from '../domain/errors';
import type { Locals } from '../http/typed-handler';
import type { DispositionRow } from '../repositories/tables';
import { type Caller, recordNoun } from '../services/recorded-changes.service';

// How each of Leadping's two generations names the same recorded changes: the route files of
// both are thin maps from their paths onto services/recorded-changes.service.ts, and this is
// all they differ in besides the mapper.

export interface Vocabulary<Item> {
  /** A record's name in problems: `Disposition`, `Lead status change`. */
  what: string;
  /** Records' name in problems: `dispositions`, `status changes`. */
  plural: string;
  /** The query endpoint a problem points to for histories too long for one answer. */
  queryPath: string;
  exportFileName(leadId: string): string;
  toResponse(row: DispositionRow): Item;
}

function historyDetail({ plural, queryPath }: Vocabulary<unknown>, answer: HistoryAnswer, limit: number): string {
  switch (answer) {
    case 'history':
      return `This lead has more than ${limit} ${plural}, the most one answer holds. Page through them with ${queryPath} filtered by leadId, or stream them as CSV from the export.`;
    case 'json-export':
      return `This lead has more than ${limit} ${plural}, the most a JSON export holds. Send \`Accept: text/csv\` to stream them all.`;
    case 'csv-export':
      return `This lead has more than ${limit} ${plural}, the most a CSV export streams. Page through them with ${queryPath} filtered by leadId.`;
  }
}

/** The last handler of a vocabulary's router: the service's problems about records, in the vocabulary's words. */
export function inVocabulary(vocabulary: Vocabulary<unknown>): ErrorRequestHandler {
  return (error, _req, _res, next) => {
    if (error instanceof NotFoundError && error.what === recordNoun) return next(new NotFoundError(vocabulary.what, error.id));
    if (error instanceof HistoryTooLongError) return next(new UnprocessableError(historyDetail(vocabulary, error.answer, error.limit), error.problemType));
    next(error);
  };
}

/** Who records a change: the caller's business, and the user its key was issued to. */
export const callerOf = (locals: Locals): Caller => ({ businessId: locals.businessId, userId: locals.userId ?? null });
