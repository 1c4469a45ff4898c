import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const requestIdHeader = 'X-Request-Id';

/** What a caller's id may look like: short, and safe to echo in a header and a log line. */
const saneRequestId = /^[A-Za-z0-9._:@+=/-]{1,128}$/;

/** The caller's `X-Request-Id` when it is sane, else a new UUID; echoed in the response. */
export function requestIdFor(req: IncomingMessage, res: ServerResponse): string {
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && saneRequestId.test(incoming) ? incoming : randomUUID();
  res.setHeader(requestIdHeader, id);
  return id;
}
