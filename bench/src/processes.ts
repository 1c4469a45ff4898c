import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import pg from 'pg';
import ts from 'typescript';
import { options, profileDir } from './cli';
import { startWire, type Wire } from './wire';

// The processes measured: each its own node process, reaching PostgreSQL through its own wire.

export const serverDir = path.dirname(require.resolve('@dispositions/server/package.json'));

export interface Measured {
  name: 'server' | 'floor' | 'baseline';
  child: ChildProcess;
  url: string;
  wire: Wire;
}

export async function ensureDatabase(): Promise<string> {
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

/** Starts `node <script>` with DATABASE_URL through a new wire, and resolves once it answers. */
export async function start(name: Measured['name'], script: string, databaseUrl: string, env: Record<string, string> = {}): Promise<Measured> {
  const target = new URL(databaseUrl);
  const wire = await startWire(Number(target.port || 5432), target.hostname.replace(/^\[|\]$/g, ''));
  const viaWire = new URL(databaseUrl);
  viaWire.hostname = '127.0.0.1';
  viaWire.port = String(wire.port);
  const port = await freePort();
  const profileArgs = options.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(process.execPath, [...profileArgs, script], {
    cwd: serverDir,
    env: { ...process.env, ...env, DATABASE_URL: viaWire.toString(), PORT: String(port), DB_POOL_MAX: String(options.pool) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    const up = await fetch(`${url}/healthz`).then(
      (response) => response.status < 500,
      () => false,
    );
    if (up) return { name, child, url, wire };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${name} did not start`);
}

/** Stops a process and waits for it to exit, by when its CPU profile (if any) is written; then closes its wire. */
export async function stop(measured: Measured): Promise<void> {
  if (measured.child.exitCode === null) {
    const exited = new Promise<void>((resolve) => measured.child.once('exit', () => resolve()));
    measured.child.kill('SIGTERM');
    await exited;
  }
  await measured.wire.close();
}

/**
 * The baseline and the floor as plain JavaScript (bench/dist, next to the bench's
 * node_modules), so that they run on bare node as the compiled server does; returns the
 * path of each by its source's name. What they take from the server's public entry (the
 * names it prepares statements under) comes from its build, which the run has made by then.
 */
export function compileBenchServers(): { baseline: string; floor: string } {
  const dist = path.resolve(__dirname, '../dist');
  mkdirSync(dist, { recursive: true });
  for (const name of ['team-baseline', 'statements', 'baseline', 'floor']) {
    const source = readFileSync(path.join(__dirname, `${name}.ts`), 'utf8');
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    });
    const serverEntry = JSON.stringify(path.join(serverDir, 'dist', 'index.js'));
    writeFileSync(path.join(dist, `${name}.js`), outputText.replaceAll('require("@dispositions/server")', `require(${serverEntry})`));
  }
  return { baseline: path.join(dist, 'baseline.js'), floor: path.join(dist, 'floor.js') };
}
