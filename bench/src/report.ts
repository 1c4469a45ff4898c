import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { options, resultsDir } from './cli';
import type { Deliveries } from './deliveries';
import type { Exported, Result } from './load';

export type Results = Record<string, { server: Result; floor: Result; baseline: Result }>;

const table = (rows: string[][]) => rows.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
const whole = (value: number | undefined) => (value === undefined ? 'n/a' : value.toFixed(0));
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? 'n/a' : (a / b).toFixed(2));
const each = (results: Results[string], format: (result: Result) => string) => [results.server, results.floor, results.baseline].map(format).join(' / ');

/** Writes the run's tables to bench-results/ (or --output) and prints them, then one `bench:` line per operation. */
export function report(
  results: Results,
  latencies: Record<string, Result>,
  exported: Exported | undefined,
  pgCpuNote: string | undefined,
  deliveries?: Deliveries,
): void {
  const header = [
    'op',
    'server req/s',
    'p50 ms',
    'p99 ms',
    'CPU µs/req',
    'floor req/s',
    'p99 ms',
    'CPU µs/req',
    'baseline req/s',
    'p99 ms',
    'CPU µs/req',
    'ratio',
    'CPU ÷ floor',
    'CPU ÷ baseline',
    'statements/req (server / floor / baseline)',
    'PostgreSQL CPU µs/req (server / floor / baseline)',
    'errors',
  ];
  const rows = Object.entries(results).map(([op, measured]) => {
    const { server, floor, baseline } = measured;
    return [
      op,
      whole(server.rps),
      String(server.p50),
      String(server.p99),
      whole(server.cpuUs),
      whole(floor.rps),
      String(floor.p99),
      whole(floor.cpuUs),
      whole(baseline.rps),
      String(baseline.p99),
      whole(baseline.cpuUs),
      ratio(server.rps, baseline.rps),
      ratio(server.cpuUs, floor.cpuUs),
      ratio(server.cpuUs, baseline.cpuUs),
      each(measured, (result) => result.statements!.toFixed(1)),
      each(measured, (result) => whole(result.pgCpuUs)),
      String(server.errors + floor.errors + baseline.errors),
    ];
  });
  const latencyTable = table([
    ['one caller at a time, server', 'p50 ms', 'p99 ms', 'errors'],
    ['---', '---', '---', '---'],
    ...Object.entries(latencies).map(([name, measured]) => [name, String(measured.p50), String(measured.p99), String(measured.errors)]),
  ]);
  const exportLine = (measured: Exported) =>
    `export: JSON of 100,000 rows answered ${measured.jsonStatus}; CSV answered ${measured.csvStatus} with ${measured.lines.toLocaleString('en')} lines ` +
    `(${measured.mb.toFixed(1)} MB) in ${measured.seconds.toFixed(1)} s; server peak RSS grew ${measured.growthMb.toFixed(1)} MB`;
  const settings =
    `${new Date().toISOString()}: ${options.connections} connections, ${options.duration} s per run in ${options.rounds} interleaved rounds (medians) after ${options.warmup} s warm-up, ` +
    `pool ${options.pool}, server and floor LOG_LEVEL=${options.logLevel}`;
  const notes = pgCpuNote ? [`PostgreSQL's CPU per request is left out: ${pgCpuNote}.`] : [];
  const deliveryLine = (measured: Deliveries) =>
    `webhook deliveries: ${measured.delivered} of ${measured.written} disposition.created events arrived, ${measured.eventsPerSecond.toFixed(0)} a second; ` +
    `from the write's answer to arrival p50 ${measured.lagP50Ms.toFixed(0)} ms, p99 ${measured.lagP99Ms.toFixed(0)} ms`;
  const text = `${[
    '# pnpm bench',
    settings,
    table([header, header.map(() => '---'), ...rows]),
    ...notes,
    ...(exported ? [latencyTable, exportLine(exported)] : []),
    ...(deliveries ? [deliveryLine(deliveries)] : []),
  ].join('\n\n')}\n`;
  const output = options.output ?? path.join(resultsDir, `${new Date().toISOString().replace(/[:.]/g, '-')}.md`);
  mkdirSync(path.dirname(output), { recursive: true });
  writeFileSync(output, text);
  process.stdout.write(`\n${text.slice(text.indexOf(settings))}results written to ${output}\n\n`);
  for (const [op, { server, floor, baseline }] of Object.entries(results)) {
    const pgCpu =
      server.pgCpuUs === undefined
        ? ''
        : ` pg_cpu_us=${whole(server.pgCpuUs)} baseline_pg_cpu_us=${whole(baseline.pgCpuUs)} floor_pg_cpu_us=${whole(floor.pgCpuUs)}`;
    process.stdout.write(
      `bench: ${op} server=${whole(server.rps)} baseline=${whole(baseline.rps)} ratio=${ratio(server.rps, baseline.rps)} ` +
        `p99=${server.p99} baseline_p99=${baseline.p99} cpu_us=${whole(server.cpuUs)} baseline_cpu_us=${whole(baseline.cpuUs)} ` +
        `floor=${whole(floor.rps)} floor_cpu_us=${whole(floor.cpuUs)} statements=${server.statements!.toFixed(1)} ` +
        `background_statements=${(server.backgroundStatements ?? 0).toFixed(2)}${pgCpu}\n`,
    );
  }
  if (deliveries) {
    process.stdout.write(
      `bench: deliveries written=${deliveries.written} delivered=${deliveries.delivered} events_per_s=${whole(deliveries.eventsPerSecond)} ` +
        `lag_p50_ms=${whole(deliveries.lagP50Ms)} lag_p99_ms=${whole(deliveries.lagP99Ms)}\n`,
    );
  }
}
