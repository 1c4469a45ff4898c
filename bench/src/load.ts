import { writeFileSync } from 'node:fs';
import type { Database } from '@dispositions/server';
import autocannon from 'autocannon';
import { options } from './cli';
import type { Dataset } from './dataset';
import { backendCpuBetween, backendsOf, cpuSecondsOf, memoryOf } from './proc';
import type { Measured } from './processes';
import type { Request } from './workloads';

export interface Result {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU time (user + system) the process spent per request answered, in µs; what req/s hides when other work loads the machine. */
  cpuUs?: number;
  /** Statements the process sent to PostgreSQL per request, counted on its wire over `countStatements`'s requests. */
  statements?: number;
  /** CPU time of the PostgreSQL backends serving the process, per request answered, in µs; unset when /proc cannot show them. */
  pgCpuUs?: number;
  /** The process's background statements (the webhook dispatcher's fan-out of the writes' events) per request answered, during the load. */
  backgroundStatements?: number;
}

const headers = (apiKey: string) => ({ authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' });

/** One round of one process: what the load answered and what it cost, as totals, so that rounds add up. */
export interface Round {
  answered: number;
  seconds: number;
  p50: number;
  p99: number;
  errors: number;
  cpuSeconds: number;
  /** Unset when /proc cannot show the PostgreSQL backends. */
  pgCpuSeconds?: number;
  backgroundStatements: number;
}

/** Loads one process for `seconds` with `options.connections` connections; with `db`, also reads PostgreSQL's CPU for it. */
export async function load(measured: Measured, apiKey: string, next: () => Request, seconds: number, db?: Database): Promise<Round> {
  const pid = measured.child.pid!;
  const cpuBefore = cpuSecondsOf(pid)!;
  const backgroundBefore = measured.wire.backgroundStatements;
  const backendsBefore = db && (await backendsOf(db, measured.wire));
  const result = await autocannon({
    url: measured.url,
    connections: options.connections,
    duration: seconds,
    headers: headers(apiKey),
    requests: [{ setupRequest: (request) => ({ ...request, ...next() }) as typeof request }],
  });
  const pgCpuSeconds = db && backendCpuBetween(backendsBefore!, await backendsOf(db, measured.wire));
  return {
    answered: result.requests.total,
    seconds: result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    cpuSeconds: cpuSecondsOf(pid)! - cpuBefore,
    backgroundStatements: measured.wire.backgroundStatements - backgroundBefore,
    ...(pgCpuSeconds === undefined ? {} : { pgCpuSeconds }),
  };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/**
 * One figure per process from its rounds. Req/s and the costs per request are the rounds'
 * totals (all their CPU over all their requests), not a median of rounds: the three
 * processes' rounds alternate in an order reversed every other round, so over an even number
 * of rounds each process's rounds sit at the same times on average, and a machine that slows
 * down or speeds up over an operation's run (by a third within seconds, on a shared VM)
 * weighs on the three alike. p50 and p99 are the rounds' medians.
 */
export function combined(rounds: Round[]): Result {
  const total = (pick: (round: Round) => number) => rounds.reduce((sum, round) => sum + pick(round), 0);
  const answered = Math.max(
    total((round) => round.answered),
    1,
  );
  const pgKnown = rounds.every((round) => round.pgCpuSeconds !== undefined);
  return {
    rps: answered / total((round) => round.seconds),
    p50: median(rounds.map((round) => round.p50)),
    p99: median(rounds.map((round) => round.p99)),
    errors: total((round) => round.errors),
    cpuUs: (total((round) => round.cpuSeconds) * 1e6) / answered,
    backgroundStatements: total((round) => round.backgroundStatements) / answered,
    ...(pgKnown ? { pgCpuUs: (total((round) => round.pgCpuSeconds!) * 1e6) / answered } : {}),
  };
}

/** How far apart one round's CPU per request over another's: each round of `a` against the round of `b` measured next to it. */
export function roundRatios(a: Round[], b: Round[]): number[] {
  const perRequest = (round: Round) => round.cpuSeconds / Math.max(round.answered, 1);
  return a.map((round, index) => perRequest(round) / perRequest(b[index]!));
}

/**
 * Statements per request, counted on the process's wire over `amount` requests sent one at a
 * time to an otherwise idle process: under load, requests still in flight when a run ends
 * would count statements without their answers.
 */
export async function countStatements(measured: Measured, apiKey: string, next: () => Request, amount = 100): Promise<number> {
  // Requests still in flight from an earlier load would add their statements: wait for quiet.
  let last: number;
  do {
    last = measured.wire.statements;
    await new Promise((resolve) => setTimeout(resolve, 200));
  } while (measured.wire.statements !== last);
  const before = measured.wire.statements;
  await autocannon({
    url: measured.url,
    connections: 1,
    amount,
    headers: headers(apiKey),
    requests: [{ setupRequest: (request) => ({ ...request, ...next() }) as typeof request }],
  });
  return (measured.wire.statements - before) / amount;
}

/** Latency of one caller at a time (no queueing behind other connections), server only. */
export async function latency(url: string, apiKey: string, next: () => Request): Promise<Result> {
  const result = await autocannon({
    url,
    connections: 1,
    amount: 300,
    headers: headers(apiKey),
    requests: [{ setupRequest: (request) => ({ ...request, ...next() }) as typeof request }],
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx };
}

/** Streams the 100,000-row CSV export and reports how far the server's peak RSS rose above its RSS before. */
export async function measureExport(url: string, pid: number, data: Dataset) {
  const tooBig = await fetch(`${url}/dispositions/lead/${data.exportLeadId}/export`, { headers: { authorization: `Bearer ${data.exportApiKey}` } });
  await tooBig.arrayBuffer();
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
  const before = memoryOf(pid).rss;
  const started = performance.now();
  const response = await fetch(`${url}/dispositions/lead/${data.exportLeadId}/export`, {
    headers: { authorization: `Bearer ${data.exportApiKey}`, accept: 'text/csv' },
  });
  let bytes = 0;
  let lines = 0;
  for await (const chunk of response.body!) {
    bytes += chunk.length;
    for (const byte of chunk) if (byte === 10) lines += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  return { jsonStatus: tooBig.status, csvStatus: response.status, lines, mb: bytes / 2 ** 20, seconds, growthMb: (memoryOf(pid).peak - before) / 2 ** 20 };
}

export type Exported = Awaited<ReturnType<typeof measureExport>>;
