import type { Problem } from '@dispositions/api-types';

/** Where Node's `util.inspect` (and so `console.log` and an uncaught error's report) looks for an object's own rendering; no import, so browsers load this file too. */
const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

/** An RFC 9457 problem answer, thrown by the helpers that return data or throw. */
export class ProblemError extends Error {
  override readonly name = 'ProblemError';
  /** The HTTP response it came with (not enumerable, so printing the error never dumps it). */
  declare readonly response: Response;

  constructor(
    /** The problem+json body as the server sent it. */
    readonly problem: Problem,
    response: Response,
  ) {
    super(`${problem.status} ${problem.title}${problem.detail ? `: ${problem.detail}` : ''}`);
    Object.defineProperty(this, 'response', { value: response, enumerable: false });
  }

  get status(): number {
    return this.problem.status;
  }

  get type(): string {
    return this.problem.type;
  }

  /** The id the server logged the request under, to quote when reporting a problem. */
  get requestId(): string | undefined {
    return this.problem.requestId;
  }

  /**
   * A few lines: status, title and detail, then one line per bad field and the request id.
   * `ProblemError: 400 Bad Request: …` / `  /body/callBackAt: unknown field …` / `  requestId: …`
   */
  override toString(): string {
    const fields = (this.problem.errors ?? []).map(({ path, message }) => `  ${path}: ${message}`);
    const requestId = this.requestId ? [`  requestId: ${this.requestId}`] : [];
    return [`${this.name}: ${this.message}`, ...fields, ...requestId].join('\n');
  }

  /** What Node prints for it (an uncaught error, `console.log`): the short form and where it was thrown, not the whole Response. */
  [inspectCustom](): string {
    const frames = (this.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
    return [this.toString(), ...frames].join('\n');
  }
}

/** Any call's result as openapi-fetch resolves it. */
export interface FetchResult<Data> {
  data?: Data;
  error?: unknown;
  response: Response;
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && typeof (value as Problem).status === 'number' && typeof (value as Problem).title === 'string';
}

/**
 * The typed data of a successful call, or a thrown `ProblemError` for a problem answer:
 * `const lead = await orThrow(api.GET('/leads/{id}', ...))`.
 */
export async function orThrow<Data>(call: Promise<FetchResult<Data>> | FetchResult<Data>): Promise<Data> {
  const { data, error, response } = await call;
  if (response.ok) return data as Data;
  const problem = isProblem(error)
    ? error
    : { type: 'about:blank', title: response.statusText || 'Error', status: response.status, detail: typeof error === 'string' ? error : undefined };
  throw new ProblemError(problem as Problem, response);
}
