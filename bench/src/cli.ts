import path from 'node:path';
import { parseArgs } from 'node:util';
import { statementsOf } from './statements';

// `pnpm bench`'s options, read once.

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '4' },
    connections: { type: 'string', default: '32' },
    pool: { type: 'string', default: '4' },
    'log-level': { type: 'string', default: 'info' },
    output: { type: 'string' },
    reuse: { type: 'boolean', default: false },
    ops: { type: 'string' },
    'cpu-prof': { type: 'boolean', default: false },
    deliveries: { type: 'boolean', default: false },
    help: { type: 'boolean' },
  },
});
if (values.help) {
  process.stdout.write(
    'Usage: pnpm bench [--duration s] [--warmup s] [--rounds n] [--connections n] [--pool n] [--log-level level] [--output file] [--reuse] [--ops put,get,...] [--deliveries] [--cpu-prof]\n\n' +
      'Loads 1,000,000 dispositions into DATABASE_URL (default postgres://postgres@127.0.0.1:5432/dispositions_bench, created if missing),\n' +
      'afresh (--reuse keeps an already loaded dataset), then drives the real server, the floor of its stack (bench/src/floor.ts) and the\n' +
      'bare baseline (bench/src/baseline.ts) with the same load, one after the other.\n' +
      '--ops measures only the named operations (and skips the export, the single-caller latencies and the webhook delivery run, which\n' +
      "--deliveries adds back); each operation's --duration is split into --rounds rounds that take the three processes in turn\n" +
      "(the order reversed every other round: an even number balances them in time); req/s and the costs per request are the rounds'\n" +
      "totals, p50 and p99 their medians; --cpu-prof writes the processes' V8 CPU profiles\n" +
      '(node --cpu-prof) to bench-results/profiles/, to open in Chrome DevTools or summarise.\n',
  );
  process.exit(0);
}

export const allOps = Object.keys(statementsOf) as (keyof typeof statementsOf)[];
export type Op = (typeof allOps)[number];

const ops = values.ops ? (values.ops.split(',') as Op[]) : allOps;
const unknownOps = ops.filter((op) => !allOps.includes(op));
if (unknownOps.length > 0) {
  process.stderr.write(`Unknown operation ${unknownOps.join(', ')}; the operations are ${allOps.join(', ')}.\n`);
  process.exit(2);
}

export const resultsDir = path.resolve(__dirname, '../../bench-results');
export const profileDir = path.join(resultsDir, 'profiles');

export const options = {
  duration: Number(values.duration),
  warmup: Number(values.warmup),
  /** Rounds per operation, interleaving the processes, so that the machine's changing speed falls on all three alike (load.ts `combined`). */
  rounds: Math.max(1, Math.floor(Number(values.rounds))),
  connections: Number(values.connections),
  pool: Number(values.pool),
  logLevel: values['log-level']!,
  output: values.output,
  reuse: values.reuse!,
  ops,
  /** The export and the single-caller latencies, measured only when every operation is. */
  extras: !values.ops,
  /** The webhook delivery run: with every operation, or when asked for. */
  deliveries: !values.ops || values.deliveries!,
  cpuProf: values['cpu-prof']!,
};

export const log = (message: string) => process.stderr.write(`${message}\n`);
