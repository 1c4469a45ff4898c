import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { problem } from './problem-details';

/** What Node's HTTP parser refused, before Express ever saw a request. */
function statusOf(code: string | undefined): { status: number; detail: string } {
  if (code === 'HPE_HEADER_OVERFLOW') return { status: 431, detail: 'The URL and headers of the request are larger than the 16 KB the server reads.' };
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return { status: 408, detail: 'The request did not arrive in time.' };
  return { status: 400, detail: 'The request is not valid HTTP/1.1.' };
}

/**
 * A request Node refuses to parse (an over-long URL, malformed headers) still gets
 * problem+json, written straight to the socket: there is no request or response object
 * yet, so no request id either. A connection that is already gone, or that is still
 * sending an earlier answer (`_httpMessage`, Node's own check), is just closed.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  const answering = (socket as Duplex & { _httpMessage?: unknown })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || answering) {
    socket.destroy();
    return;
  }
  const { status, detail } = statusOf(error.code);
  const body = JSON.stringify(problem(status, detail, undefined));
  socket.end(
    [
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
      'Content-Type: application/problem+json; charset=utf-8',
      `Content-Length: ${Buffer.byteLength(body)}`,
      'X-Content-Type-Options: nosniff',
      'Connection: close',
      '',
      body,
    ].join('\r\n'),
  );
}
