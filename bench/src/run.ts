import { execFileSync } from 'node:child_process';
import { log, options, profileDir } from './cli';
import { prepareDataset } from './dataset';
import { type Deliveries, measureDeliveries } from './deliveries';
import { combined, countStatements, latency, load, measureExport, type Result, type Round, roundRatios } from './load';
import { postgresCpuUnreadable } from './proc';
import { compileBenchServers, ensureDatabase, type Measured, serverDir, start, stop } from './processes';
import { type Results, report } from './report';
import { checkSameSql } from './sql-check';
import { prepareTeamWorkloads, teamLatencyRequests } from './team-workloads';
import { deepPage, deepTokenFrom, latencyRequests, pageSize, requestsFor } from './workloads';

// `pnpm bench`: the real server, the floor of its stack and the bare baseline, one after the
// other under the same load over a million dispositions (see docs/bench.md).

async function main(): Promise<void> {
  const databaseUrl = await ensureDatabase();
  const data = await prepareDataset(databaseUrl, options.reuse, log);
  await prepareTeamWorkloads(data);
  const pgCpuNote = await postgresCpuUnreadable(databaseUrl, data.db);
  if (pgCpuNote) log(`PostgreSQL's CPU per request is left out: ${pgCpuNote}`);
  log('server: pnpm build, then the compiled server on plain node, as in production');
  execFileSync('pnpm', ['--silent', 'build'], { cwd: serverDir, stdio: ['ignore', 'ignore', 'inherit'] });
  const compiled = compileBenchServers();
  const processes: Measured[] = [];
  try {
    // Rate limits on, as in production, with a limit the load never reaches.
    processes.push(
      // Private webhook URLs allowed for the delivery run's receiver on loopback, and only for it.
      await start('server', 'dist/main.js', databaseUrl, {
        NODE_ENV: 'production',
        LOG_LEVEL: options.logLevel,
        RATE_LIMIT_PER_MINUTE: String(1e9),
        WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
      }),
      await start('floor', compiled.floor, databaseUrl, { LOG_LEVEL: options.logLevel }),
      await start('baseline', compiled.baseline, databaseUrl),
    );
    const [server] = processes as [Measured];
    await checkSameSql(processes, data);
    if (options.extras) log('export: streaming the 100,000-row CSV');
    const exported = options.extras ? await measureExport(server.url, server.child.pid!, data) : undefined;
    const needsDeepPage = options.extras || options.ops.includes('query-deep');
    if (needsDeepPage) log(`deep page: walking to page ${deepPage} of ${pageSize}`);
    const deepToken = needsDeepPage ? await deepTokenFrom(server.url, data.apiKey) : '';
    const latencies: Record<string, Result> = {};
    for (const [name, next] of Object.entries({ ...(options.extras ? latencyRequests(data, deepToken) : {}), ...teamLatencyRequests(options.ops) })) {
      latencies[name] = await latency(server.url, data.apiKey, next);
      log(`latency ${name}: p50 ${latencies[name]!.p50} ms, p99 ${latencies[name]!.p99} ms, ${latencies[name]!.errors} errors`);
    }
    const results: Results = {};
    for (const op of options.ops) {
      const rounds = new Map<Measured, Round[]>(processes.map((target) => [target, []]));
      const statements = new Map<Measured, number>();
      for (const target of processes) {
        statements.set(target, await countStatements(target, data.apiKey, requestsFor(op, data, deepToken)));
        await load(target, data.apiKey, requestsFor(op, data, deepToken), options.warmup);
      }
      for (let round = 0; round < options.rounds; round++) {
        const order = round % 2 === 0 ? processes : [...processes].reverse();
        for (const target of order) {
          const seconds = options.duration / options.rounds;
          rounds.get(target)!.push(await load(target, data.apiKey, requestsFor(op, data, deepToken), seconds, pgCpuNote ? undefined : data.db));
        }
      }
      const measured: Partial<Results[string]> = {};
      for (const target of processes) {
        const result = { ...combined(rounds.get(target)!), statements: statements.get(target)! };
        measured[target.name] = result;
        const pgCpu = result.pgCpuUs === undefined ? '' : `, PostgreSQL ${result.pgCpuUs.toFixed(0)} µs CPU/request`;
        log(
          `${op} ${target.name}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.cpuUs!.toFixed(0)} µs CPU/request, ` +
            `${result.statements.toFixed(1)} statements/request${pgCpu}, ${result.errors} errors (${options.rounds} rounds)`,
        );
      }
      const floor = processes.find((target) => target.name === 'floor')!;
      const ratios = roundRatios(rounds.get(server)!, rounds.get(floor)!);
      log(`${op}: server CPU ÷ floor round by round ${ratios.map((ratio) => ratio.toFixed(2)).join(', ')}`);
      results[op] = measured as Results[string];
    }
    let deliveries: Deliveries | undefined;
    if (options.deliveries) {
      log(`deliveries: writers for ${options.duration} s, each disposition.created event to a receiver on loopback`);
      deliveries = await measureDeliveries(server.url, data, options.duration);
    }
    report(results, latencies, exported, pgCpuNote, deliveries);
  } finally {
    await Promise.all(processes.map(stop));
    await data.db.destroy();
    if (options.cpuProf) log(`profiles written to ${profileDir}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
