import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { startTestServer, type TestServer } from '../../server/test/support/test-server';

// The client README's examples, as a reader would paste them: every ```ts block, in order,
// as one program (imports first, the rest in an async main). It must type-check with the
// repository's compiler options and run to completion against the real server with a real key.

const readmePath = path.resolve(__dirname, '../README.md');
// The program is checked and run from the server's tests, as an app that installed the client
// would have it: there the client resolves as a dependency, and tsx is at hand.
const serverDir = path.resolve(__dirname, '../../server');
const tsx = path.join(serverDir, 'node_modules', '.bin', 'tsx');
const programPath = path.join(serverDir, 'test', 'readme-examples.ts');

function readmeProgram(): string {
  const blocks = [...readFileSync(readmePath, 'utf8').matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map(([, code]) => code!);
  const lines = blocks.join('\n').split('\n');
  const imports = lines.filter((line) => line.startsWith('import '));
  const body = lines.filter((line) => !line.startsWith('import '));
  return [
    ...imports,
    'async function main(): Promise<void> {',
    ...body,
    '}',
    'main().catch((error: unknown) => { console.error(error); process.exit(1); });',
    '',
  ].join('\n');
}

function typeErrors(source: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.resolve(serverDir, '../../tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  )!;
  const host = ts.createCompilerHost(config.options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language) => (fileName === programPath ? ts.createSourceFile(fileName, source, language) : getSourceFile(fileName, language));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => fileName === programPath || fileExists(fileName);
  const program = ts.createProgram([programPath], { ...config.options, noEmit: true }, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

test('when the README examples are compiled, then they type-check against the client and the generated types', () => {
  const source = readmeProgram();

  expect(source).toContain("from '@dispositions/client'");
  expect(typeErrors(source)).toEqual([]);
});

test('when the README examples run against a real server with a real key, then they finish and print what the README says', async () => {
  const { apiKey } = await server.newBusiness();

  const { stdout, stderr } = await promisify(execFile)(tsx, ['-e', readmeProgram()], {
    cwd: serverDir,
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      DISPOSITIONS_URL: server.url,
      DISPOSITIONS_API_KEY: apiKey,
      DISPOSITIONS_WEBHOOK_SECRET: `whsec_${randomBytes(24).toString('base64')}`,
    },
    timeout: 60_000,
  });

  expect(stderr).toBe('');
  expect(stdout).toMatch(/^lead [0-9a-f-]{36} created at \d{4}-/m);
  expect(stdout).toContain("400 /problems/validation-error [ '/body/callbackAt' ]");
  expect(stdout).toContain('Ada Lovelace: Appointment Set (Qualified), after No Answer');
  expect(stdout).toMatch(/^call [0-9a-f-]{36} back at 2026-11-25T15:00:00.000Z$/m);
  expect(stdout).toContain('1 of 1 leads');
  expect(stdout).toContain('Contacted (Done)');
  // The Express receiver, sent events signed with standardwebhooks: applied once, the duplicate
  // and the older event skipped, the changed body refused.
  expect(stdout).toMatch(/^disposition\.updated #3: Contacted for lead [0-9a-f-]{36}$/m);
  expect(stdout).toContain('duplicate disposition.updated, skipped');
  expect(stdout).toContain('stale disposition.created #2, skipped');
  expect(stdout).toContain('204 204 204');
  expect(stdout).toMatch(/^refused: bad-signature\n400$/m);
}, 90_000);
