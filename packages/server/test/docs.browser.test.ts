import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { specOperations } from './support/spec';
import { startTestServer, type TestServer } from './support/test-server';

// Debian's chromium, never a downloaded browser; .ci/run installs it when it is missing.
const chromiumPath = '/usr/bin/chromium';
const artifacts = path.resolve(__dirname, '../test-artifacts');
const dispositionSummaries = specOperations.filter((operation) => operation.path.startsWith('/dispositions')).map((operation) => (operation as { summary?: string }).summary!);

if (!existsSync(chromiumPath)) {
  test.skip(`/docs in a browser: skipped because ${chromiumPath} is not installed (apt-get install -y chromium)`, () => undefined);
} else {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await chromium.launch({ executablePath: chromiumPath });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('when /docs is opened in Chromium, then the reference lists every disposition operation, asking nothing of any other host', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const elsewhere: string[] = [];
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.route('**/*', (route) => {
      if (route.request().url().startsWith(server.url)) return route.continue();
      elsewhere.push(route.request().url());
      return route.abort();
    });

    await page.goto(`${server.url}/docs`);
    await page.getByRole('heading', { name: dispositionSummaries[0]! }).waitFor({ timeout: 30_000 });
    const headings = await page.getByRole('heading').allInnerTexts();
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, 'docs.png') });

    expect(dispositionSummaries).toContain('Updates a disposition.');
    for (const summary of dispositionSummaries) expect(headings).toContain(summary);
    expect(headings.some((heading) => heading.startsWith('Dispositions API'))).toBe(true);
    expect(elsewhere).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
}
