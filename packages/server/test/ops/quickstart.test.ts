import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startTestServer, type TestBusiness, type TestServer } from '../support/test-server';

// The README's quickstart, as a person pastes it into a shell: its curl calls, byte for byte,
// against a real server, with the key read from where the first start keeps it.

const repoRoot = path.resolve(__dirname, '../../../..');
const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
const tools = ['/usr/bin/curl', '/usr/bin/jq'];

let server: TestServer;
let business: TestBusiness;
let workDir: string;

beforeAll(async () => {
  server = await startTestServer();
  business = await server.newBusiness();
  workDir = mkdtempSync(path.join(tmpdir(), 'dispositions-quickstart-'));
  mkdirSync(path.join(workDir, '.data/pglite'), { recursive: true });
  writeFileSync(path.join(workDir, '.data/pglite/demo-api-key'), `${business.apiKey}\n`, { mode: 0o600 });
});
afterAll(async () => {
  await server.close();
  rmSync(workDir, { recursive: true, force: true });
});

(tools.every((tool) => existsSync(tool)) ? test : test.skip)(
  "when the README's three calls are pasted into a shell, then they create a lead, record its callback for today, and find it among today's callbacks",
  async () => {
    const block = [...readme.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map(([, body]) => body!).find((body) => body.includes('KEY=$(cat'))!;
    const calls = block.match(/^curl /gm) ?? [];
    const script = `set -euo pipefail\n${block.replace('API=http://localhost:3000', `API=${server.url}`)}\necho "LEAD=$LEAD"\n`;

    const { stdout } = await promisify(execFile)('bash', ['-c', script], { cwd: workDir, timeout: 30_000 });
    const lead = /^LEAD=(\S+)$/m.exec(stdout)![1]!;
    const { data: page } = await business.client.POST('/dispositions/all/my', {
      body: { filters: [{ field: 'assignedToUserId', value: 'user-42' }] },
    });

    expect(calls.length + (block.match(/\$\(curl /g) ?? []).length).toBe(3);
    expect(lead).toMatch(/^[0-9a-f-]{36}$/);
    expect(page!.items).toHaveLength(1);
    expect(page!.items[0]).toMatchObject({ leadId: lead, outcome: 'No Answer', callbackAt: `${new Date().toISOString().slice(0, 10)}T15:00:00.000Z` });
    // The last call's answer, as jq prints it: today's callbacks, with the one just recorded.
    expect(stdout).toContain(`"leadId": "${lead}"`);
    expect(stdout.match(/"id": "/g)?.length).toBeGreaterThanOrEqual(2);
  },
  60_000,
);
