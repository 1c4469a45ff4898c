import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Database } from '@dispositions/server';
import type { Wire } from './wire';

// What /proc says about the processes measured: their CPU time and memory, and the CPU time of
// the PostgreSQL backends that serve each of them (named by the ports of its wire's connections).

const clockTicksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

/** The CPU time a process has used so far (utime + stime), in seconds; undefined once it is gone. */
export function cpuSecondsOf(pid: number): number | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / clockTicksPerSecond;
}

export function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

/**
 * Why PostgreSQL's CPU cannot be read from this machine's /proc, if it cannot: the database is
 * elsewhere, or its backends' process ids are not this machine's (a container, say).
 */
export async function postgresCpuUnreadable(databaseUrl: string, db: Database): Promise<string | undefined> {
  const { hostname } = new URL(databaseUrl);
  if (!['127.0.0.1', 'localhost', '[::1]', ''].includes(hostname)) return `the database is on ${hostname}, not this machine`;
  const { rows } = await db.raw('select pg_backend_pid() as pid');
  try {
    if (readFileSync(`/proc/${rows[0].pid}/cmdline`, 'utf8').includes('postgres')) return undefined;
  } catch {}
  return "its backends' process ids are not this machine's (another container or namespace)";
}

/** The backends serving a wire's connections, and each one's CPU seconds so far. */
export async function backendsOf(db: Database, wire: Wire): Promise<Map<number, number>> {
  const ports = wire.upstreamPorts();
  const { rows } = await db.raw('select pid from pg_stat_activity where client_port = any(?::int[])', [ports]);
  const cpu = new Map<number, number>();
  for (const { pid } of rows as { pid: number }[]) {
    const seconds = cpuSecondsOf(pid);
    if (seconds !== undefined) cpu.set(pid, seconds);
  }
  return cpu;
}

/** The CPU seconds the backends spent between two readings: of those in both, the difference; of new ones, all they used. */
export function backendCpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let seconds = 0;
  for (const [pid, used] of after) seconds += used - (before.get(pid) ?? 0);
  return seconds;
}
