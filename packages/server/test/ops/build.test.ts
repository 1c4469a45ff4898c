import { execFile } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createDatabase } from '../../src/db/database';
import { createApiKey } from '../../src/services/api-keys.service';
import { startChildServer } from '../support/child-server';
import { databaseKind } from '../support/test-server';

// The production build as `pnpm build` makes it: tsc with the build config, then plain
// node on the output. It compiles into test-build/ (git-ignored, one level below the
// package like dist/, so the spec is found the same way) to leave dist/ alone.

const packageDir = path.resolve(__dirname, '../..');
const outDir = path.join(packageDir, 'test-build');
const tsc = path.resolve(packageDir, '../../node_modules/.bin/tsc');

beforeAll(async () => {
  rmSync(outDir, { recursive: true, force: true });
  await promisify(execFile)(tsc, ['-p', 'tsconfig.build.json', '--outDir', outDir, '--sourceMap', 'false'], { cwd: packageDir, timeout: 120_000 });
}, 130_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

test('when the server is built, then the JavaScript needs only Node built-ins and the runtime dependencies', () => {
  const manifest = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as Record<
    'dependencies' | 'optionalDependencies',
    Record<string, string>
  >;
  const dependencies = { ...manifest.dependencies, ...manifest.optionalDependencies };
  const required = new Set(jsFiles(outDir).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/require\("([^".][^"]*)"\)/g)].map(([, name]) => name!)));
  const packages = [...required]
    .filter((name) => !name.startsWith('node:') && !builtinModules.includes(name))
    .map((name) => (name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]!));

  expect(packages.length).toBeGreaterThan(5);
  expect(packages.filter((name) => !(name in dependencies))).toEqual([]);
});

test('when the built main.js is started with plain node, then it migrates, listens and answers /healthz', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'dispositions-build-'));
  const server = await startChildServer(process.execPath, [path.join(outDir, 'main.js')], { DATA_DIR: dataDir, EMBEDDED_DATABASE: 'true' });
  try {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 60_000);

test('when the built main.js starts with neither DATABASE_URL nor EMBEDDED_DATABASE, as the Docker image would by mistake, then it exits 1 with one line and writes no database', async () => {
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'dispositions-build-')), 'never-created');
  const env = { ...process.env, NODE_OPTIONS: '', DATABASE_URL: '', EMBEDDED_DATABASE: '', DATA_DIR: dataDir };

  const outcome = await promisify(execFile)(process.execPath, [path.join(outDir, 'main.js')], { env, timeout: 30_000 }).then(
    () => ({ code: 0, stdout: '', stderr: '' }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );

  expect({ code: outcome.code, stdout: outcome.stdout }).toEqual({ code: 1, stdout: '' });
  expect(outcome.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Invalid configuration: DATABASE_URL \(not set: .*EMBEDDED_DATABASE=true/)]);
  expect(existsSync(dataDir)).toBe(false);
});

describe('deployed as the Dockerfile does (production dependencies only, no optional ones, the spec beside it)', () => {
  // The Dockerfile's steps without Docker: `pnpm deploy --prod --no-optional`, the build in its
  // dist/, and the spec at ../../spec from there.
  let app: string;
  let serverDir: string;
  let deployOutput: string;

  beforeAll(async () => {
    app = mkdtempSync(path.join(tmpdir(), 'dispositions-deploy-'));
    serverDir = path.join(app, 'packages/server');
    const deployed = await promisify(execFile)('pnpm', ['--filter', '@dispositions/server', 'deploy', '--prod', '--no-optional', '--legacy', serverDir], {
      cwd: packageDir,
      timeout: 120_000,
    });
    deployOutput = `${deployed.stdout}${deployed.stderr}`;
    await promisify(execFile)(tsc, ['-p', 'tsconfig.build.json', '--outDir', path.join(serverDir, 'dist'), '--sourceMap', 'false'], {
      cwd: packageDir,
      timeout: 120_000,
    });
    // The build's last step: the reference's browser bundle beside the compiled server.
    await promisify(execFile)(process.execPath, [path.join(outDir, 'routes/docs-bundle.js'), path.join(serverDir, 'dist')], {
      cwd: packageDir,
      timeout: 30_000,
    });
    mkdirSync(path.join(app, 'spec'));
    copyFileSync(path.resolve(packageDir, '../../spec/openapi.yaml'), path.join(app, 'spec/openapi.yaml'));
  }, 240_000);
  afterAll(() => rmSync(app, { recursive: true, force: true }));

  test('then pnpm deploy warns of no missing peer dependency', () => {
    expect(deployOutput).not.toMatch(/peer dep|missing peer/i);
  });

  test('then it holds only what it serves: no dev dependency, no reference sources, no embedded database', () => {
    const installed = readdirSync(path.join(serverDir, 'node_modules'));
    expect(installed).toEqual(expect.arrayContaining(['express', 'knex', 'pg']));
    expect(installed.filter((name) => ['tsx', 'typescript', 'jest', 'ts-jest'].includes(name))).toEqual([]);
    // The reference is one copied file, not its Vue (or Redoc's React) source tree; PGlite is optional.
    const everything = readdirSync(path.join(serverDir, 'node_modules/.pnpm'));
    expect(everything.filter((name) => /^(@scalar\+|redoc@|react@|react-dom@|vue@|@electric-sql\+pglite@|knex-pglite@)/.test(name))).toEqual([]);
  });

  test('when it is asked for the embedded database, then it exits 1 with one line saying to set DATABASE_URL', async () => {
    // No NODE_PATH: pnpm sets it for its scripts, and through it the repository's PGlite would be found.
    const env = { ...process.env, NODE_OPTIONS: '', NODE_PATH: '', DATABASE_URL: '', EMBEDDED_DATABASE: 'true', DATA_DIR: path.join(app, '.data') };

    const outcome = await promisify(execFile)(process.execPath, [path.join(serverDir, 'dist/main.js')], { env, cwd: app, timeout: 30_000 }).then(
      () => ({ code: 0, stdout: '', stderr: '' }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );

    expect({ code: outcome.code, stdout: outcome.stdout }).toEqual({ code: 1, stdout: '' });
    expect(outcome.stderr.trim().split('\n')).toEqual([
      expect.stringContaining('This build has no embedded database (the production image is for PostgreSQL): set DATABASE_URL.'),
    ]);
  });

  (databaseKind === 'postgresql' ? test : test.skip)(
    'when it runs over PostgreSQL, then it serves the API and the reference',
    async () => {
      const db = createDatabase({ databaseUrl: process.env.DATABASE_URL });
      const { apiKey } = await createApiKey(db, `Deployed ${Date.now()}`).finally(() => db.destroy());
      const server = await startChildServer(
        process.execPath,
        [path.join(serverDir, 'dist/main.js')],
        { DATABASE_URL: process.env.DATABASE_URL!, NODE_PATH: '' },
        app,
      );
      try {
        const created = await fetch(`${server.url}/leads`, {
          method: 'POST',
          headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
          body: JSON.stringify({ contact: { firstName: 'Ada' } }),
        });
        expect(created.status).toBe(201);
        expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
        const bundle = await fetch(`${server.url}/docs/scalar-api-reference.js`);
        expect(bundle.status).toBe(200);
        expect((await bundle.arrayBuffer()).byteLength).toBeGreaterThan(1_000_000);
      } finally {
        await server.stop();
      }
    },
    60_000,
  );
  (databaseKind === 'postgresql' ? test : test.skip)(
    'when its scripts run over PostgreSQL, then keys-create names the revoke command that exists there, which works, and the seed runs with its production dependencies',
    async () => {
      const run = (script: string, args: string[]) =>
        promisify(execFile)(process.execPath, [`packages/server/dist/scripts/${script}`, ...args], {
          cwd: app,
          env: { ...process.env, NODE_OPTIONS: '', NODE_PATH: '', DATABASE_URL: process.env.DATABASE_URL },
          timeout: 120_000,
        });
      const created = await run('keys-create.js', [`Deployed scripts ${Date.now()}`]);
      const revoke = /revoke it with (node \S+) ([0-9a-f-]{36})\./.exec(created.stderr);
      expect(revoke?.[1]).toBe('node packages/server/dist/scripts/keys-revoke.js');
      expect(created.stderr).not.toContain('pnpm');
      const revoked = await run('keys-revoke.js', [revoke![2]!]);
      const seeded = await run('seed.js', ['--business', `Deployed seed ${Date.now()}`, '--leads', '3']);

      expect(revoked.stdout.trim()).toBe(revoke![2]);
      expect(seeded.stderr).toMatch(/done in [\d.]+ s: 3 leads, \d+ dispositions\./);
      expect(seeded.stdout.trim()).toMatch(/^dsp_/);
    },
    150_000,
  );
});

test("when the Dockerfile's dependency layer is made of the files it copies before `pnpm fetch`, then the fetch succeeds", async () => {
  // What the layer copies: every COPY between the build stage's WORKDIR and `RUN pnpm fetch`.
  const dockerfile = readFileSync(path.resolve(packageDir, '../../Dockerfile'), 'utf8');
  const layer = dockerfile.slice(dockerfile.indexOf('WORKDIR /repo'), dockerfile.indexOf('RUN pnpm fetch'));
  const copied = [...layer.matchAll(/^COPY (.+) \S+$/gm)].flatMap(([, sources]) => sources!.split(' '));
  expect(copied).toContain('pnpm-lock.yaml');
  const context = mkdtempSync(path.join(tmpdir(), 'dispositions-fetch-'));
  try {
    for (const source of copied) cpSync(path.resolve(packageDir, '../..', source), path.join(context, source), { recursive: true });

    const fetched = await promisify(execFile)('pnpm', ['fetch'], { cwd: context, timeout: 240_000 }).then(
      () => 'fetched',
      (error: { stderr?: string; stdout?: string }) => `${error.stdout ?? ''}${error.stderr ?? ''}`,
    );

    expect(fetched).toBe('fetched');
  } finally {
    rmSync(context, { recursive: true, force: true });
  }
}, 300_000);
