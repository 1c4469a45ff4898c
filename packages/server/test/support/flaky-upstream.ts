import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FlakyUpstream {
  url: string;
  /** Every request that reached the proxy, with when it arrived. */
  requests: { method: string; url: string; at: number; idempotencyKey: string | undefined }[];
  close(): Promise<void>;
}

export interface FlakyAnswer {
  status: 503 | 429;
  retryAfter?: string;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * A stand-in for a load balancer in front of the real server: answers the first requests
 * with the given failures (503 or 429, with `Retry-After` when set), then passes every
 * request on to `target` unchanged.
 */
export async function startFlakyUpstream(target: string, failures: FlakyAnswer[]): Promise<FlakyUpstream> {
  const requests: FlakyUpstream['requests'] = [];
  const pending = [...failures];
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const idempotencyKey = req.headers['idempotency-key'];
    requests.push({
      method: req.method ?? '',
      url: req.url ?? '',
      at: performance.now(),
      idempotencyKey: typeof idempotencyKey === 'string' ? idempotencyKey : undefined,
    });
    const failure = pending.shift();
    if (failure) {
      res.writeHead(failure.status, { 'Content-Type': 'application/problem+json', ...(failure.retryAfter ? { 'Retry-After': failure.retryAfter } : {}) });
      res.end(JSON.stringify({ type: 'about:blank', title: failure.status === 503 ? 'Service Unavailable' : 'Too Many Requests', status: failure.status }));
      return;
    }
    const headers = Object.entries(req.headers).flatMap(([name, value]) =>
      typeof value === 'string' && name !== 'host' && name !== 'content-length' ? [[name, value] as [string, string]] : [],
    );
    const answer = await fetch(`${target}${req.url ?? '/'}`, {
      method: req.method ?? 'GET',
      headers,
      ...(body.length > 0 ? { body: new Uint8Array(body) } : {}),
    });
    res.writeHead(
      answer.status,
      Object.fromEntries([...answer.headers].filter(([name]) => !['content-length', 'transfer-encoding', 'content-encoding'].includes(name))),
    );
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
