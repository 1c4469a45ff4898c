import type { Problem } from '@dispositions/api-types';

export type FieldError = NonNullable<Problem['errors']>[number];

/** An error the client caused; the error handler turns it into problem+json. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: FieldError[],
    /** The problem type, when the status alone does not say what went wrong. */
    readonly type?: string,
    /** What caused it, for the log; never shown to the client. */
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = new.target.name;
  }
}

export class NotFoundError extends HttpError {
  constructor(what: string, id: string) {
    super(404, `${what} ${id} was not found.`);
  }
}

export class ValidationError extends HttpError {
  constructor(errors: FieldError[]) {
    super(400, errors.map((error) => `${error.path} ${error.message}`).join('; '), errors);
  }

  static at(path: string, message: string, errorCode = 'invalid.value'): ValidationError {
    return new ValidationError([{ path, message, errorCode }]);
  }
}

export class UnauthorizedError extends HttpError {
  constructor() {
    super(401, 'A valid API key is required: send `Authorization: Bearer <key>` or `X-Leadping-Api-Key: <key>`.');
  }
}

export class IdempotencyKeyReusedError extends HttpError {
  constructor(key: string) {
    super(
      422,
      `The Idempotency-Key "${key}" was already used with a different request. Send a new key for a new request.`,
      undefined,
      '/problems/idempotency-key-reused',
    );
  }
}

export class PreconditionFailedError extends HttpError {
  constructor(what: string, id: string) {
    super(412, `${what} ${id} has changed since the entity tag in If-Match; nothing was changed.`, undefined, '/problems/precondition-failed');
  }
}

export class ConflictError extends HttpError {
  constructor(message: string, type: string) {
    super(409, message, undefined, type);
  }
}

/** A new change naming an archived lead status, which Leadping describes as unavailable for new assignments. */
export class LeadStatusUnavailableError extends HttpError {
  constructor(name: string) {
    super(422, `The lead status "${name}" is archived, unavailable for new changes.`, undefined, '/problems/lead-status-unavailable');
  }
}
