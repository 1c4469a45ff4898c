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
  expect(await setup!.text()).toMatch(/^Scalar\.createApiReference\('#app', \{"url":"\/docs\/openapi\.json",.*"telemetry":false.*\}\);\n$/);
});

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  example?: unknown;
  examples?: unknown;
  schema?: { $ref?: string; examples?: unknown };
}

test("when the console's copy of the spec is fetched, then it is the spec without the examples of optional parameters and path ids", async () => {
  const response = await fetch(`${server.url}/docs/openapi.json`);
  const forConsole = (await response.json()) as { paths: Record<string, Record<string, { parameters?: Parameter[] }>> };
  const spec = parse(readFileSync(specPath, 'utf8')) as { paths: Record<string, unknown>; components: unknown };
  const parameters = Object.values(forConsole.paths).flatMap((item) =>
    Object.values(item).flatMap((operation) => (Array.isArray(operation) ? operation : (operation.parameters ?? []))),
  );
  const item = forConsole.paths['/dispositions/{id}']! as unknown as { parameters: Parameter[]; put: { parameters: Parameter[] } };

  expect(response.status).toBe(200);
  expect(Object.keys(forConsole.paths)).toEqual(Object.keys(spec.paths));
  expect(parameters.filter((parameter) => parameter.in === 'path').length).toBeGreaterThanOrEqual(9);
  for (const parameter of parameters) {
    if (parameter.in === 'path' || !parameter.required) {
      expect({ parameter: parameter.name, example: parameter.example, examples: parameter.examples ?? parameter.schema?.examples }).toEqual({
        parameter: parameter.name,
        example: undefined,
        examples: undefined,
      });
    }
    expect(parameter.schema?.$ref === undefined || parameter.in !== 'path').toBe(true);
  }
  expect([...item.parameters, ...item.put.parameters].map(({ name, in: where }) => `${where} ${name}`)).toEqual(['path id', 'header If-Match']);
  // The spec itself keeps them, for readers and the contract check.
  expect(JSON.stringify(spec.components)).toContain('5f1c9a0e-7b1d-4c3a-9e2f-0a8b6c4d2e1f');
});

test('when a browser asks for / or /favicon.ico without a key, then / leads to the reference and the icon is served', async () => {
  const root = await fetch(`${server.url}/`, { redirect: 'manual' });
  const icon = await fetch(`${server.url}/favicon.ico`);

  expect(root.status).toBe(302);
  expect(root.headers.get('location')).toBe('/docs');
  expect(icon.status).toBe(200);
  expect(icon.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
  expect(await icon.text()).toMatch(/^<svg /);
});
