import { STATUS_CODES } from 'node:http';
import type { Problem } from '@dispositions/api-types';
import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { isDatabaseUnavailable } from '../db/unavailable';
import { ConflictError, DomainError, type FieldError, InvalidFieldsError, NotFoundError, PreconditionFailedError, UnprocessableError } from '../domain/errors';
import { safeError } from '../observability/log-safety';
import { HttpError } from './errors';
import { reworded, type ValidationContext, validationDetail } from './validation-messages';

const problemTypes: Record<number, string> = {
  400: '/problems/validation-error',
  401: '/problems/unauthorized',
  404: '/problems/not-found',
  405: '/problems/method-not-allowed',
  413: '/problems/payload-too-large',
  415: '/problems/unsupported-media-type',
  429: '/problems/too-many-requests',
  431: '/problems/request-too-large',
  500: '/problems/internal-error',
  503: '/problems/database-unavailable',
};

/** Seconds a client is asked to wait before retrying a 503. */
export const retryAfterSeconds = 1;

/**
 * The most a problem says, so that no request can make its error answer large (a body with
 * 100,000 unknown fields, a 16 KB URL): the spec declares the same bounds.
 */
export const problemLimits = { errors: 50, detail: 4096, instance: 2048, field: 1024 } as const;

/** `text` cut to at most `max` characters (code points), ending in … when cut. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const characters = Array.from(text);
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join('')}…`;
}

export function problem(status: number, detail: string, instance: string | undefined, errors: FieldError[] = [], type?: string): Problem {
  const listed = errors.slice(0, problemLimits.errors).map(({ path, message, errorCode }) => ({
    path: clip(path, problemLimits.field),
    message: clip(message, problemLimits.field),
    ...(errorCode !== undefined ? { errorCode: clip(errorCode, problemLimits.field) } : {}),
  }));
  const summary = errors.length > listed.length ? `${errors.length} problems with the request; errors lists the first ${listed.length}. ${detail}` : detail;
  return {
    type: type ?? problemTypes[status] ?? 'about:blank',
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail: clip(summary, problemLimits.detail),
    ...(instance !== undefined ? { instance: clip(instance, problemLimits.instance) } : {}),
    ...(listed.length > 0 ? { errors: listed } : {}),
  };
}

interface ValidatorError {
  status: number;
  message: string;
  errors?: { path: string; message: string; errorCode?: string }[];
}

interface BodyParserError {
  /** body-parser's kind of failure; unset when zlib failed to decompress the body. */
  type?: string;
  status: number;
  /** The body as text, when it could not be parsed. */
  body?: unknown;
  /** zlib's error code (`Z_DATA_ERROR`, ...), when the body is not compressed as its Content-Encoding says. */
  code?: string;
}

function isValidatorError(error: unknown): error is ValidatorError {
  return error instanceof Error && typeof (error as Partial<ValidatorError>).status === 'number' && Array.isArray((error as Partial<ValidatorError>).errors);
}

function isBodyParserError(error: unknown): error is BodyParserError {
  const { type, status, code } = error as Partial<BodyParserError>;
  return error instanceof Error && typeof status === 'number' && (typeof type === 'string' || (typeof code === 'string' && code.startsWith('Z_')));
}

/** Only objects and arrays get past the strict JSON parser: say so when the body was JSON all the same. */
function parsesAsJson(text: unknown): boolean {
  if (typeof text !== 'string') return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function bodyProblem(error: BodyParserError, instance: string): Problem | undefined {
  const atBody = (message: string, errorCode: string) => [{ path: '/body', message, errorCode }];
  switch (error.type) {
    case 'entity.parse.failed':
      return parsesAsJson(error.body)
        ? problem(400, 'The request body must be a JSON object.', instance, atBody('must be object', 'type.openapi.validation'))
        : problem(400, 'The request body is not valid JSON.', instance, atBody('is not valid JSON', 'invalid.json'));
    case 'entity.too.large':
      return problem(413, 'The request body is larger than the 1 MB limit.', instance);
    case 'charset.unsupported':
      return problem(415, 'Send the request body as JSON in UTF-8, with `Content-Type: application/json`.', instance);
    case 'encoding.unsupported':
      return problem(415, 'The Content-Encoding of the request body is not supported: send it uncompressed, or as gzip, deflate or br.', instance);
    case undefined:
      return problem(400, 'The request body is not compressed as its Content-Encoding says.', instance, atBody('cannot be decompressed', 'invalid.encoding'));
  }
  return error.status < 500 ? problem(error.status, 'The request body could not be read.', instance) : undefined;
}

/** The status and problem type of each kind of domain error: the one place the domain meets HTTP. */
function domainProblem(error: DomainError, instance: string): Problem {
  if (error instanceof InvalidFieldsError) return problem(400, error.message, instance, error.errors);
  if (error instanceof NotFoundError) return problem(404, error.message, instance);
  if (error instanceof ConflictError) return problem(409, error.message, instance, [], error.problemType);
  if (error instanceof PreconditionFailedError) return problem(412, error.message, instance, [], '/problems/precondition-failed');
  if (error instanceof UnprocessableError) return problem(422, error.message, instance, [], error.problemType);
  return problem(422, error.message, instance);
}

/** Maps any error to an RFC 9457 problem; what the client did not cause is logged, never shown. */
export function toProblem(error: unknown, instance: string, context?: ValidationContext): Problem {
  if (error instanceof DomainError) return domainProblem(error, instance);
  if (error instanceof HttpError) return problem(error.status, error.message, instance, error.errors, error.type);
  if (isValidatorError(error) && error.status < 500) {
    if (error.status === 415) return problem(415, 'Send the request body as JSON, with `Content-Type: application/json`.', instance);
    if (error.status !== 400) return problem(error.status, error.message, instance);
    const errors = (error.errors ?? []).map(({ path, message, errorCode }) => reworded({ path, message, ...(errorCode ? { errorCode } : {}) }, context));
    return problem(400, validationDetail(errors), instance, errors);
  }
  const fromBody = isBodyParserError(error) ? bodyProblem(error, instance) : undefined;
  if (fromBody) return fromBody;
  if (isDatabaseUnavailable(error))
    return problem(503, 'The database cannot be reached right now. Retry in a moment; retry a create with the same Idempotency-Key.', instance);
  return problem(500, 'Something went wrong on our side; it has been logged.', instance);
}

/** `spec`: the parsed spec, to name the fields a request may use when it sends an unknown one. */
export function problemDetailsHandler(logger: Logger, spec?: Record<string, unknown>): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    const context = spec && { spec, operation: (req as { openapi?: { schema?: Record<string, unknown> } }).openapi?.schema };
    const body: Problem = { ...toProblem(error, req.originalUrl, context), ...(req.id ? { requestId: String(req.id) } : {}) };
    // The path only (a query string may hold a key, `?api_key=`), and no value the error quotes.
    if (body.status >= 500)
      logger.error({ requestId: req.id, err: safeError(error), method: req.method, path: req.originalUrl.split('?')[0] }, 'request failed');
    if (body.status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
    if (body.status === 503) res.setHeader('Retry-After', String(retryAfterSeconds));
    res.status(body.status).type('application/problem+json').send(JSON.stringify(body));
  };
}
