import { connect } from 'node:net';
import { httpTimeouts, keepAliveTimeoutMs } from '../../src/server';
import { startTestServer, type TestServer } from '../support/test-server';

// Slow clients (slowloris) hold a connection only as long as the HTTP timeouts allow: the
// headers must arrive within headersMs, the whole request within requestMs, and then the
// server answers 408 and closes. Tested on shorter timeouts than the defaults, which are
// checked as set.

const short = { headersMs: 1_500, requestMs: 3_000, checkEveryMs: 250 };

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(undefined, { httpTimeouts: short });
});
afterAll(() => server.close());

interface Dripped {
  /** Milliseconds from connecting until the server closed the connection. */
  closedAfterMs: number;
  answer: string;
}

/** Sends `head` at once, then `drip` one byte every 100 ms, until the server closes the connection (or 10 s pass). */
function slowClient(head: string, drip: string): Promise<Dripped> {
  const { port } = new URL(server.url);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    let answer = '';
    let sent = 0;
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(head));
    const dripping = setInterval(() => {
      if (!socket.writable) return;
      socket.write(drip[sent % drip.length]!);
      sent += 1;
    }, 100);
    const giveUp = setTimeout(() => socket.destroy(new Error('still open after 10 s')), 10_000);
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('error', (error) => {
      if (error.message.startsWith('still open')) reject(error);
    });
    socket.on('close', () => {
      clearInterval(dripping);
      clearTimeout(giveUp);
      resolve({ closedAfterMs: Date.now() - started, answer });
    });
  });
}

test('when the server starts, then its HTTP timeouts are the documented ones', async () => {
  const defaults = await startTestServer();
  try {
    const { headersTimeout, requestTimeout, keepAliveTimeout } = defaults.server;
    expect({ headersTimeout, requestTimeout, keepAliveTimeout }).toEqual({
      headersTimeout: httpTimeouts.headersMs,
      requestTimeout: httpTimeouts.requestMs,
      keepAliveTimeout: keepAliveTimeoutMs,
    });
    expect(httpTimeouts).toEqual({ headersMs: 10_000, requestMs: 30_000, checkEveryMs: 1_000 });
  } finally {
    await defaults.close();
  }
});

test('when a client sends its headers a byte at a time (slowloris), then it gets 408 and the connection is closed once the headers timeout passes, while others are served', async () => {
  const slow = slowClient('GET /healthz HTTP/1.1\r\nHost: localhost\r\n', 'X-Slow: aaaaaaaa\r\n');
  const meanwhile = await fetch(`${server.url}/healthz`);

  const { closedAfterMs, answer } = await slow;

  expect(meanwhile.status).toBe(200);
  expect(answer).toMatch(/^HTTP\/1\.1 408 /);
  expect(closedAfterMs).toBeGreaterThanOrEqual(short.headersMs - 100);
  // Generous above: on a loaded machine the timers fire late; held open, the client gives up at 10 s.
  expect(closedAfterMs).toBeLessThan(short.headersMs + 5_000);
});

test('when a client sends its body a byte at a time, then the connection is closed once the request timeout passes', async () => {
  const head = [
    'POST /leads HTTP/1.1',
    'Host: localhost',
    'Authorization: Bearer dsp_x',
    'Content-Type: application/json',
    'Content-Length: 100000',
    '',
    '',
  ].join('\r\n');

  const { closedAfterMs } = await slowClient(head, '{"contact":');

  expect(closedAfterMs).toBeGreaterThanOrEqual(short.requestMs - 100);
  expect(closedAfterMs).toBeLessThan(short.requestMs + 5_000);
});
