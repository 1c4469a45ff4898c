import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { createDispositionsClient } from '@dispositions/client';
import { lockFileName } from '../../src/db/embedded-lock';
import { type ChildServer, startSourceServer } from '../support/child-server';
import { runScript } from '../support/scripts';
import { databaseKind } from '../support/test-server';

// One process at a time opens an embedded database: PGlite takes no lock itself, and a
// second process writing the same files loses writes. So while the server runs on a
// directory, every script and a second server refuse it in one line, and what a command
// reported done is still there after restarts. Without DATABASE_URL the server runs
// embedded only when asked (EMBEDDED_DATABASE=true, which `pnpm start` sets).

// Embedded only: it makes a database of its own, so it would add nothing on the PostgreSQL run.
const onEmbedded = databaseKind === 'embedded' ? describe : describe.skip;

let dataDir: string;
let server: ChildServer | undefined;
/** The demo business's key, printed by the first start. */
let demoKey: string;
const env = () => ({ DATA_DIR: dataDir, DATABASE_URL: '' });

onEmbedded('one process per embedded database', () => {
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'dispositions-embedded-'));
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const status = async (url: string, apiKey: string) =>
    (await createDispositionsClient({ baseUrl: url, apiKey, retry: false }).POST('/leads/all/my', { body: {} })).response.status;

  test('when the server first starts on a new directory, then it holds the lock with its pid, stdout has only JSON lines, and the demo key is on stderr', async () => {
    server = await startSourceServer(env());
    // The notice follows the "listening" line, on the other stream.
    for (let waited = 0; !/dsp_\S+\n/.test(server.stderr()) && waited < 5_000; waited += 50) await setTimeout(50);
    demoKey = /^\s+(dsp_\S+)$/m.exec(server.stderr())?.[1] ?? '';

    expect(demoKey).toMatch(/^dsp_/);
    expect(await status(server.url, demoKey)).toBe(200);
    expect(server.stdout.length).toBeGreaterThan(0);
    for (const line of server.stdout) expect(() => JSON.parse(line)).not.toThrow();
    expect(server.stdout.join('\n')).not.toContain(demoKey);
    expect(Number(readFileSync(path.join(dataDir, lockFileName), 'utf8'))).toBeGreaterThan(0);
  }, 120_000);

  test.each([
    ['keys:create', 'scripts/keys-create.ts', ['Acme Roofing']],
    ['keys:revoke', 'scripts/keys-revoke.ts', ['7c9e6679-7425-40de-944b-e07fc1f90ae7']],
    ['db:migrate', 'scripts/migrate.ts', []],
    ['db:rollback', 'scripts/rollback.ts', []],
    ['db:seed', 'scripts/seed.ts', ['--leads', '1']],
    ['a second server', 'main.ts', []],
  ])(
    'when %s is run while the server has the directory open, then it refuses in one line naming the process, and prints nothing on stdout',
    async (_name, script, args) => {
      const holder = readFileSync(path.join(dataDir, lockFileName), 'utf8').trim();

      const outcome = await runScript(script, args, env());

      expect(outcome.code).toBe(1);
      expect(outcome.stdout).toBe('');
      const lines = outcome.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`The embedded database in ${dataDir} is open in process ${holder}`);
    },
    60_000,
  );

  test('when the server stops, then keys:create works, and its key and every write survive the next starts', async () => {
    const kept = await createDispositionsClient({ baseUrl: server!.url, apiKey: demoKey }).POST('/leads', { body: { contact: { firstName: 'Kept' } } });
    expect(kept.response.status).toBe(201);
    expect(await server!.stop()).toBe(0);
    expect(existsSync(path.join(dataDir, lockFileName))).toBe(false);

    const created = await runScript('scripts/keys-create.ts', ['Acme Roofing'], env());
    expect(created.code).toBe(0);
    const apiKey = created.stdout.trim().split('\n').pop()!;
    server = await startSourceServer(env());
    expect(await status(server.url, apiKey)).toBe(200);
    expect(await server.stop()).toBe(0);
    server = await startSourceServer(env());

    expect(await status(server.url, apiKey)).toBe(200);
    const { data } = await createDispositionsClient({ baseUrl: server.url, apiKey: demoKey }).GET('/leads/{id}', { params: { path: { id: kept.data!.id } } });
    expect(data?.contact.firstName).toBe('Kept');
    expect(await server.stop()).toBe(0);
    server = undefined;
  }, 180_000);

  test('when the server is killed (SIGKILL) right after answering a write, then the next start takes the directory over and the write is there', async () => {
    server = await startSourceServer(env());
    const created = await createDispositionsClient({ baseUrl: server.url, apiKey: demoKey }).POST('/leads', { body: { contact: { firstName: 'Survivor' } } });
    expect(created.response.status).toBe(201);
    await server.stop('SIGKILL');
    expect(existsSync(path.join(dataDir, lockFileName))).toBe(true);

    server = await startSourceServer(env());
    const { data } = await createDispositionsClient({ baseUrl: server.url, apiKey: demoKey }).GET('/leads/{id}', {
      params: { path: { id: created.data!.id } },
    });
    expect(data?.contact.firstName).toBe('Survivor');
    expect(await server.stop()).toBe(0);
    server = undefined;
  }, 120_000);

  test('when a lock file names a process that is gone (killed, crashed), then the next start takes the directory over', async () => {
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(path.join(dataDir, lockFileName), `${gone}\n`);

    const outcome = await runScript('scripts/migrate.ts', [], env());

    expect({ code: outcome.code, stderr: outcome.stderr }).toEqual({ code: 0, stderr: expect.stringContaining('Schema is up to date') });
    expect(existsSync(path.join(dataDir, lockFileName))).toBe(false);
  }, 60_000);

  test.each([
    ['the server', 'main.ts', []],
    ['keys:create', 'scripts/keys-create.ts', ['Acme Roofing']],
  ])(
    'when %s starts with neither DATABASE_URL nor EMBEDDED_DATABASE (a production build, a Docker image), then it refuses in one line and opens nothing',
    async (_name, script, args) => {
      const elsewhere = path.join(dataDir, 'never-created');

      const outcome = await runScript(script, args, { DATABASE_URL: '', EMBEDDED_DATABASE: '', DATA_DIR: elsewhere });

      expect(outcome.code).toBe(1);
      expect(outcome.stdout).toBe('');
      expect(outcome.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Invalid configuration: DATABASE_URL \(not set: .*EMBEDDED_DATABASE=true/)]);
      expect(existsSync(elsewhere)).toBe(false);
    },
    60_000,
  );
});
