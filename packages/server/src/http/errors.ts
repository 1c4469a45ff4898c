import type { FieldError } from '../domain/errors';

/** An error of HTTP itself (no key, too many requests, not ready); the error handler turns it into problem+json. */
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

export class UnauthorizedError extends HttpError {
  constructor() {
    super(401, 'A valid API key is required: send `Authorization: Bearer <key>` or `X-Leadping-Api-Key: <key>`.');
  }
}
