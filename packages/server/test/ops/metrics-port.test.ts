import { loadConfig } from '../../src/config';
import { freePort } from '../support/child-server';
import { parseMetrics, sampleValue } from '../support/prometheus';
import { startTestServer, type TestServer } from '../support/test-server';

// METRICS_PORT: /metrics on a listener of its own, so that the API's port (the one behind the
// public load balancer) never serves it, and a firewall rule or a Kubernetes port that only
// Prometheus reaches keeps it private.

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(undefined, { metricsPort: await freePort() });
});
afterAll(() => server.close());

test('when METRICS_PORT is set, then /metrics is served there with the API counts, and the API port answers it 404', async () => {
  const { apiKey } = await server.newBusiness();
  await fetch(`${server.url}/leads/all/my`, { method: 'POST', headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' }, body: '{}' });
  const onApiPort = await fetch(`${server.url}/metrics`);
  const scraped = await fetch(server.metricsUrl!);
  const samples = parseMetrics(await scraped.text());

  expect(server.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
  expect(new URL(server.metricsUrl!).port).not.toBe(new URL(server.url).port);
  expect(scraped.status).toBe(200);
  expect(scraped.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  expect(sampleValue(samples, 'http_requests_total', { operation_id: 'queryLeads', method: 'POST', status_code: '200' })).toBe(1);
  expect(sampleValue(samples, 'http_requests_total', { operation_id: 'getMetrics', method: 'GET', status_code: '404' })).toBe(1);
  expect(onApiPort.status).toBe(404);
  expect(onApiPort.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(await onApiPort.json()).toMatchObject({ status: 404, detail: 'The metrics are served on a port of their own (METRICS_PORT), not on this one.' });
});

test('when the metrics port is asked for anything else, then it answers 404 and serves none of the API', async () => {
  const base = new URL(server.metricsUrl!).origin;
  const answers = await Promise.all(['/healthz', '/docs', '/leads/all/my', '/metrics/x'].map((path) => fetch(`${base}${path}`)));

  expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404, 404]);
});

test('when METRICS_PORT is set to PORT or to no port, then the configuration is refused with one line naming it', () => {
  expect(() => loadConfig({ PORT: '3000', METRICS_PORT: '3000' })).toThrow(/^Invalid configuration: METRICS_PORT \(must differ from PORT/);
  expect(() => loadConfig({ METRICS_PORT: 'ninety' })).toThrow(/^Invalid configuration: METRICS_PORT/);
  expect(loadConfig({ METRICS_PORT: '9464' }).metricsPort).toBe(9464);
  expect(loadConfig({}).metricsPort).toBeUndefined();
});
