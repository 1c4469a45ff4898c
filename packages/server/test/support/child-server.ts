import { spawn } from 'node:child_process';
import { type AddressInfo, createServer } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface ChildServer {
  url: string;
  /** Everything the process wrote to stdout so far: its JSON log lines. */
  stdout: string[];
  /** Everything it wrote to stderr so far (notices for the person at the terminal). */
  stderr(): string;
  /** Sends SIGTERM, or `signal` (if it still runs), and resolves with its exit code once it has exited. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** PORT must be 1–65535, so ask the OS for a free one first. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * Starts the server as its own process (`node dist/main.js`, `tsx src/main.ts`) and
 * resolves once its "listening" log line names its URL; rejects if it exits first.
 */
export async function startChildServer(command: string, args: string[], env: NodeJS.ProcessEnv, cwd?: string): Promise<ChildServer> {
  const port = await freePort();
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, NODE_OPTIONS: '', LOG_LEVEL: 'info', NODE_ENV: 'production', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: string[] = [];
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      stdout.push(line);
      const logged = line.startsWith('{') ? (JSON.parse(line) as { msg?: string; url?: string }) : {};
      if (logged.msg === 'listening' && logged.url) resolve(logged.url);
    });
    void exited.then(() => reject(new Error(`the server exited before listening: ${stderr}`)));
  });
  return {
    url,
    stdout,
    stderr: () => stderr,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null) child.kill(signal);
      await exited;
      return child.exitCode;
    },
  };
}

/**
 * The server from source in a single node process, with tsx as a loader, as `pnpm start`
 * runs it (the embedded database allowed). Not the tsx CLI: that runs the server as a
 * second process and did not pass SIGTERM on to it under load.
 */
export function startSourceServer(env: NodeJS.ProcessEnv): Promise<ChildServer> {
  return startChildServer(process.execPath, ['--import', 'tsx', 'src/main.ts'], { EMBEDDED_DATABASE: 'true', ...env }, path.resolve(__dirname, '../..'));
}
