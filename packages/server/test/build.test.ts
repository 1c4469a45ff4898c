import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startChildServer } from './support/child-server';

// The production build as `pnpm build` makes it: tsc with the build config, then plain
// node on the output. It compiles into test-build/ (git-ignored, one level below the
// package like dist/, so the spec is found the same way) to leave dist/ alone.

const packageDir = path.resolve(__dirname, '..');
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
  const { dependencies } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const required = new Set(
    jsFiles(outDir).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/require\("([^".][^"]*)"\)/g)].map(([, name]) => name!)),
  );
  const packages = [...required]
    .filter((name) => !name.startsWith('node:') && !builtinModules.includes(name))
    .map((name) => (name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]!));

  expect(packages.length).toBeGreaterThan(5);
  expect(packages.filter((name) => !(name in dependencies))).toEqual([]);
});

test('when the built main.js is started with plain node, then it migrates, listens and answers /healthz', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'dispositions-build-'));
  const server = await startChildServer(process.execPath, [path.join(outDir, 'main.js')], { DATA_DIR: dataDir });
  try {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 60_000);
