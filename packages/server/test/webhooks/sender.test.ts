import { Webhook } from 'standardwebhooks';
import { InvalidFieldsError } from '../../src/domain/errors';
import { closeWebhookConnections, excerptOf, parseRetryAfter, responseExcerptBytes, sendWebhook } from '../../src/webhooks/sender';
import { activeSecrets, generateWebhookSecret, signatureHeaders } from '../../src/webhooks/signing';
import { checkResolvedUrl, checkWebhookUrl, forbiddenAddressReason } from '../../src/webhooks/url-policy';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';

// One attempt of a webhook, against a real receiver on loopback: signed as Standard Webhooks
// has it, never to a private address unless allowed, never following a redirect, bounded in
// time, and keeping only the start of the answer.

let receiver: WebhookReceiver;

beforeEach(async () => {
  receiver = await startWebhookReceiver();
});
afterEach(async () => {
  await receiver.close();
});
afterAll(() => closeWebhookConnections());

const body = JSON.stringify({ id: 'evt_1', type: 'webhook.test', timestamp: new Date().toISOString(), data: {} });

describe('signing', () => {
  test('when a secret is generated, then it is whsec_ and the base64 of 32 random bytes, new each time', () => {
    const secrets = [generateWebhookSecret(), generateWebhookSecret()];

    for (const secret of secrets) {
      expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+={0,2}$/);
      expect(Buffer.from(secret.slice('whsec_'.length), 'base64')).toHaveLength(32);
    }
    expect(secrets[0]).not.toBe(secrets[1]);
  });

  test('when a webhook is sent, then the receiver verifies it with standardwebhooks and the body is the bytes signed', async () => {
    const secret = generateWebhookSecret();

    const result = await sendWebhook({ url: `${receiver.url}/hook`, body, headers: signatureHeaders('evt_1', body, [secret]), allowPrivate: true });
    const [request] = await receiver.waitFor(1);

    expect(result).toMatchObject({ statusCode: 204, error: null });
    expect(request!.headers['webhook-id']).toBe('evt_1');
    expect(request!.headers['content-type']).toBe('application/json');
    expect(request!.body).toBe(body);
    expect(new Webhook(secret).verify(request!.body, request!.headers as Record<string, string>)).toEqual(JSON.parse(body));
  });

  test('when two secrets are active (a rotation overlap), then the signature header holds both and each verifies alone', async () => {
    const [current, previous] = [generateWebhookSecret(), generateWebhookSecret()];
    const secrets = activeSecrets({ secret: current, previousSecret: previous, previousSecretExpiresAt: new Date(Date.now() + 60_000) });

    await sendWebhook({ url: receiver.url, body, headers: signatureHeaders('evt_2', body, secrets), allowPrivate: true });
    const [request] = await receiver.waitFor(1);
    const headers = request!.headers as Record<string, string>;

    expect(secrets).toEqual([current, previous]);
    expect(headers['webhook-signature']!.split(' ')).toHaveLength(2);
    expect(headers['webhook-signature']).toMatch(/^v1,\S+ v1,\S+$/);
    expect(() => new Webhook(current).verify(request!.body, headers)).not.toThrow();
    expect(() => new Webhook(previous).verify(request!.body, headers)).not.toThrow();
    expect(() => new Webhook(generateWebhookSecret()).verify(request!.body, headers)).toThrow();
  });

  test('when the overlap has passed, then only the new secret signs', () => {
    const [current, previous] = [generateWebhookSecret(), generateWebhookSecret()];

    expect(activeSecrets({ secret: current, previousSecret: previous, previousSecretExpiresAt: new Date(Date.now() - 1000) })).toEqual([current]);
    expect(activeSecrets({ secret: current, previousSecret: null, previousSecretExpiresAt: null })).toEqual([current]);
  });
});

describe('private addresses', () => {
  const refused = (port: number) => [
    `https://127.0.0.1:${port}/`,
    `https://[::1]:${port}/`,
    `https://[::ffff:127.0.0.1]:${port}/`,
    'https://10.1.2.3/',
    'https://192.168.0.1/',
    'https://172.16.0.1/',
    'https://169.254.169.254/latest/meta-data/',
    'https://[::ffff:a9fe:a9fe]/',
    'https://[fd00::1]/',
    'https://[fe80::1]/',
    'https://0.0.0.0/',
    'https://2130706433/',
  ];

  test.each(['127.0.0.1', '::1', '10.0.0.1', '169.254.169.254', '::ffff:127.0.0.1', '::ffff:10.0.0.1', 'fc00::1', 'fe80::1', '100.64.0.1', '224.0.0.1', '::'])(
    'when %s is checked, then it is refused',
    (address) => {
      expect(forbiddenAddressReason(address)).toBeDefined();
    },
  );

  test.each(['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c', '::ffff:93.184.215.14'])('when %s is checked, then it is allowed', (address) => {
    expect(forbiddenAddressReason(address)).toBeUndefined();
  });

  test('when a delivery is sent to a private, loopback, link-local or metadata literal, then it is refused without connecting', async () => {
    for (const url of refused(receiver.port)) {
      const result = await sendWebhook({ url, body, headers: {}, timeoutMs: 2000 });

      expect({ url, statusCode: result.statusCode, error: result.error }).toEqual({
        url,
        statusCode: null,
        error: expect.stringMatching(/public addresses only/),
      });
    }
    expect(receiver.connections).toBe(0);
  });

  test('when a delivery is sent to a name that resolves to 127.0.0.1 (localhost), then the lookup refuses it and nothing connects', async () => {
    const result = await sendWebhook({ url: `https://localhost:${receiver.port}/`, body, headers: {}, timeoutMs: 5000 });

    expect(result.statusCode).toBeNull();
    expect(result.error).toBe('localhost resolves to an address that is a loopback address: webhooks are sent to public addresses only');
    expect(receiver.connections).toBe(0);
    await expect(checkResolvedUrl(new URL('https://localhost/'), { allowPrivate: false })).rejects.toThrow(/loopback/);
  });

  test('when a delivery is sent over http without private URLs allowed, then it is refused', async () => {
    const result = await sendWebhook({ url: receiver.url, body, headers: {} });

    expect(result).toMatchObject({ statusCode: null, error: expect.stringMatching(/https/) });
    expect(receiver.connections).toBe(0);
  });

  test('when private URLs are allowed, then loopback over http is sent to (development and tests)', async () => {
    const result = await sendWebhook({ url: `http://localhost:${receiver.port}/`, body, headers: {}, allowPrivate: true });

    expect(result.statusCode).toBe(204);
  });

  test.each([
    ['not a url', 'invalid.url'],
    ['http://example.com/hook', 'invalid.url.scheme'],
    ['ftp://example.com/hook', 'invalid.url.scheme'],
    ['https://user:pass@example.com/hook', 'invalid.url.credentials'],
    ['https://127.0.0.1/hook', 'invalid.url.address'],
    ['https://[::1]/hook', 'invalid.url.address'],
    ['https://10.0.0.8/hook', 'invalid.url.address'],
    ['https://169.254.169.254/', 'invalid.url.address'],
    ['https://[::ffff:192.168.1.1]/', 'invalid.url.address'],
    ['https://localhost/hook', 'invalid.url.address'],
    ['https://api.localhost/hook', 'invalid.url.address'],
    ['https://0x7f000001/hook', 'invalid.url.address'],
  ])('when an endpoint URL %s is checked at creation, then it is refused (%s)', (url, errorCode) => {
    const check = () => checkWebhookUrl(url, { allowPrivate: false });

    expect(check).toThrow(InvalidFieldsError);
    try {
      check();
    } catch (error) {
      expect((error as InvalidFieldsError).errors).toEqual([{ path: '/body/url', message: expect.any(String), errorCode }]);
    }
  });

  test('when a public https URL is checked, then it passes; with private URLs allowed, http and loopback pass too, credentials never', () => {
    expect(checkWebhookUrl('https://hooks.example.com/dispositions?x=1', { allowPrivate: false }).href).toBe('https://hooks.example.com/dispositions?x=1');
    expect(checkWebhookUrl('http://127.0.0.1:8080/hook', { allowPrivate: true }).port).toBe('8080');
    expect(() => checkWebhookUrl('http://u:p@127.0.0.1/', { allowPrivate: true })).toThrow(InvalidFieldsError);
  });
});

describe('answers', () => {
  test('when the receiver redirects, then the redirect is not followed and the 3xx is the attempt’s status', async () => {
    receiver.answer((request) => (request.path === '/moved' ? { status: 204 } : { status: 302, headers: { location: `${receiver.url}/moved` } }));

    const result = await sendWebhook({ url: `${receiver.url}/hook`, body, headers: {}, allowPrivate: true });
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(result).toMatchObject({ statusCode: 302, error: null });
    expect(receiver.received.map((request) => request.path)).toEqual(['/hook']);
  });

  test('when the receiver never answers, then the attempt times out with no status', async () => {
    receiver.answer(() => 'hang');

    const result = await sendWebhook({ url: receiver.url, body, headers: {}, allowPrivate: true, timeoutMs: 300 });

    expect(result).toMatchObject({ statusCode: null, responseExcerpt: null, error: expect.stringMatching(/timed out: no answer within 300 ms/) });
    expect(result.durationMs).toBeGreaterThanOrEqual(290);
    expect(result.durationMs).toBeLessThan(5000);
  });

  test('when the receiver sends its headers but never finishes the body, then the one timeout covers the body too', async () => {
    const server = await startWebhookReceiver();
    const { createServer } = await import('node:http');
    const slow = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('partial');
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    const { port } = slow.address() as { port: number };

    const result = await sendWebhook({ url: `http://127.0.0.1:${port}/`, body, headers: {}, allowPrivate: true, timeoutMs: 300 });
    slow.closeAllConnections();
    slow.close();
    await server.close();

    expect(result).toMatchObject({ statusCode: 200, responseExcerpt: 'partial', error: expect.stringMatching(/the answer did not finish within 300 ms/) });
  });

  test('when the receiver answers a long body of multi-byte characters, then the excerpt is at most 2 KB and ends on a whole character', async () => {
    const long = 'é€😀'.repeat(2000);
    receiver.answer(() => ({ status: 500, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: long }));

    const result = await sendWebhook({ url: receiver.url, body, headers: {}, allowPrivate: true });

    expect(result.statusCode).toBe(500);
    expect(Buffer.byteLength(result.responseExcerpt!)).toBeLessThanOrEqual(responseExcerptBytes);
    expect(Buffer.byteLength(result.responseExcerpt!)).toBeGreaterThan(responseExcerptBytes - 4);
    expect(long.startsWith(result.responseExcerpt!)).toBe(true);
    expect(result.responseExcerpt).not.toContain('\uFFFD');
  });

  test('when an answer holds NULs or invalid UTF-8, then the excerpt can be stored (no NUL) and still fits', () => {
    const excerpt = excerptOf(Buffer.concat([Buffer.from('a\u0000b'), Buffer.alloc(3000, 0xff)]));

    expect(excerpt.startsWith('a\uFFFDb')).toBe(true);
    expect(excerpt).not.toContain('\u0000');
    expect(Buffer.byteLength(excerpt)).toBeLessThanOrEqual(responseExcerptBytes);
  });

  test('when the receiver answers 429 or 503 with Retry-After, then it is read in seconds; other statuses leave it null', async () => {
    receiver.answer((_request, index) => (index === 0 ? { status: 429, headers: { 'retry-after': '120' } } : { status: 500, headers: { 'retry-after': '9' } }));

    const throttled = await sendWebhook({ url: receiver.url, body, headers: {}, allowPrivate: true });
    const failed = await sendWebhook({ url: receiver.url, body, headers: {}, allowPrivate: true });

    expect(throttled).toMatchObject({ statusCode: 429, retryAfterSeconds: 120 });
    expect(failed).toMatchObject({ statusCode: 500, retryAfterSeconds: null });
    expect(parseRetryAfter(new Date(Date.now() + 60_000).toUTCString())).toBeGreaterThanOrEqual(58);
    expect(parseRetryAfter('soon')).toBeNull();
  });

  test('when nothing listens, then the attempt fails with the connection error and never throws', async () => {
    const closed = await startWebhookReceiver();
    await closed.close();

    const result = await sendWebhook({ url: closed.url, body, headers: {}, allowPrivate: true });

    expect(result).toMatchObject({ statusCode: null, error: expect.stringMatching(/ECONNREFUSED/) });
  });

  test('when a second attempt goes to the same receiver, then the connection is kept alive', async () => {
    await sendWebhook({ url: receiver.url, body, headers: {}, allowPrivate: true });
    await sendWebhook({ url: receiver.url, body, headers: {}, allowPrivate: true });

    expect(receiver.received).toHaveLength(2);
    expect(receiver.connections).toBe(1);
  });
});
