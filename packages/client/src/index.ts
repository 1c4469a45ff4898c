import type { paths } from '@dispositions/api-types';
import createClient, { type Client, type ClientOptions, type Middleware } from 'openapi-fetch';
import { items, type Page, type PagedPath, type PageQuery, pages } from './pages.js';
import { defaultRetryPolicy, fetchWithRetry, type RetryPolicy } from './retry.js';

export type * from '@dispositions/api-types';
export type { Page, PagedPath, PageQuery } from './pages.js';
export { orThrow, ProblemError } from './problem-error.js';
export { defaultRetryPolicy, isRetryable, type RetryPolicy, retryAfterMs, retryDelayMs } from './retry.js';
export { InvalidWebhookError, type InvalidWebhookReason, verifyWebhook, type WebhookBody, type WebhookHeaders } from './webhooks.js';

export interface DispositionsClientOptions {
  /** Where the API is served, e.g. `http://localhost:3000`. */
  baseUrl: string;
  /**
   * A business API key from `pnpm keys:create`; sent as `Authorization: Bearer <key>`. Without
   * one, every call but the public ones (health, docs, metrics) answers 401, so the client
   * warns once; `null` says the client is for the public endpoints on purpose.
   */
  apiKey?: string | null | undefined;
  /** A `fetch` to use instead of the global one (tests, proxies, instrumentation). */
  fetch?: ClientOptions['fetch'] | undefined;
  /** Extra headers sent with every request. */
  headers?: Record<string, string> | undefined;
  /**
   * Retries of idempotent requests (and POSTs with an `Idempotency-Key`) answered 503 or
   * 429, honouring `Retry-After`. Partial values are merged into the defaults; `false` turns it off.
   */
  retry?: Partial<RetryPolicy> | false | undefined;
}

export interface DispositionsClient extends Client<paths> {
  /** Every page of `POST /dispositions/all/my`, `POST /lead-status-changes/all/my` or `POST /leads/all/my`, following continuation tokens. */
  pages<P extends PagedPath>(path: P, query?: PageQuery<P>): AsyncGenerator<Page<P>, void, undefined>;
  /** Every disposition matching the query, across all pages. */
  allDispositions(query?: PageQuery<'/dispositions/all/my'>): AsyncGenerator<Page<'/dispositions/all/my'>['items'][number], void, undefined>;
  /** Every lead status change matching the query, across all pages: the dispositions in the lead-status vocabulary. */
  allLeadStatusChanges(query?: PageQuery<'/lead-status-changes/all/my'>): AsyncGenerator<Page<'/lead-status-changes/all/my'>['items'][number], void, undefined>;
  /** Every lead matching the query, across all pages. */
  allLeads(query?: PageQuery<'/leads/all/my'>): AsyncGenerator<Page<'/leads/all/my'>['items'][number], void, undefined>;
}

let warnedOfMissingKey = false;

/** Warns once per process: a key left out (often `process.env.KEY` unset) otherwise shows only as 401s. */
function warnOfMissingKey(options: DispositionsClientOptions): void {
  const headers = Object.keys(options.headers ?? {}).map((name) => name.toLowerCase());
  if (options.apiKey === null || options.apiKey || headers.includes('authorization') || headers.includes('x-leadping-api-key')) return;
  if (warnedOfMissingKey) return;
  warnedOfMissingKey = true;
  console.warn(
    '@dispositions/client: no apiKey given, so every call but the public endpoints (health, docs, metrics) will answer 401. ' +
      'Pass createDispositionsClient({ baseUrl, apiKey }), or apiKey: null for the public endpoints alone.',
  );
}

function bearerAuth(apiKey: string): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set('Authorization', `Bearer ${apiKey}`);
      return request;
    },
  };
}

/**
 * Creates a typed client for the Dispositions API. Every call resolves to
 * `{ data, error, response }`: `data` is the typed success body, `error` the typed
 * RFC 9457 Problem of a 4xx/5xx answer (or wrap the call in `orThrow` to get a
 * `ProblemError` thrown instead).
 */
export function createDispositionsClient(options: DispositionsClientOptions): DispositionsClient {
  warnOfMissingKey(options);
  const policy = options.retry === false ? { ...defaultRetryPolicy, retries: 0 } : { ...defaultRetryPolicy, ...options.retry };
  const fetchOnce = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    headers: { Accept: 'application/json', ...options.headers },
    fetch: fetchWithRetry(fetchOnce, policy),
  });
  if (options.apiKey) client.use(bearerAuth(options.apiKey));
  const post = <P extends PagedPath>(path: P, body: PageQuery<P>) =>
    (client.POST as (path: P, init: { body: PageQuery<P> }) => Promise<{ data?: Page<P>; error?: unknown; response: Response }>)(path, { body });
  return Object.assign(client, {
    pages: <P extends PagedPath>(path: P, query: PageQuery<P> = {}) => pages(post, path, query),
    allDispositions: (query: PageQuery<'/dispositions/all/my'> = {}) => items(post, '/dispositions/all/my', query),
    allLeadStatusChanges: (query: PageQuery<'/lead-status-changes/all/my'> = {}) => items(post, '/lead-status-changes/all/my', query),
    allLeads: (query: PageQuery<'/leads/all/my'> = {}) => items(post, '/leads/all/my', query),
  });
}
