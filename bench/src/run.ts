import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '@dispositions/server/src/app';
import { findServerSecret } from '@dispositions/server/src/repositories/server-secrets.repository';
import { jsonHistoryLimit } from '@dispositions/server/src/services/recorded-changes.service';
import autocannon from 'autocannon';
import pg from 'pg';
import pino from 'pino';
import ts from 'typescript';
import { historyLimit, sql, statementsOf } from './baseline';
import { type Dataset, prepareDataset } from './dataset';
import { prepareTeamWorkloads, type TeamOp, teamLatencyRequests, teamRequestsFor } from './team-workloads';

const { values: options } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '32' },
    pool: { type: 'string', default: '4' },
    'log-level': { type: 'string', default: 'info' },
    output: { type: 'string' },
    reuse: { type: 'boolean', default: false },
    ops: { type: 'string' },
    'cpu-prof': { type: 'boolean', default: false },
    help: { type: 'boolean' },
  },
});
if (options.help) {
  process.stdout.write(
    'Usage: pnpm bench [--duration s] [--warmup s] [--connections n] [--pool n] [--log-level level] [--output file] [--reuse] [--ops put,get,...] [--cpu-prof]\n\n' +
      'Loads 1,000,000 dispositions into DATABASE_URL (default postgres://postgres@127.0.0.1:5432/dispositions_bench, created if missing),\n' +
      'afresh (--reuse keeps an already loaded dataset), then drives the real server and the bare baseline (bench/src/baseline.ts) with the same load, one after the other.\n' +
      "--ops measures only the named operations (and skips the export and single-caller latencies); --cpu-prof writes both processes' V8 CPU profiles\n" +
      '(node --cpu-prof) to bench-results/profiles/, to open in Chrome DevTools or summarise.\n',
  );
  process.exit(0);
}

const duration = Number(options.duration);
const warmup = Number(options.warmup);
const connections = Number(options.connections);
const pool = Number(options.pool);
const log = (message: string) => process.stderr.write(`${message}\n`);
const allOps = Object.keys(statementsOf) as (keyof typeof statementsOf)[];
type Op = (typeof allOps)[number];
const ops = options.ops ? (options.ops.split(',') as Op[]) : allOps;
const unknownOps = ops.filter((op) => !allOps.includes(op));
if (unknownOps.length > 0) {
  process.stderr.write(`Unknown operation ${unknownOps.join(', ')}; the operations are ${allOps.join(', ')}.\n`);
  process.exit(2);
}
const resultsDir = path.resolve(__dirname, '../../bench-results');
const profileDir = path.join(resultsDir, 'profiles');
const profileArgs = options['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];

const serverDir = path.dirname(require.resolve('@dispositions/server/package.json'));
const pageSize = 10;
const deepPage = 1000;

async function ensureDatabase(): Promise<string> {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const url = 'postgres://postgres@127.0.0.1:5432/dispositions_bench';
  const admin = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
  await admin.connect();
  const { rowCount } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'dispositions_bench'`);
  if (!rowCount) await admin.query('CREATE DATABASE dispositions_bench');
  await admin.end();
  return url;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function start(name: string, args: string[], env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, args, {
    cwd: serverDir,
    env: { ...process.env, ...env, PORT: String(port), DB_POOL_MAX: String(pool) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    const up = await fetch(`${url}/healthz`).then(
      (response) => response.status < 500,
      () => false,
    );
    if (up) return { child, url };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${name} did not start`);
}

const putBody = {
  type: 'Call',
  outcome: 'Appointment Set',
  notes: 'Wants a quote for the whole house.',
  timestamp: '2026-11-07T05:31:56Z',
  followUpStatus: 'Pending',
  callbackAt: '2026-11-08T15:00:00Z',
  taskDueAt: '2026-11-09T17:00:00Z',
  appointmentStartAt: '2026-11-10T14:00:00Z',
  appointmentEndAt: '2026-11-10T15:00:00Z',
  appointmentNotes: 'Bring samples.',
  assignedToUserId: 'user-2',
  relatedCallEventId: 'call-8841',
  isMissedCallFollowUp: true,
  sourceId: 'web-form',
};
const postBody = {
  type: 'Call',
  outcome: 'No Answer',
  notes: 'Left a voicemail.',
  followUpStatus: 'Pending',
  callbackAt: '2026-11-25T15:00:00Z',
  assignedToUserId: 'user-1',
  isMissedCallFollowUp: false,
};
/** A status change as Leadping's SDK 1.0.46 and later sends it. */
const statusBody = {
  category: 'Qualified',
  outcome: 'Appointment Set',
  type: 'Call',
  notes: 'Booked a visit.',
  followUpStatus: 'Pending',
  callbackAt: '2026-11-25T15:00:00Z',
};
const query = {
  pageSize,
  filters: [{ field: 'assignedToUserId', value: 'user-1' }],
  rangeFilters: [{ field: 'callbackAt', greaterThanOrEqual: '2025-01-01T00:00:00Z', lessThan: '2027-06-01T00:00:00Z' }],
};

/** Every request of an operation, rotating over the dataset's ids. */
function requestsFor(op: Op, data: Dataset, deepToken: string): () => { method: string; path: string; body?: string } {
  let i = 0;
  const next = <T>(list: T[]) => list[i++ % list.length]!;
  switch (op) {
    case 'put':
      return () => {
        const row = next(data.dispositions);
        return { method: 'PUT', path: `/dispositions/${row.id}`, body: JSON.stringify({ leadId: row.leadId, ...putBody }) };
      };
    case 'get':
      return () => ({ method: 'GET', path: `/dispositions/${next(data.dispositions).id}` });
    case 'post':
      return () => ({ method: 'POST', path: '/dispositions', body: JSON.stringify({ leadId: next(data.leadIds), ...postBody }) });
    case 'status':
      return () => ({ method: 'PUT', path: `/leads/${next(data.leadIds)}/status`, body: JSON.stringify(statusBody) });
    case 'history':
      return () => ({ method: 'GET', path: `/dispositions/lead/${next(data.leadIds)}` });
    case 'query-first':
      return () => ({ method: 'POST', path: '/dispositions/all/my', body: JSON.stringify(query) });
    case 'query-deep':
      return () => ({ method: 'POST', path: '/dispositions/all/my', body: JSON.stringify({ ...query, continuationToken: deepToken }) });
    default:
      return teamRequestsFor(op as TeamOp);
  }
}

async function call(url: string, apiKey: string, request: { method: string; path: string; body?: string }) {
  const response = await fetch(url + request.path, {
    method: request.method,
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    ...(request.body ? { body: request.body } : {}),
  });
  const text = await response.text();
  return { status: response.status, body: /json/.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : text };
}

/** The token of the 1,000th page, walked through the server page by page. */
async function deepTokenFrom(url: string, apiKey: string): Promise<string> {
  let token: string | undefined;
  for (let page = 1; page < deepPage; page++) {
    const { body } = await call(url, apiKey, {
      method: 'POST',
      path: '/dispositions/all/my',
      body: JSON.stringify({ ...query, ...(token ? { continuationToken: token } : {}) }),
    });
    if (!body.continuationToken) throw new Error(`the query has only ${page} pages; the dataset is too small for page ${deepPage}`);
    token = body.continuationToken;
  }
  return token!;
}

/** Runs one request of each operation through an in-process server and checks it sends the baseline's statements. */
async function checkSameSql(data: Dataset): Promise<void> {
  if (historyLimit !== jsonHistoryLimit)
    throw new Error(`SQL check: the baseline's history holds ${historyLimit} dispositions, the server's ${jsonHistoryLimit}`);
  const tokenSecret = await findServerSecret(data.db, 'continuation_token');
  const app = createApp({ db: data.db, logger: pino({ level: 'silent' }), tokenSecret, validateResponses: false });
  const listening = app.listen(0);
  const url = `http://127.0.0.1:${(listening.address() as { port: number }).port}`;
  const seen: string[] = [];
  const capture = ({ sql: text }: { sql: string }) => seen.push(text);
  data.db.on('query', capture);
  try {
    const token = (await call(url, data.apiKey, requestsFor('query-first', data, '')())).body.continuationToken as string;
    const differences: string[] = [];
    for (const op of ops) {
      seen.length = 0;
      const { status } = await call(url, data.apiKey, requestsFor(op, data, token)());
      if (status >= 300) throw new Error(`SQL check: ${op} answered ${status}`);
      const expected = statementsOf[op].map((name) => (name === 'BEGIN' || name === 'COMMIT' ? `${name};` : sql[name]));
      const same = (texts: readonly string[]) => JSON.stringify(texts.map((text) => text.replace(/\s+/g, ' ').trim()).sort());
      if (same(seen) !== same(expected)) differences.push(`${op} sends other statements than the baseline:\n${seen.join('\n')}`);
    }
    if (differences.length > 0) throw new Error(`SQL check: ${differences.join('\n\n')}`);
    log('SQL check: the server and the baseline send the same statements for every operation');
  } finally {
    data.db.off('query', capture);
    await new Promise((resolve) => listening.close(resolve));
  }
}

function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

/** Streams the 100,000-row CSV export and reports how far the server's peak RSS rose above its RSS before. */
async function measureExport(url: string, pid: number, data: Dataset) {
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

interface Measured {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU time (user + system) the process spent per request answered, in µs; what req/s hides when other work loads the machine. */
  cpuUs?: number;
}

const clockTicksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

/** The CPU time a process has used so far (utime + stime), in seconds. */
function cpuSecondsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / clockTicksPerSecond;
}

async function load(
  url: string,
  apiKey: string,
  next: () => { method: string; path: string; body?: string },
  seconds: number,
  pid?: number,
): Promise<Measured> {
  const cpuBefore = pid === undefined ? 0 : cpuSecondsOf(pid);
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    requests: [{ setupRequest: (request) => ({ ...request, ...next() }) as typeof request }],
  });
  const cpuUs = pid === undefined ? undefined : ((cpuSecondsOf(pid) - cpuBefore) * 1e6) / Math.max(result.requests.total, 1);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx, cpuUs };
}

/** Latency of one caller at a time (no queueing behind other connections), server only. */
async function latency(url: string, apiKey: string, next: () => { method: string; path: string; body?: string }): Promise<Measured> {
  const result = await autocannon({
    url,
    connections: 1,
    amount: 300,
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    requests: [{ setupRequest: (request) => ({ ...request, ...next() }) as typeof request }],
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx };
}

/** The single-caller latencies the targets are about: keyset pages at any depth, and counting a whole business. */
function latencyRequests(data: Dataset, deepToken: string) {
  const post = (body: object) => () => ({ method: 'POST', path: '/dispositions/all/my', body: JSON.stringify(body) });
  return {
    'query-first': requestsFor('query-first', data, deepToken),
    'query-deep': requestsFor('query-deep', data, deepToken),
    'query-count (filtered)': post({ ...query, includeCount: true }),
    'query-count (all 100,000 rows of a business)': post({ pageSize, includeCount: true }),
  };
}

/** The baseline as plain JavaScript too (bench/dist, next to its node_modules), so both run on bare node. */
function compileBaseline(): string {
  for (const name of ['team-baseline', 'baseline']) {
    const source = readFileSync(path.join(__dirname, `${name}.ts`), 'utf8');
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    });
    mkdirSync(path.resolve(__dirname, '../dist'), { recursive: true });
    writeFileSync(path.resolve(__dirname, `../dist/${name}.js`), outputText);
  }
  return path.resolve(__dirname, '../dist/baseline.js');
}

async function main(): Promise<void> {
  const databaseUrl = await ensureDatabase();
  const data = await prepareDataset(databaseUrl, options.reuse!, log);
  await prepareTeamWorkloads(data);
  await checkSameSql(data);
  log('server: pnpm build, then the compiled server on plain node, as in production');
  execFileSync('pnpm', ['--silent', 'build'], { cwd: serverDir, stdio: ['ignore', 'ignore', 'inherit'] });
  // Rate limits on, as in production, with a limit the load never reaches.
  const server = await start('server', [...profileArgs, 'dist/main.js'], {
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: options['log-level']!,
    RATE_LIMIT_PER_MINUTE: String(1e9),
  });
  const baseline = await start('baseline', [...profileArgs, compileBaseline()], { DATABASE_URL: databaseUrl });
  try {
    const extras = !options.ops;
    if (extras) log('export: streaming the 100,000-row CSV');
    const exported = extras ? await measureExport(server.url, server.child.pid!, data) : undefined;
    const needsDeepPage = extras || ops.includes('query-deep');
    if (needsDeepPage) log(`deep page: walking to page ${deepPage} of ${pageSize}`);
    const deepToken = needsDeepPage ? await deepTokenFrom(server.url, data.apiKey) : '';
    const latencies: Record<string, Measured> = {};
    for (const [name, next] of Object.entries({ ...(extras ? latencyRequests(data, deepToken) : {}), ...teamLatencyRequests(ops) })) {
      latencies[name] = await latency(server.url, data.apiKey, next);
      log(`latency ${name}: p50 ${latencies[name]!.p50} ms, p99 ${latencies[name]!.p99} ms, ${latencies[name]!.errors} errors`);
    }
    const results: Record<string, { server: Measured; baseline: Measured }> = {};
    for (const op of ops) {
      const measured: Partial<Record<'server' | 'baseline', Measured>> = {};
      for (const [name, target] of [
        ['server', server],
        ['baseline', baseline],
      ] as const) {
        await load(target.url, data.apiKey, requestsFor(op, data, deepToken), warmup);
        measured[name] = await load(target.url, data.apiKey, requestsFor(op, data, deepToken), duration, target.child.pid!);
        const { rps, p50, p99, errors, cpuUs } = measured[name]!;
        log(`${op} ${name}: ${rps.toFixed(0)} req/s, p50 ${p50} ms, p99 ${p99} ms, ${cpuUs!.toFixed(0)} µs CPU/request, ${errors} errors`);
      }
      results[op] = measured as { server: Measured; baseline: Measured };
    }
    report(results, latencies, exported);
  } finally {
    await Promise.all([stop(server.child), stop(baseline.child)]);
    await data.db.destroy();
    if (options['cpu-prof']) log(`profiles written to ${profileDir}`);
  }
}

/** Stops a process and waits for it to exit, by when its CPU profile (if any) is written. */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  return exited;
}

function report(
  results: Record<string, { server: Measured; baseline: Measured }>,
  latencies: Record<string, Measured>,
  exported: Awaited<ReturnType<typeof measureExport>> | undefined,
): void {
  const cpu = (measured: Measured) => measured.cpuUs!.toFixed(0);
  const rows = Object.entries(results).map(([op, { server, baseline }]) => [
    op,
    server.rps.toFixed(0),
    String(server.p50),
    String(server.p99),
    cpu(server),
    baseline.rps.toFixed(0),
    String(baseline.p50),
    String(baseline.p99),
    cpu(baseline),
    (server.rps / baseline.rps).toFixed(2),
    (server.cpuUs! / baseline.cpuUs!).toFixed(2),
    String(server.errors + baseline.errors),
  ]);
  const header = ['op', 'server req/s', 'p50 ms', 'p99 ms', 'CPU µs/req', 'baseline req/s', 'p50 ms', 'p99 ms', 'CPU µs/req', 'ratio', 'CPU ratio', 'errors'];
  const table = [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
  const latencyTable = [
    ['one caller at a time, server', 'p50 ms', 'p99 ms', 'errors'],
    ['---', '---', '---', '---'],
    ...Object.entries(latencies).map(([name, measured]) => [name, String(measured.p50), String(measured.p99), String(measured.errors)]),
  ]
    .map((cells) => `| ${cells.join(' | ')} |`)
    .join('\n');
  const exportLine = (measured: NonNullable<typeof exported>) =>
    `export: JSON of 100,000 rows answered ${measured.jsonStatus}; CSV answered ${measured.csvStatus} with ${measured.lines.toLocaleString('en')} lines ` +
    `(${measured.mb.toFixed(1)} MB) in ${measured.seconds.toFixed(1)} s; server peak RSS grew ${measured.growthMb.toFixed(1)} MB`;
  const settings = `${new Date().toISOString()}: ${connections} connections, ${duration} s per run after ${warmup} s warm-up, pool ${pool}, server LOG_LEVEL=${options['log-level']}`;
  const text = `${[`# pnpm bench`, settings, table, ...(exported ? [latencyTable, exportLine(exported)] : [])].join('\n\n')}\n`;
  const output = options.output ?? path.join(resultsDir, `${new Date().toISOString().replace(/[:.]/g, '-')}.md`);
  mkdirSync(path.dirname(output), { recursive: true });
  writeFileSync(output, text);
  process.stdout.write(`\n${text.slice(text.indexOf(settings))}results written to ${output}\n\n`);
  for (const [op, { server, baseline }] of Object.entries(results)) {
    process.stdout.write(
      `bench: ${op} server=${server.rps.toFixed(0)} baseline=${baseline.rps.toFixed(0)} ratio=${(server.rps / baseline.rps).toFixed(2)} ` +
        `p99=${server.p99} baseline_p99=${baseline.p99} cpu_us=${cpu(server)} baseline_cpu_us=${cpu(baseline)}\n`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
