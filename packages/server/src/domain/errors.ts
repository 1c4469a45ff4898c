import type { Problem } from '@dispositions/api-types';

// What goes wrong in the domain, said without HTTP: services, repositories, query/ and jobs
// throw these, and only http/problem-details.ts turns them into statuses and problem+json.
// A problem type names the kind of failure when the class alone does not.

export type FieldError = NonNullable<Problem['errors']>[number];

/** A rule of the domain the request broke; the message is for the caller. */
export abstract class DomainError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The record does not exist, or belongs to another business (which is the same to the caller). */
export class NotFoundError extends DomainError {
  constructor(
    /** The record's kind as the caller's vocabulary names it: `Lead`, `Disposition`, `Lead status change`. */
    readonly what: string,
    readonly id: string,
  ) {
    super(`${what} ${id} was not found.`);
  }
}

/** Fields of the request that are wrong, each with its path (`/body/...`) and why. */
export class InvalidFieldsError extends DomainError {
  constructor(readonly errors: FieldError[]) {
    super(errors.map((error) => `${error.path} ${error.message}`).join('; '));
  }

  static at(path: string, message: string, errorCode = 'invalid.value'): InvalidFieldsError {
    return new InvalidFieldsError([{ path, message, errorCode }]);
  }
}

/** The request cannot be done as the data stands now (a name taken by another record). */
export class ConflictError extends DomainError {
  constructor(
    message: string,
    readonly problemType: string,
  ) {
    super(message);
  }
}

/** The request is well formed but cannot be carried out (a catalog full, an answer too long). */
export class UnprocessableError extends DomainError {
  constructor(
    message: string,
    readonly problemType: string,
  ) {
    super(message);
  }
}

/** The record changed since the version the caller based its write on; nothing was written. */
export class PreconditionFailedError extends DomainError {
  constructor(what: string, id: string) {
    super(`${what} ${id} has changed since the entity tag in If-Match; nothing was changed.`);
  }
}

export class IdempotencyKeyReusedError extends UnprocessableError {
  constructor(key: string) {
    super(`The Idempotency-Key "${key}" was already used with a different request. Send a new key for a new request.`, '/problems/idempotency-key-reused');
  }
}

/** A new change naming an archived lead status, which Leadping describes as unavailable for new assignments. */
export class LeadStatusUnavailableError extends UnprocessableError {
  constructor(name: string) {
    super(`The lead status "${name}" is archived, unavailable for new changes.`, '/problems/lead-status-unavailable');
  }
}

/** Which answer a lead's history was too long for. */
export type HistoryAnswer = 'history' | 'json-export' | 'csv-export';

/** A lead's history longer than one answer of the kind asked for holds; the records can be paged through instead. */
export class HistoryTooLongError extends UnprocessableError {
  constructor(
    readonly answer: HistoryAnswer,
    readonly limit: number,
  ) {
    super(
      `This lead has more than ${limit} records, the most one answer holds.`,
      answer === 'history' ? '/problems/history-too-large' : '/problems/export-too-large',
    );
  }
}
