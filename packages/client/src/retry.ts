/** How the client retries a request the server could not take right now (503, 429). */
export interface RetryPolicy {
  /** Retries after the first attempt; 0 turns retrying off. Default 2. */
  retries: number;
  /** The first backoff step in milliseconds; each retry doubles it. Default 200. */
  baseDelayMs: number;
  /** No wait is longer than this, even when `Retry-After` asks for more. Default 10 000. */
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { retries: 2, baseDelayMs: 200, maxDelayMs: 10_000 };

const retriedStatuses = new Set([429, 503]);
const idempotentMethods = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/** Safe to send twice: an idempotent method, or a POST the server deduplicates by its key. */
export function isRetryable(request: Request): boolean {
  return idempotentMethods.has(request.method) || (request.method === 'POST' && request.headers.has('idempotency-key'));
}

/** `Retry-After` as milliseconds from `now`: delay-seconds or an HTTP-date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // Every HTTP-date form starts with a day name; anything else is not a date here.
  const date = /^[A-Za-z]/.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The wait before retry number `attempt` (1-based): the server's `Retry-After`, else exponential backoff with full jitter; capped. */
export function retryDelayMs(policy: RetryPolicy, attempt: number, response: Response, random = Math.random): number {
  const asked = retryAfterMs(response.headers.get('retry-after'));
  const delay = asked ?? random() * policy.baseDelayMs * 2 ** (attempt - 1);
  return Math.min(delay, policy.maxDelayMs);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Wraps a `fetch` so retryable requests answered 503 or 429 are sent again after a wait. */
export function fetchWithRetry(fetchOnce: (request: Request) => Promise<Response>, policy: RetryPolicy): (request: Request) => Promise<Response> {
  return async (request) => {
    if (policy.retries <= 0 || !isRetryable(request)) return fetchOnce(request);
    for (let attempt = 1; ; attempt++) {
      const response = await fetchOnce(request.clone());
      if (!retriedStatuses.has(response.status) || attempt > policy.retries) return response;
      await response.body?.cancel();
      await sleep(retryDelayMs(policy, attempt, response));
    }
  };
}
