import createClient, { type Client, type ClientOptions, type Middleware } from 'openapi-fetch';
import type { paths } from '@dispositions/api-types';

export type * from '@dispositions/api-types';

export interface DispositionsClientOptions {
  /** Where the API is served, e.g. `http://localhost:3000`. */
  baseUrl: string;
  /** A business API key from `pnpm keys:create`; sent as `Authorization: Bearer <key>`. */
  apiKey?: string;
  /** A `fetch` to use instead of the global one (tests, proxies, instrumentation). */
  fetch?: ClientOptions['fetch'];
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
}

export type DispositionsClient = Client<paths>;

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
 * RFC 9457 Problem of a 4xx/5xx answer.
 */
export function createDispositionsClient(options: DispositionsClientOptions): DispositionsClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    headers: { Accept: 'application/json', ...options.headers },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  if (options.apiKey) client.use(bearerAuth(options.apiKey));
  return client;
}
