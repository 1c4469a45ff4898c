import { once } from 'node:events';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import type { Dataset } from './dataset';

// The delivery run (issue 19): while writers record dispositions through the server, its
// webhook dispatcher carries each `disposition.created` event from the outbox to a receiver
// on loopback, which checks every signature. Measured: events a second reaching the receiver,
// and the lag from the write's answer (its commit) to the event's arrival.

export interface Deliveries {
  written: number;
  delivered: number;
  eventsPerSecond: number;
  lagP50Ms: number;
  lagP99Ms: number;
}

/** How many writers run at once: a team's steady stream of outcomes, not a saturating load. */
const writers = 8;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Runs writers against the server for `seconds` with a webhook endpoint at a local receiver, and waits for every event (at most a minute). */
export async function measureDeliveries(url: string, data: Dataset, seconds: number): Promise<Deliveries> {
  const answered = new Map<string, number>();
  const arrived = new Map<string, number>();
  let verifier: Webhook | undefined;
  let badSignatures = 0;
  const receiver = createServer((request, response) => {
    void bodyOf(request).then((body) => {
      const at = performance.now();
      try {
        const event = verifier!.verify(body, request.headers as Record<string, string>) as { data: { object: { id: string } } };
        if (!arrived.has(event.data.object.id)) arrived.set(event.data.object.id, at);
        response.writeHead(204).end();
      } catch {
        badSignatures += 1;
        response.writeHead(400).end();
      }
    });
  });
  receiver.listen(0, '127.0.0.1');
  await once(receiver, 'listening');
  const headers = { authorization: `Bearer ${data.apiKey}`, 'content-type': 'application/json' };
  const created = await fetch(`${url}/webhook-endpoints`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`, eventTypes: ['disposition.created'] }),
  });
  if (created.status !== 201) throw new Error(`creating the bench's webhook endpoint answered ${created.status}: ${await created.text()}`);
  const endpoint = (await created.json()) as { id: string; secret: string };
  verifier = new Webhook(endpoint.secret);
  try {
    const until = performance.now() + seconds * 1000;
    let next = 0;
    await Promise.all(
      Array.from({ length: writers }, async () => {
        while (performance.now() < until) {
          const leadId = data.leadIds[next++ % data.leadIds.length]!;
          const answer = await fetch(`${url}/dispositions`, {
            method: 'POST',
            headers,
            body: JSON.stringify({ leadId, type: 'Call', outcome: 'No Answer', notes: 'Left a voicemail.' }),
          });
          const at = performance.now();
          if (answer.status === 201) answered.set(((await answer.json()) as { id: string }).id, at);
          else await answer.arrayBuffer();
        }
      }),
    );
    const waitUntil = performance.now() + 60_000;
    while ([...answered.keys()].some((id) => !arrived.has(id)) && performance.now() < waitUntil) await new Promise((resolve) => setTimeout(resolve, 100));
  } finally {
    await fetch(`${url}/webhook-endpoints/${endpoint.id}`, { method: 'DELETE', headers });
    receiver.close();
  }
  if (badSignatures > 0) throw new Error(`${badSignatures} deliveries failed signature verification`);
  const lags = [...answered]
    .filter(([id]) => arrived.has(id))
    .map(([id, at]) => Math.max(0, arrived.get(id)! - at))
    .sort((a, b) => a - b);
  const arrivals = [...arrived.values()].sort((a, b) => a - b);
  const span = (arrivals.at(-1)! - arrivals[0]!) / 1000;
  return {
    written: answered.size,
    delivered: lags.length,
    eventsPerSecond: span > 0 ? arrivals.length / span : Number.NaN,
    lagP50Ms: percentile(lags, 50),
    lagP99Ms: percentile(lags, 99),
  };
}
