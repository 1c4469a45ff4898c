import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { wantsPrettyLogs } from '../../src/observability/log-destination';
import { freePort } from '../support/child-server';

// `pnpm start` as a person runs it: in a terminal (a pseudo-terminal from util-linux's
// `script`), on a new embedded database, stopped with Ctrl-C. What they see: what the first
// start is doing while it takes its seconds, readable log lines, the key (also kept in a
// 0600 file), and, on Ctrl-C, the server saying it stops and pnpm ending without an error.

const repoRoot = path.resolve(__dirname, '../../../..');
const script = '/usr/bin/script';
const errorLines = /ERR_PNPM|ELIFECYCLE|Command failed|\bERROR\b|\bWARN\b|Error:/;

interface Terminal {
  /** Everything the terminal showed so far, colours removed. */
  output(): string;
  waitFor(pattern: RegExp, timeoutMs: number): Promise<void>;
  /** Types Ctrl-C, as a person does. */
  interrupt(): void;
  exited: Promise<number | null>;
  child: ChildProcess;
}

function inTerminal(command: string, env: NodeJS.ProcessEnv): Terminal {
  const { NODE_ENV: _jest, DATABASE_URL: _database, NODE_OPTIONS: _options, ...rest } = process.env;
  // Nor the suite's webhook settings (global-setup.ts): a person's shell has none.
  const inherited = Object.fromEntries(Object.entries(rest).filter(([name]) => !name.startsWith('WEBHOOK_')));
  // -e: script exits with the command's status; -f: output as it comes; -q: no banner.
  // script runs the command with $SHELL -c; exec makes pnpm the terminal's foreground process,
  // as an interactive shell would. Otherwise a non-interactive sh (dash, where SHELL is unset
  // or /bin/sh, as under CI) waits for pnpm and dies of the Ctrl-C itself, exiting 130.
  const child = spawn(script, ['-qfec', `exec ${command}`, '/dev/null'], { cwd: repoRoot, env: { ...inherited, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let text = '';
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer) => {
    text += stripVTControlCharacters(chunk.toString());
    for (const listener of listeners) listener();
  };
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    exited,
    output: () => text,
    interrupt: () => child.stdin!.write('\x03'),
    waitFor: (pattern, timeoutMs) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (!pattern.test(text)) return;
          listeners.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`not seen in ${timeoutMs} ms: ${pattern}\n--- the terminal showed ---\n${text}`));
        }, timeoutMs);
        listeners.add(check);
        void exited.then(() => setTimeout(() => check() ?? reject(new Error(`exited before ${pattern}:\n${text}`)), 100));
        check();
      }),
  };
}

let dataDir: string;
beforeAll(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'dispositions-terminal-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const noScript = !existsSync(script);

(noScript ? test.skip : test)(
  'when a person runs pnpm start in a terminal and presses Ctrl-C, then it says what the first start does, shows readable lines and the key, and ends cleanly',
  async () => {
    const port = await freePort();
    const terminal = inTerminal('pnpm start', { DATA_DIR: dataDir, PORT: String(port) });
    try {
      // The banner's last line: a terminal may deliver the banner in more than one piece.
      await terminal.waitFor(/The API reference, with a console to send requests from: \S+\/docs/, 180_000);
      const started = terminal.output();
      const key = /Its API key[^\n]*:\s+(dsp_\S+)/.exec(started)![1]!;
      const answer = await fetch(`http://127.0.0.1:${port}/leads/all/my`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: '{}',
      });
      terminal.interrupt();
      const code = await terminal.exited;
      const stopping = terminal.output().slice(started.length);

      // What the first start does, in order, before the key.
      const steps = ['creating the embedded database', 'bringing the database schema up to date', 'creating the business "Demo Business"', 'listening'];
      const positions = steps.map((step) => started.indexOf(step));
      expect(positions.every((position) => position >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      // pino-pretty's lines (time, level, message), not JSON.
      expect(started).toMatch(/^\[\d{2}:\d{2}:\d{2}\.\d{3}\] INFO: listening$/m);
      expect(started).not.toMatch(/^\{"level"/m);
      expect(started).toContain(`http://127.0.0.1:${port}/docs`);
      // The key is kept where the message says, for the owner only.
      const file = path.join(dataDir, 'demo-api-key');
      expect(started).toContain(`kept in ${file}, readable only by you`);
      expect(readFileSync(file, 'utf8')).toBe(`${key}\n`);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(answer.status).toBe(200);
      // Ctrl-C: the server says so and stops; pnpm reports no failure.
      expect(code).toBe(0);
      expect(stopping).toMatch(/INFO: shutting down/);
      expect(stopping).toMatch(/INFO: stopped/);
      expect(terminal.output()).not.toMatch(errorLines);
      expect(existsSync(path.join(dataDir, 'dispositions.pid'))).toBe(false);
    } finally {
      terminal.child.kill('SIGKILL');
    }
  },
  240_000,
);

(noScript ? test.skip : test)(
  'when it is started again in production mode, then the lines are JSON, they say where the demo key is, and Ctrl-C still ends cleanly',
  async () => {
    const port = await freePort();
    const terminal = inTerminal('pnpm start', { DATA_DIR: dataDir, PORT: String(port), NODE_ENV: 'production' });
    try {
      await terminal.waitFor(/"msg":"listening"/, 120_000);
      terminal.interrupt();
      const code = await terminal.exited;
      const lines = terminal
        .output()
        .split(/\r?\n/)
        // The terminal echoes Ctrl-C as ^C in front of the next line.
        .map((line) => line.replace(/^\^C/, ''))
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { msg: string; file?: string });

      expect(code).toBe(0);
      expect(lines.map((line) => line.msg)).toEqual(
        expect.arrayContaining([
          'opening the embedded database',
          'listening',
          'shutting down',
          'stopped',
          `the API key of "Demo Business" is in ${dataDir}/demo-api-key`,
        ]),
      );
      expect(terminal.output()).not.toContain('Its API key');
      expect(terminal.output()).not.toMatch(errorLines);
    } finally {
      terminal.child.kill('SIGKILL');
    }
  },
  180_000,
);

test.each([
  [{ isTTY: true }, 'development', true],
  [{ isTTY: true }, 'test', true],
  [{ isTTY: true }, 'production', false],
  [{ isTTY: false }, 'development', false],
  [{}, 'development', false],
])('when stdout is %j and NODE_ENV is %s, then pretty lines are %s', (stdout, nodeEnv, pretty) => {
  expect(wantsPrettyLogs(stdout, nodeEnv)).toBe(pretty);
});
