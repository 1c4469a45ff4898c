import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createDisposition, createLead } from '../support/factories';
import { specOperations } from '../support/spec';
import { startTestServer, type TestServer } from '../support/test-server';

// Debian's chromium, never a downloaded browser; .ci/run installs it when it is missing.
const chromiumPath = '/usr/bin/chromium';
const artifacts = path.resolve(__dirname, '../../test-artifacts');
const dispositionSummaries = specOperations
  .filter((operation) => operation.path.startsWith('/dispositions'))
  .map((operation) => (operation as { summary?: string }).summary!);

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

  /** A page that may reach only this server; what it asks of any other host is refused and noted. */
  async function openDocs(): Promise<{ page: Page; elsewhere: string[]; pageErrors: string[] }> {
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
    return { page, elsewhere, pageErrors };
  }

  test('when /docs is opened in Chromium, then the reference lists every disposition operation, asking nothing of any other host', async () => {
    const { page, elsewhere, pageErrors } = await openDocs();
    // Scalar renders sections as they scroll into view; the sidebar lists them all at once.
    await page.getByRole('link', { name: dispositionSummaries[0]! }).first().waitFor({ timeout: 30_000 });
    const listed = await page.getByRole('link').allInnerTexts();
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, 'docs.png') });

    expect(dispositionSummaries).toContain('Updates a disposition.');
    for (const summary of dispositionSummaries) expect(listed.map((text) => text.split('\n')[0]!.trim())).toContain(summary);
    expect(await page.getByRole('heading', { name: 'Dispositions API', exact: true }).count()).toBe(1);
    expect(elsewhere).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  test('when a key is pasted into the console and PUT /dispositions/{id} is sent from the page, then the server answers 200 and the disposition changes', async () => {
    const { apiKey, client } = await server.newBusiness();
    const lead = await createLead(client);
    const disposition = await createDisposition(client, lead.id, { outcome: 'No Answer' });
    const { page, elsewhere, pageErrors } = await openDocs();

    await page.getByPlaceholder('Token').first().fill(apiKey);
    await page.getByRole('link', { name: 'Updates a disposition.' }).first().click();
    const operation = page.locator('section', { has: page.getByRole('heading', { name: 'Updates a disposition.' }) }).first();
    await operation.getByRole('button', { name: /^Test Request/ }).click();
    const console = page.getByRole('dialog');
    // The path's id: the spec's example is offered; add ours instead.
    await console
      .getByRole('button', { name: /^[0-9a-f-]{36}$/ })
      .first()
      .click();
    await page.getByText('Add value').click();
    await page.keyboard.type(disposition.id);
    await page.keyboard.press('Enter');
    // The example If-Match would (rightly) answer 412: send the update unconditionally.
    await console.getByLabel('Include If-Match in request').uncheck();
    const answered = page.waitForResponse((response) => response.request().method() === 'PUT');
    await console.getByRole('button', { name: /^Send/ }).first().click();
    const answer = await answered;
    await console.getByText('200 OK').waitFor({ timeout: 10_000 });
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, 'docs-console.png') });

    expect(answer.url()).toBe(`${server.url}/dispositions/${disposition.id}`);
    expect(answer.request().headers().authorization).toBe(`Bearer ${apiKey}`);
    expect(answer.status()).toBe(200);
    const { data: changed } = await client.GET('/dispositions/{id}', { params: { path: { id: disposition.id } } });
    // The spec's example body for PUT /dispositions/{id}.
    expect(changed).toMatchObject({ id: disposition.id, outcome: 'Contacted', followUpStatus: 'Pending', assignedToUserId: 'user-42' });
    expect(elsewhere).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
}
