import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startTestServer, type TestServer } from '../../server/test/support/test-server';

// The client as an app outside the repository gets it: `pnpm pack:client`, then plain `npm i`
// of the two tarballs into a project with no workspace, an ESM and a CommonJS consumer compiled
// by that project's own TypeScript under the strictest options, run with plain node against
// a live server.

const run = promisify(execFile);
const repoDir = path.resolve(__dirname, '../../..');
const packagesDir = path.join(repoDir, 'dist/packages');
const rootManifest = JSON.parse(readFileSync(path.join(repoDir, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };

// One program for both module systems: `import` compiles to `require` under node16 CommonJS.
const consumer = `
import { createDispositionsClient, InvalidWebhookError, orThrow, ProblemError, verifyWebhook, type DispositionResponse, type Problem } from '@dispositions/client';

async function main(): Promise<void> {
  const api = createDispositionsClient({ baseUrl: process.env.DISPOSITIONS_URL ?? 'http://localhost:3000', apiKey: process.env.DISPOSITIONS_API_KEY });
  const lead = await orThrow(api.POST('/leads', { body: { contact: { firstName: 'Ada', lastName: 'Lovelace' } } }));
  const created: DispositionResponse = await orThrow(
    api.POST('/dispositions', { body: { leadId: lead.id, type: 'Call', outcome: 'No Answer', callbackAt: '2026-11-25T15:00:00Z' } }),
  );
  const updated = await orThrow(api.PUT('/dispositions/{id}', { params: { path: { id: created.id } }, body: { outcome: 'Contacted' } }));
  const seen: string[] = [];
  for await (const page of api.pages('/dispositions/all/my', { pageSize: 1, filters: [{ field: 'leadId', value: lead.id }] })) {
    seen.push(...page.items.map((item) => item.outcome));
  }
  let problem: Problem | undefined;
  try {
    await orThrow(api.PUT('/dispositions/{id}', { params: { path: { id: created.id } }, body: { callbackAt: 'tomorrow' } }));
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    problem = error.problem;
  }
  // verifyWebhook, and the standardwebhooks package under it, load in this module system.
  let webhook: string | undefined;
  try {
    const now = String(Math.floor(Date.now() / 1000));
    verifyWebhook('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', { 'webhook-id': 'evt_1', 'webhook-timestamp': now, 'webhook-signature': 'v1,bm90IGl0' }, Buffer.from('{}'));
  } catch (error) {
    if (!(error instanceof InvalidWebhookError)) throw error;
    webhook = error.reason;
  }
  console.log(JSON.stringify({ updated: updated.outcome, seen, status: problem?.status, paths: problem?.errors?.map((field) => field.path), webhook }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
`;

const strict = { strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, skipLibCheck: false, target: 'es2022', types: ['node'] };

let server: TestServer;
let project: string;

beforeAll(async () => {
  server = await startTestServer();
  await run('pnpm', ['pack:client'], { cwd: repoDir, timeout: 120_000 });
  project = mkdtempSync(path.join(tmpdir(), 'dispositions-consumer-'));
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  const tarballs = readdirSync(packagesDir).map((name) => path.join(packagesDir, name));
  const tools = [`typescript@${rootManifest.devDependencies.typescript}`, `@types/node@${rootManifest.devDependencies['@types/node']}`];
  await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs, ...tools], { cwd: project, timeout: 240_000 });
}, 400_000);
afterAll(async () => {
  await server?.close();
  if (project) rmSync(project, { recursive: true, force: true });
});

function manifest(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(project, 'node_modules', name, 'package.json'), 'utf8')) as Record<string, unknown>;
}

/** A consumer in its own folder: package.json (its module type), tsconfig.json, index.ts. */
function writeConsumer(name: string, type: 'module' | 'commonjs', compilerOptions: Record<string, unknown>): string {
  const dir = path.join(project, name);
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ type }));
  writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...strict, ...compilerOptions, outDir: 'out' }, files: ['index.ts'] }));
  writeFileSync(path.join(dir, 'index.ts'), consumer);
  return dir;
}

async function compile(dir: string): Promise<void> {
  const tsc = path.join(project, 'node_modules/.bin/tsc');
  await run(tsc, ['-p', dir], { cwd: dir, timeout: 120_000 }).catch((error: { stdout?: string }) => {
    throw new Error(`tsc failed in ${path.basename(dir)}:\n${error.stdout}`);
  });
}

async function runAgainstServer(file: string): Promise<unknown> {
  const { apiKey } = await server.newBusiness();
  const { stdout } = await run(process.execPath, [file], {
    env: { ...process.env, NODE_OPTIONS: '', DISPOSITIONS_URL: server.url, DISPOSITIONS_API_KEY: apiKey },
    timeout: 60_000,
  });
  return JSON.parse(stdout);
}

const expected = { updated: 'Contacted', seen: ['Contacted'], status: 400, paths: ['/body/callbackAt'], webhook: 'bad-signature' };

test('when the tarballs are installed with npm, then they carry an exports map, types, licence and engines, and only real version ranges', () => {
  const client = manifest('@dispositions/client');
  const types = manifest('@dispositions/api-types');

  for (const pkg of [client, types]) {
    expect(pkg).toMatchObject({ license: 'MIT', engines: { node: expect.any(String) }, exports: expect.any(Object) });
    expect(pkg.private).toBeUndefined();
  }
  expect(JSON.stringify(client)).not.toContain('workspace:');
  expect(client.dependencies).toMatchObject({ '@dispositions/api-types': types.version });
  // The generated types came from the tarball beside it, not from a registry under the same name.
  const lock = JSON.parse(readFileSync(path.join(project, 'package-lock.json'), 'utf8')) as { packages: Record<string, { resolved?: string }> };
  expect(lock.packages['node_modules/@dispositions/api-types']?.resolved).toMatch(/^file:.*dispositions-api-types-.*\.tgz$/);
});

test('when an ESM project (nodenext) compiles the consumer strictly and runs it, then it creates, updates, pages and gets a typed problem', async () => {
  const dir = writeConsumer('esm', 'module', { module: 'nodenext', moduleResolution: 'nodenext' });
  await compile(dir);

  expect(readFileSync(path.join(dir, 'out/index.js'), 'utf8')).toContain("from '@dispositions/client'");
  expect(await runAgainstServer(path.join(dir, 'out/index.js'))).toEqual(expected);
}, 120_000);

test('when an ESM project resolves like a bundler, then the consumer type-checks strictly', async () => {
  const dir = writeConsumer('bundler', 'module', { module: 'es2022', moduleResolution: 'bundler', noEmit: true });
  await compile(dir);
}, 120_000);

test('when a CommonJS project (node16) compiles the consumer strictly and runs it, then it creates, updates, pages and gets a typed problem', async () => {
  const dir = writeConsumer('cjs', 'commonjs', { module: 'node16', moduleResolution: 'node16' });
  await compile(dir);

  expect(readFileSync(path.join(dir, 'out/index.js'), 'utf8')).toContain('require("@dispositions/client")');
  expect(await runAgainstServer(path.join(dir, 'out/index.js'))).toEqual(expected);
}, 120_000);
