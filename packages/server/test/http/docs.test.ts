import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { specPath } from '../../src/app';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

test('when /openapi.yaml is fetched without a key, then it is the spec file byte for byte', async () => {
  const response = await fetch(`${server.url}/openapi.yaml`);

  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/yaml/);
  expect(await response.text()).toBe(readFileSync(specPath, 'utf8'));
});

test('when /openapi.json is fetched without a key, then it is the same spec as JSON', async () => {
  const response = await fetch(`${server.url}/openapi.json`);

  expect(response.status).toBe(200);
  expect(await response.json()).toEqual(parse(readFileSync(specPath, 'utf8')));
});

test('when /docs is fetched, then every script it loads comes from this server, which serves it', async () => {
  const response = await fetch(`${server.url}/docs`);
  const page = await response.text();
  const sources = [...page.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map(([, source]) => source!);
  const inlineScripts = [...page.matchAll(/<script(?![^>]*\ssrc=)[^>]*>/g)];

  expect(sources).toEqual(['/docs/scalar-api-reference.js', '/docs/api-reference.js']);
  expect(inlineScripts).toEqual([]);
  expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  expect(response.headers.get('content-security-policy')).toContain("connect-src 'self'");
  const [bundle, setup] = await Promise.all(sources.map((source) => fetch(`${server.url}${source}`)));
  for (const script of [bundle!, setup!]) {
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^(application|text)\/javascript/);
  }
  expect((await bundle!.arrayBuffer()).byteLength).toBeGreaterThan(1_000_000);
  // The reference reads the spec from this server and sends nothing to Scalar's services.
  expect(await setup!.text()).toMatch(/^Scalar\.createApiReference\('#app', \{"url":"\/openapi\.json",.*"telemetry":false.*\}\);\n$/);
});
