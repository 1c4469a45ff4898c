import http from 'node:http';
import https from 'node:https';
import { StringDecoder } from 'node:string_decoder';
import { checkLiteralHost, ForbiddenAddressError, guardedLookup } from './url-policy';

/** How long one attempt may take, from connecting to the last byte of the answer. */
export const defaultWebhookTimeoutMs = 15_000;

/** The most of a receiver's answer kept with an attempt, in UTF-8 bytes. */
export const responseExcerptBytes = 2048;

/** The most of an answer read at all: past it the connection is dropped rather than drained. */
const maxResponseBytes = 64 * 1024;

export interface WebhookRequest {
  url: string;
  /** The exact bytes that were signed. */
  body: string;
  /** The signature headers (and any other); Content-Type and User-Agent are added. */
  headers: Record<string, string>;
  timeoutMs?: number;
  /** Send to private addresses too: development and tests only. */
  allowPrivate?: boolean;
  /** Aborts the attempt (the instance is stopping): it ends with no status and the error `aborted`. */
  signal?: AbortSignal | undefined;
}

export interface WebhookAttemptResult {
  /** The receiver's status, or null when none came (refused, unreachable, timed out before it). */
  statusCode: number | null;
  durationMs: number;
  /** What went wrong, for the delivery log; null when the receiver answered in time. */
  error: string | null;
  /** The start of the answer's body, at most 2 KB of UTF-8, cut at a character's edge. */
  responseExcerpt: string | null;
  /** Retry-After of a 429 or 503 answer, in seconds from now. */
  retryAfterSeconds: number | null;
}

export const webhookUserAgent = 'dispositions-api-webhooks/1.0 (+https://www.standardwebhooks.com)';

// Connections are kept for the next attempt to the same receiver; an idle one does not hold
// the process open (node unrefs pooled sockets). A name is resolved (and checked) per connection.
const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 64, maxFreeSockets: 16, timeout: 60_000 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 64, maxFreeSockets: 16, timeout: 60_000 }),
};

/** Closes the pooled connections (tests, shutdown). */
export function closeWebhookConnections(): void {
  agents['http:'].destroy();
  agents['https:'].destroy();
}

/** The start of `bytes` as text: at most `limit` UTF-8 bytes, never half a character, without NULs (which PostgreSQL's jsonb refuses). */
export function excerptOf(bytes: Buffer, limit = responseExcerptBytes): string {
  let text = new StringDecoder('utf8').write(bytes.subarray(0, limit)).replaceAll('\u0000', '\uFFFD');
  // Invalid bytes decode as U+FFFD, which takes 3 bytes: cut again until it fits.
  while (Buffer.byteLength(text) > limit) text = text.slice(0, -1).replace(/[\uD800-\uDBFF]$/, '');
  return text;
}

/** Retry-After as seconds from now: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | null {
  if (value === undefined) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

/** The error of a failed attempt, said for the delivery log (no payload, no secret). */
function describe(error: unknown): string {
  if (error instanceof ForbiddenAddressError) return error.message;
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}

/**
 * One POST of a webhook: never follows a redirect (a 3xx is an answer like any other, and
 * not a success), never connects to a forbidden address, and takes at most `timeoutMs` from
 * start to the answer's last byte. Never throws: every outcome is a result.
 */
export function sendWebhook(request: WebhookRequest): Promise<WebhookAttemptResult> {
  const started = performance.now();
  const timeoutMs = request.timeoutMs ?? defaultWebhookTimeoutMs;
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise<WebhookAttemptResult>((resolve) => {
    let settled = false;
    let statusCode: number | null = null;
    let retryAfterSeconds: number | null = null;
    const chunks: Buffer[] = [];
    let received = 0;
    let timer: NodeJS.Timeout | undefined;
    let req: http.ClientRequest | undefined;
    let abort: () => void = () => undefined;
    const finish = (error: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', abort);
      const excerpt = statusCode === null ? null : excerptOf(Buffer.concat(chunks));
      resolve({ statusCode, durationMs: elapsed(), error, responseExcerpt: excerpt, retryAfterSeconds });
    };
    let url: URL;
    try {
      url = new URL(request.url);
      if (url.protocol !== 'https:' && !(request.allowPrivate && url.protocol === 'http:')) {
        throw new Error(`${url.protocol.replace(':', '')} URLs are not sent to: webhooks use https`);
      }
      checkLiteralHost(url, { allowPrivate: request.allowPrivate ?? false });
    } catch (error) {
      finish(describe(error));
      return;
    }
    const body = Buffer.from(request.body, 'utf8');
    const send = url.protocol === 'https:' ? https.request : http.request;
    try {
      req = send(url, {
        method: 'POST',
        agent: agents[url.protocol as 'http:' | 'https:'],
        ...(request.allowPrivate ? {} : { lookup: guardedLookup }),
        headers: {
          ...request.headers,
          'content-type': 'application/json',
          'content-length': String(body.length),
          'user-agent': webhookUserAgent,
        },
      });
    } catch (error) {
      finish(describe(error));
      return;
    }
    abort = () => {
      finish('aborted: the instance is stopping');
      req?.destroy();
    };
    if (request.signal?.aborted) {
      abort();
      return;
    }
    request.signal?.addEventListener('abort', abort, { once: true });
    timer = setTimeout(() => {
      const what = statusCode === null ? 'no answer' : 'the answer did not finish';
      finish(`timed out: ${what} within ${timeoutMs} ms`);
      req?.destroy();
    }, timeoutMs);
    req.on('error', (error) => finish(describe(error)));
    req.on('response', (res) => {
      statusCode = res.statusCode ?? null;
      if (statusCode === 429 || statusCode === 503) retryAfterSeconds = parseRetryAfter(res.headers['retry-after']);
      res.on('data', (chunk: Buffer) => {
        if (received < responseExcerptBytes) chunks.push(chunk);
        received += chunk.length;
        if (received > maxResponseBytes) {
          // Enough read to know the answer; the rest is not worth the time or the memory.
          finish(null);
          res.destroy();
        }
      });
      res.on('end', () => finish(null));
      res.on('error', (error) => finish(describe(error)));
      res.on('aborted', () => finish('the answer was cut off'));
    });
    req.end(body);
  });
}
