import type { Problem } from '@dispositions/api-types';

/** An RFC 9457 problem answer, thrown by the helpers that return data or throw. */
export class ProblemError extends Error {
  override readonly name = 'ProblemError';

  constructor(
    /** The problem+json body as the server sent it. */
    readonly problem: Problem,
    /** The HTTP response it came with. */
    readonly response: Response,
  ) {
    super(`${problem.status} ${problem.title}${problem.detail ? `: ${problem.detail}` : ''}`);
  }

  get status(): number {
    return this.problem.status;
  }

  get type(): string {
    return this.problem.type;
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
