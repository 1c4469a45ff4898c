import type { operations } from '@dispositions/api-types';
import type { Request, Response } from 'express';
import type { IdempotentAnswer, IdempotentRequest } from '../services/idempotency.service';
import type { Locals } from './typed-handler';

export const idempotencyKeyHeader = 'Idempotency-Key';
export const idempotencyReplayedHeader = 'Idempotency-Replayed';

/**
 * The create as the idempotency service sees it: the caller's business, key and request
 * (`body`, unless the request is more than its body), the key's format checked by the validator.
 */
export function idempotentRequest(req: Request, res: { locals: Locals }, operationId: keyof operations, body: unknown = req.body): IdempotentRequest {
  return { businessId: res.locals.businessId, key: req.get(idempotencyKeyHeader), operationId, body };
}

/** Sends a create's answer; a replayed one says so in `Idempotency-Replayed: true`. */
export function sendAnswer<Body>(res: Response<Body, Locals>, answer: IdempotentAnswer<Body>): void {
  if (answer.replayed) res.setHeader(idempotencyReplayedHeader, 'true');
  res.status(answer.status).json(answer.body);
}
