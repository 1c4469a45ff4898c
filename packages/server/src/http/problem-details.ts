import { STATUS_CODES } from 'node:http';
import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import type { Problem } from '@dispositions/api-types';
import { HttpError, type FieldError } from './errors';

const problemTypes: Record<number, string> = {
  400: '/problems/validation-error',
  401: '/problems/unauthorized',
  404: '/problems/not-found',
  405: '/problems/method-not-allowed',
  413: '/problems/payload-too-large',
  415: '/problems/unsupported-media-type',
  500: '/problems/internal-error',
};

export function problem(status: number, detail: string, instance: string, errors?: FieldError[], type?: string): Problem {
  return {
    type: type ?? problemTypes[status] ?? 'about:blank',
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    instance,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

interface ValidatorError {
  status: number;
  message: string;
  errors?: { path: string; message: string; errorCode?: string }[];
}

interface BodyParserError {
  type: string;
  status: number;
}

function isValidatorError(error: unknown): error is ValidatorError {
  return error instanceof Error && typeof (error as Partial<ValidatorError>).status === 'number' && Array.isArray((error as Partial<ValidatorError>).errors);
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return error instanceof Error && typeof (error as Partial<BodyParserError>).type === 'string' && typeof (error as Partial<BodyParserError>).status === 'number';
}

/** Maps any error to an RFC 9457 problem; what the client did not cause is logged, never shown. */
export function toProblem(error: unknown, instance: string): Problem {
  if (error instanceof HttpError) return problem(error.status, error.message, instance, error.errors, error.type);
  if (isValidatorError(error) && error.status < 500) {
    if (error.status === 415) return problem(415, 'Send the request body as application/json.', instance);
    if (error.status !== 400) return problem(error.status, error.message, instance);
    const errors = (error.errors ?? []).map(({ path, message, errorCode }) => ({ path, message, ...(errorCode ? { errorCode } : {}) }));
    return problem(400, error.message, instance, errors);
  }
  if (isBodyParserError(error)) {
    if (error.type === 'entity.parse.failed') return problem(400, 'The request body is not valid JSON.', instance);
    if (error.type === 'entity.too.large') return problem(413, 'The request body is larger than the 1 MB limit.', instance);
    if (error.status < 500) return problem(error.status, 'The request body could not be read.', instance);
  }
  return problem(500, 'Something went wrong on our side; it has been logged.', instance);
}

export function problemDetailsHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    const body: Problem = { ...toProblem(error, req.originalUrl), ...(req.id ? { requestId: String(req.id) } : {}) };
    if (body.status >= 500) (req.log ?? logger).error({ err: error, method: req.method, url: req.originalUrl }, 'request failed');
    if (body.status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
    res.status(body.status).type('application/problem+json').send(JSON.stringify(body));
  };
}
