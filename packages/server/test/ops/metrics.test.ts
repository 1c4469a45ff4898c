import { createDispositionsClient } from '@dispositions/client';
import { createDisposition, createLead } from '../support/factories';
import { parseMetrics, type Sample, sampleValue } from '../support/prometheus';
import { databaseKind, useServerWithBusiness } from '../support/test-server';

async function scrape(): Promise<Sample[]> {
  const response = await fetch(`${suite.server.url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parseMetrics(await response.text());
}

const requests = (samples: Sample[], operationId: string, method: string, status: number) =>
  sampleValue(samples, 'http_requests_total', { operation_id: operationId, method, status_code: String(status) });

const suite = useServerWithBusiness();

test('when operations are answered, then /metrics counts each by operationId, method and status, and times it in the histogram', async () => {
  const lead = await createLead(suite.business.client);
  const { id } = await createDisposition(suite.business.client, lead.id);
  const anonymous = createDispositionsClient({ baseUrl: suite.server.url, apiKey: null });
  const before = await scrape();

  await suite.business.client.PUT('/dispositions/{id}', { params: { path: { id } }, body: { outcome: 'Contacted' } });
  await suite.business.client.PUT('/dispositions/{id}', { params: { path: { id } }, body: { outcome: 'Voicemail' } });
  await anonymous.PUT('/dispositions/{id}', { params: { path: { id } }, body: {} });
  await suite.business.client.GET('/leads/{id}', { params: { path: { id: 'not-a-uuid' } } });
  await fetch(`${suite.server.url}/no/such/path`, { headers: { authorization: `Bearer ${suite.business.apiKey}` } });
  await fetch(`${suite.server.url}/healthz`);
  const after = await scrape();

  const delta = (operationId: string, method: string, status: number) =>
    requests(after, operationId, method, status) - requests(before, operationId, method, status);
  expect(delta('updateDisposition', 'PUT', 200)).toBe(2);
  expect(delta('updateDisposition', 'PUT', 401)).toBe(1);
  expect(delta('getLead', 'GET', 400)).toBe(1);
  expect(delta('unmatched', 'GET', 404)).toBe(1);
  expect(delta('getHealth', 'GET', 200)).toBe(1);
  const timed = { operation_id: 'updateDisposition', method: 'PUT', status_code: '200' };
  expect(sampleValue(after, 'http_request_duration_seconds_count', timed) - sampleValue(before, 'http_request_duration_seconds_count', timed)).toBe(2);
  expect(sampleValue(after, 'http_request_duration_seconds_bucket', { ...timed, le: '+Inf' })).toBe(
    sampleValue(after, 'http_request_duration_seconds_count', timed),
  );
  expect(sampleValue(after, 'http_request_duration_seconds_sum', timed)).toBeGreaterThan(0);
});

test('when a scrape follows a scrape, then the first one is counted under getMetrics', async () => {
  const before = await scrape();
  const after = await scrape();

  expect(requests(after, 'getMetrics', 'GET', 200) - requests(before, 'getMetrics', 'GET', 200)).toBe(1);
});

test('when a database connection is checked out, then the pool gauges show it used, and the pool size is the configured one', async () => {
  const idle = await scrape();
  const transaction = await suite.server.db.transaction();
  try {
    const busy = await scrape();

    expect(sampleValue(busy, 'db_pool_connections', { state: 'used' })).toBe(sampleValue(idle, 'db_pool_connections', { state: 'used' }) + 1);
    expect(sampleValue(busy, 'db_pool_max_connections')).toBe(databaseKind === 'postgresql' ? 8 : 1);
    for (const state of ['free', 'pending_acquires', 'pending_creates']) expect(sampleValue(busy, 'db_pool_connections', { state })).toBeGreaterThanOrEqual(0);
  } finally {
    await transaction.rollback();
  }
  expect(sampleValue(await scrape(), 'db_pool_connections', { state: 'used' })).toBe(sampleValue(idle, 'db_pool_connections', { state: 'used' }));
});

test('when scraped, then the Node.js process metrics are there too', async () => {
  const samples = await scrape();

  expect(sampleValue(samples, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  expect(samples.some((sample) => sample.name === 'nodejs_eventloop_lag_seconds')).toBe(true);
});
