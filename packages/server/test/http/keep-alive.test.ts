import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { keepAliveTimeoutMs } from '../../src/server';
import { startTestServer, type TestServer } from '../support/test-server';

// Idle keep-alive connections outlive a load balancer's idle timeout, and Node's 5 s default:
// a caller that pauses sends its next request down the same connection, never into one the
// server is closing.

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

test('when a keep-alive connection idles for 6 s, then the next request on it is served on the same connection, and every answer says how long it is kept', async () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = () =>
    new Promise<{ status?: number; keepAlive: string | undefined; reusedSocket: boolean }>((resolve, reject) => {
      const request = http.get(`${server.url}/healthz`, { agent }, (response) => {
        response.resume();
        response.on('end', () =>
          resolve({ status: response.statusCode, keepAlive: response.headers['keep-alive'] as string | undefined, reusedSocket: request.reusedSocket }),
        );
      });
      request.on('error', reject);
    });

  const first = await get();
  await sleep(6_000);
  const second = await get();
  agent.destroy();

  const keptFor = `timeout=${keepAliveTimeoutMs / 1000}`;
  expect(first).toEqual({ status: 200, keepAlive: keptFor, reusedSocket: false });
  expect(second).toEqual({ status: 200, keepAlive: keptFor, reusedSocket: true });
}, 15_000);
