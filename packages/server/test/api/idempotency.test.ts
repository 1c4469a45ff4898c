import { randomUUID } from 'node:crypto';
import type { DispositionsClient } from '@dispositions/client';
import { purgeExpiredIdempotencyKeys } from '../../src/services/idempotency.service';
import { buildDisposition, buildLead, createLead } from '../support/factories';
import { startTestServer, type TestBusiness, type TestServer } from '../support/test-server';

// `Idempotency-Key` on the two creates, over HTTP through the client package: a retry gets
// the first answer and creates nothing, also when the twins race; another body is a 422.

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

type Headers = Record<string, string>;
type Body = Record<string, unknown>;

interface Result {
  data?: { id: string } | undefined;
  error?: unknown;
  response: Response;
}

interface Create {
  /** A new request body for this create, in the given business. */
  body(business: TestBusiness): Promise<Body>;
  /** The same request with one field changed. */
  changed(body: Body): Body;
  send(client: DispositionsClient, body: Body, headers?: Headers): Promise<Result>;
  /** How many records of this kind the business has. */
  count(client: DispositionsClient): Promise<number>;
}

const creates: Record<'POST /leads' | 'POST /dispositions', Create> = {
  'POST /leads': {
    body: async () => buildLead() as Body,
    changed: (body) => ({ ...body, contact: { ...(body.contact as Body), firstName: 'Grace' } }),
    send: (client, body, headers) => client.POST('/leads', { body, headers }),
    count: async (client) => (await client.POST('/leads/all/my', { body: { includeCount: true } })).data!.totalCount!,
  },
  'POST /dispositions': {
    body: async ({ client }) => buildDisposition((await createLead(client)).id) as unknown as Body,
    changed: (body) => ({ ...body, outcome: 'Sold' }),
    send: (client, body, headers) => client.POST('/dispositions', { body: body as never, headers }),
    count: async (client) => (await client.POST('/dispositions/all/my', { body: { includeCount: true } })).data!.totalCount!,
  },
};

const replayed = (result: Result) => result.response.headers.get('idempotency-replayed');

/** The object with its keys, at every level, in reverse order: the same JSON request, written differently. */
function reordered(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, item]) => [key, reordered(item)]),
  );
}

describe.each(Object.entries(creates))('%s', (_name, create) => {
  let business: TestBusiness;

  beforeEach(async () => {
    business = await server.newBusiness();
  });

  test('when a create is retried with the same key and body, then the first answer comes back, marked replayed, and one record exists', async () => {
    const body = await create.body(business);
    const headers = { 'Idempotency-Key': randomUUID() };

    const first = await create.send(business.client, body, headers);
    const retry = await create.send(business.client, body, headers);

    expect(first.response.status).toBe(201);
    expect(replayed(first)).toBeNull();
    expect(retry.response.status).toBe(201);
    expect(replayed(retry)).toBe('true');
    expect(retry.data).toEqual(first.data);
    expect(await create.count(business.client)).toBe(1);
  });

  test('when the retry has the same JSON with its keys in another order, then it is the same request', async () => {
    const body = await create.body(business);
    const headers = { 'Idempotency-Key': randomUUID() };

    const first = await create.send(business.client, body, headers);
    const retry = await create.send(business.client, reordered(body) as Body, headers);

    expect(retry.response.status).toBe(201);
    expect(replayed(retry)).toBe('true');
    expect(retry.data?.id).toBe(first.data?.id);
  });

  test('when several identical requests with one key race, then exactly one record is created and every answer is the same', async () => {
    const body = await create.body(business);
    const headers = { 'Idempotency-Key': randomUUID() };

    const results = await Promise.all(Array.from({ length: 6 }, () => create.send(business.client, body, headers)));

    expect(results.map((result) => result.response.status)).toEqual(Array(6).fill(201));
    expect(new Set(results.map((result) => JSON.stringify(result.data))).size).toBe(1);
    expect(results.filter((result) => replayed(result) === null)).toHaveLength(1);
    expect(await create.count(business.client)).toBe(1);
  });

  test('when the key is sent again with a different body, then 422 idempotency-key-reused and nothing is created', async () => {
    const body = await create.body(business);
    const headers = { 'Idempotency-Key': randomUUID() };
    await create.send(business.client, body, headers);

    const { error, response } = await create.send(business.client, create.changed(body), headers);

    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(error).toMatchObject({ type: '/problems/idempotency-key-reused', status: 422, title: 'Unprocessable Entity' });
    expect(await create.count(business.client)).toBe(1);
  });

  test('when two businesses use the same key, then each gets its own record', async () => {
    const other = await server.newBusiness();
    const key = randomUUID();

    const mine = await create.send(business.client, await create.body(business), { 'Idempotency-Key': key });
    const theirs = await create.send(other.client, await create.body(other), { 'Idempotency-Key': key });

    expect([mine.response.status, theirs.response.status]).toEqual([201, 201]);
    expect(replayed(theirs)).toBeNull();
    expect(theirs.data?.id).not.toBe(mine.data?.id);
    expect([await create.count(business.client), await create.count(other.client)]).toEqual([1, 1]);
  });

  test('when no key is sent, then every request creates a record, as in Leadping', async () => {
    const body = await create.body(business);

    const first = await create.send(business.client, body);
    const second = await create.send(business.client, body);

    expect([first.response.status, second.response.status]).toEqual([201, 201]);
    expect([replayed(first), replayed(second)]).toEqual([null, null]);
    expect(second.data?.id).not.toBe(first.data?.id);
    expect(await create.count(business.client)).toBe(2);
  });

  test.each([
    ['longer than 255 characters', 'k'.repeat(256)],
    ['not printable ASCII (a tab)', 'tab\there'],
    ['not ASCII', 'caf\u00e9'],
    ['empty', ''],
  ])('when the key is %s, then 400 names the header and nothing is created', async (_case, key) => {
    const { error, response } = await create.send(business.client, await create.body(business), { 'Idempotency-Key': key });

    expect(response.status).toBe(400);
    expect(error).toMatchObject({
      type: '/problems/validation-error',
      errors: expect.arrayContaining([expect.objectContaining({ path: '/headers/idempotency-key' })]),
    });
    expect(await create.count(business.client)).toBe(0);
  });

  test('when the key is 255 printable ASCII characters, spaces and symbols included, then it works', async () => {
    const printable = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');
    const headers = { 'Idempotency-Key': `x${printable}`.padEnd(255, 'k') };
    const body = await create.body(business);

    const first = await create.send(business.client, body, headers);
    const retry = await create.send(business.client, body, headers);

    expect(first.response.status).toBe(201);
    expect(replayed(retry)).toBe('true');
  });

  test('when the key is older than 24 hours, then it may be used again and creates a new record', async () => {
    const body = await create.body(business);
    const headers = { 'Idempotency-Key': randomUUID() };
    const first = await create.send(business.client, body, headers);
    await server
      .db('idempotency_keys')
      .where({ business_id: business.businessId })
      .update({ created_at: server.db.raw("now() - interval '25 hours'") });

    const again = await create.send(business.client, create.changed(body), headers);
    const retry = await create.send(business.client, create.changed(body), headers);

    expect(again.response.status).toBe(201);
    expect(replayed(again)).toBeNull();
    expect(again.data?.id).not.toBe(first.data?.id);
    expect(replayed(retry)).toBe('true');
    expect(retry.data?.id).toBe(again.data?.id);
    expect(await create.count(business.client)).toBe(2);
  });
});

describe('both creates', () => {
  test('when a key used on POST /leads is sent to POST /dispositions, then 422: a key names one request', async () => {
    const { client } = await server.newBusiness();
    const headers = { 'Idempotency-Key': randomUUID() };
    const lead = await client.POST('/leads', { body: buildLead(), headers });

    const { error, response } = await client.POST('/dispositions', { body: buildDisposition(lead.data!.id), headers });

    expect(response.status).toBe(422);
    expect(error).toMatchObject({ type: '/problems/idempotency-key-reused' });
  });

  test('when a create with a key fails, then the key is not used up: the corrected request with it succeeds', async () => {
    const { client } = await server.newBusiness();
    const headers = { 'Idempotency-Key': randomUUID() };

    const failed = await client.POST('/dispositions', { body: buildDisposition('00000000-0000-4000-8000-000000000000'), headers });
    const lead = await createLead(client);
    const corrected = await client.POST('/dispositions', { body: buildDisposition(lead.id), headers });

    expect(failed.response.status).toBe(404);
    expect(corrected.response.status).toBe(201);
    expect(replayed(corrected)).toBeNull();
  });

  test('when the record changed after it was created, then a retry still gets the original answer', async () => {
    const { client } = await server.newBusiness();
    const body = buildLead();
    const headers = { 'Idempotency-Key': randomUUID() };
    const first = await client.POST('/leads', { body, headers });
    await client.PUT('/leads/{id}', { params: { path: { id: first.data!.id } }, body: { contact: { firstName: 'Changed' } } });

    const retry = await client.POST('/leads', { body, headers });

    expect(retry.data).toEqual(first.data);
    expect(retry.data?.contact.firstName).toBe('Ada');
  });

  test('when expired keys are purged, then those older than 24 hours go and younger ones stay', async () => {
    const { client, businessId } = await server.newBusiness();
    const [old, young] = [randomUUID(), randomUUID()];
    await client.POST('/leads', { body: buildLead(), headers: { 'Idempotency-Key': old } });
    await client.POST('/leads', { body: buildLead(), headers: { 'Idempotency-Key': young } });
    await server
      .db('idempotency_keys')
      .where({ business_id: businessId, key: old })
      .update({ created_at: server.db.raw("now() - interval '24 hours 1 minute'") });

    await purgeExpiredIdempotencyKeys(server.db);

    expect(await server.db('idempotency_keys').where({ business_id: businessId }).pluck('key')).toEqual([young]);
  });
});
