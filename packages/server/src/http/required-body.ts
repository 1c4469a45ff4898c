import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import type { OpenApiRequest } from 'express-openapi-validator/dist/framework/types';
import { InvalidFieldsError } from '../domain/errors';

/** Requests whose body arrived empty (no bytes at all), as the JSON parser's `verify` saw them. */
const emptyBodies = new WeakSet<IncomingMessage>();

/**
 * The JSON parser's `verify` hook: notes a body of zero bytes, which the parser itself
 * turns into `{}` (and a request without any body into `undefined`), so that
 * `requireBody` can tell an empty body from a sent `{}`.
 */
export function noteEmptyBody(req: IncomingMessage, _res: unknown, body: Buffer): void {
  if (body.length === 0) emptyBodies.add(req);
}

/**
 * 400 for an operation whose spec says `requestBody.required` when no body came: the
 * validator checks a missing body as `{}`, so an empty `POST /leads` would create an
 * empty lead and an empty query would run. Mounted after the validator, which has
 * matched the operation by then.
 */
export function requireBody(): RequestHandler {
  return (req, _res, next) => {
    const requestBody = (req as OpenApiRequest).openapi?.schema.requestBody as { required?: boolean } | null | undefined;
    const required = requestBody?.required === true;
    if (required && (req.body === undefined || emptyBodies.has(req))) {
      throw InvalidFieldsError.at('/body', 'is required: send a JSON object', 'required.openapi.validation');
    }
    next();
  };
}
