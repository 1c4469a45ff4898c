import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
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

  /**
   * A page that may reach only this server; what it asks of any other host is refused and
   * noted, as are the errors it throws or logs and every answer of 400 or more it gets.
   */
  async function openDocs(start = '/docs'): Promise<{ page: Page; elsewhere: string[]; pageErrors: string[]; consoleErrors: string[]; failed: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const elsewhere: string[] = [];
    const pageErrors: string[] = [];
    const consoleErrors: string[] = [];
    const failed: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.route('**/*', (route) => {
      if (route.request().url().startsWith(server.url)) return route.continue();
      elsewhere.push(route.request().url());
      return route.abort();
    });
    await page.goto(`${server.url}${start}`);
    return { page, elsewhere, pageErrors, consoleErrors, failed };
  }

  /** As a person does: paste the key into the page, open the operation from the sidebar (unfolding its group), and open its console. */
  async function openConsole(page: Page, apiKey: string, summary: string, group?: string): Promise<Locator> {
    await page.getByPlaceholder('Token').first().fill(apiKey);
    if (group) await page.getByText(group, { exact: true }).first().click();
    await page.getByRole('link', { name: summary }).first().click();
    const operation = page.locator('section', { has: page.getByRole('heading', { name: summary }) }).first();
    await operation.getByRole('button', { name: /^Test Request/ }).click();
    return page.getByRole('dialog');
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

  test('when a person pastes a key, picks PUT /dispositions/{id}, types an id and sends, then the first try answers 200 and the disposition changes', async () => {
    const { apiKey, client } = await server.newBusiness();
    const lead = await createLead(client);
    const disposition = await createDisposition(client, lead.id, { outcome: 'No Answer' });
    const { page, elsewhere, pageErrors, consoleErrors, failed } = await openDocs();

    const console = await openConsole(page, apiKey, 'Updates a disposition.');
    // The path's id is an empty field to type into, not a list of the spec's examples.
    const idRow = console.locator('tr', { has: page.getByLabel('Include id in request') });
    const idValue = idRow.getByRole('combobox', { name: /Value/ });
    expect(await idValue.textContent()).toBe('');
    // No optional header starts ticked with the spec's example: If-Match would answer 412.
    expect(await console.getByLabel('Include If-Match in request').isChecked()).toBe(false);
    await idValue.click();
    await page.keyboard.type(disposition.id);
    const answered = page.waitForResponse((response) => response.request().method() === 'PUT');
    await console.getByRole('button', { name: /^Send/ }).first().click();
    const answer = await answered;
    await console.getByText('200 OK').waitFor({ timeout: 15_000 });
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, 'docs-console.png') });

    expect(answer.url()).toBe(`${server.url}/dispositions/${disposition.id}`);
    expect(answer.request().headers().authorization).toBe(`Bearer ${apiKey}`);
    expect(answer.request().headers()['if-match']).toBeUndefined();
    expect(answer.status()).toBe(200);
    const { data: changed } = await client.GET('/dispositions/{id}', { params: { path: { id: disposition.id } } });
    // The spec's example body for PUT /dispositions/{id}.
    expect(changed).toMatchObject({ id: disposition.id, outcome: 'Contacted', followUpStatus: 'Pending', assignedToUserId: 'user-42' });
    expect(elsewhere).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(failed).toEqual([]);
  });

  test('when a person sends POST /leads twice from the console, then two leads are created, neither a replay of an example Idempotency-Key', async () => {
    const { apiKey, client } = await server.newBusiness();
    const { page, elsewhere, pageErrors, consoleErrors } = await openDocs();

    const console = await openConsole(page, apiKey, 'Creates a lead.', 'Leads');
    expect(await console.getByLabel('Include Idempotency-Key in request').isChecked()).toBe(false);
    const answers = [];
    for (let send = 0; send < 2; send++) {
      const answered = page.waitForResponse((response) => response.request().method() === 'POST' && response.url() === `${server.url}/leads`);
      await console.getByRole('button', { name: /^Send/ }).first().click();
      answers.push(await answered);
    }

    expect(answers.map((answer) => answer.status())).toEqual([201, 201]);
    expect(answers.map((answer) => answer.headers()['idempotency-replayed'])).toEqual([undefined, undefined]);
    expect(answers.map((answer) => answer.request().headers()['idempotency-key'])).toEqual([undefined, undefined]);
    const ids = await Promise.all(answers.map(async (answer) => ((await answer.json()) as { id: string }).id));
    expect(new Set(ids).size).toBe(2);
    const { data } = await client.POST('/leads/all/my', { body: { includeCount: true } });
    expect(data?.totalCount).toBe(2);
    expect(elsewhere).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test("when a browser opens the server's root, then it lands on the reference with the server's icon, and the console logs no error", async () => {
    const { page, elsewhere, pageErrors, consoleErrors, failed } = await openDocs('/');
    await page.getByRole('heading', { name: 'Dispositions API', exact: true }).waitFor({ timeout: 30_000 });
    const icon = await page.request.get(`${server.url}/favicon.ico`);

    expect(new URL(page.url()).pathname).toBe('/docs');
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toMatch(/^image\/svg\+xml/);
    expect(elsewhere).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(failed).toEqual([]);
  });
}
