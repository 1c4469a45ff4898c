import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDatabase } from '../../src/db/database';
import { startTracing } from '../../src/observability/tracing';
import { createApiKey } from '../../src/services/api-keys.service';
import { type ChildServer, startSourceServer } from '../support/child-server';
import { databaseKind } from '../support/test-server';

// Traces through the standard SDK to an OTLP/HTTP receiver in this process: the server as its
// own process (the instrumentations wrap modules as they load), spans read off the wire.

interface OtlpSpan {
  traceId: string;
  name: string;
  kind: number;
  attributes: { key: string; value: { stringValue?: string } }[];
}

const attribute = (span: OtlpSpan, key: string) => span.attributes.find((entry) => entry.key === key)?.value.stringValue;

let receiver: Server;
const received: OtlpSpan[] = [];
let server: ChildServer;
let apiKey: string;
let dataDir: string | undefined;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.url === '/v1/traces') {
        const body = JSON.parse(Buffer.concat(chunks).toString()) as { resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[] };
        received.push(...body.resourceSpans.flatMap((resource) => resource.scopeSpans.flatMap((scope) => scope.spans)));
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  const env: NodeJS.ProcessEnv = { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_BSP_SCHEDULE_DELAY: '100' };
  if (process.env.DATABASE_URL) {
    const db = createDatabase({ databaseUrl: process.env.DATABASE_URL, poolMax: 1 });
    ({ apiKey } = await createApiKey(db, `Tracing ${randomUUID()}`));
    await db.destroy();
  } else {
    dataDir = mkdtempSync(path.join(tmpdir(), 'dispositions-tracing-'));
    env.DATA_DIR = dataDir;
  }
  server = await startSourceServer(env);
  if (!process.env.DATABASE_URL) {
    // The embedded first start prints the demo key on stderr.
    const demoKey = () => /^\s+(dsp_\S+)$/m.exec(server.stderr())?.[1];
    for (let waited = 0; !demoKey() && waited < 10_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    apiKey = demoKey()!;
  }
}, 90_000);
afterAll(async () => {
  await server?.stop();
  await new Promise((resolve) => receiver?.close(resolve));
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test('when OTEL_EXPORTER_OTLP_ENDPOINT is set, then a request is traced (HTTP, Express and, on PostgreSQL, pg spans) with its request id on every span', async () => {
  const requestId = `trace-${randomUUID()}`;
  const response = await fetch(`${server.url}/leads`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json', 'x-request-id': requestId },
    body: JSON.stringify({ contact: { firstName: 'Ada' } }),
  });
  expect(response.status).toBe(201);

  const ours = () => received.filter((span) => attribute(span, 'request.id') === requestId);
  const complete = () =>
    ours().some((span) => span.kind === 2) &&
    (databaseKind !== 'postgresql' || ours().some((span) => (attribute(span, 'db.system') ?? attribute(span, 'db.system.name')) === 'postgresql'));
  for (let waited = 0; !complete() && waited < 20_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));

  const spans = ours();
  const serverSpan = spans.find((span) => span.kind === 2);
  expect(serverSpan?.name).toMatch(/^POST/);
  expect(spans.filter((span) => attribute(span, 'express.type') !== undefined).length).toBeGreaterThan(3);
  if (databaseKind === 'postgresql')
    expect(spans.filter((span) => (attribute(span, 'db.system') ?? attribute(span, 'db.system.name')) === 'postgresql').length).toBeGreaterThan(0);
  expect(new Set(spans.map((span) => span.traceId))).toEqual(new Set([serverSpan!.traceId]));
}, 60_000);

test('when OTEL_EXPORTER_OTLP_ENDPOINT is not set, then tracing stays off', () => {
  expect(startTracing({})).toBeUndefined();
});
