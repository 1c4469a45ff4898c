import { createLead } from '../../server/test/support/factories';
import { startTestServer, type TestServer } from '../../server/test/support/test-server';
import { createDispositionsClient } from '../src';

// The client package against the real server, with an injected fetch that records what
// goes on the wire and passes it on unchanged.

let server: TestServer;
let apiKey: string;

beforeAll(async () => {
  server = await startTestServer();
  ({ apiKey } = await server.newBusiness());
});
afterAll(() => server.close());

function recordingFetch() {
  const requests: Request[] = [];
  const fetchAndRecord = async (input: Request) => {
    requests.push(input.clone());
    return fetch(input);
  };
  return { requests, fetch: fetchAndRecord };
}

test('when created with an API key, then every request carries it as a Bearer token and asks for JSON', async () => {
  const recorder = recordingFetch();
  const client = createDispositionsClient({ baseUrl: server.url, apiKey, fetch: recorder.fetch });

  const { response } = await client.POST('/leads', { body: { contact: { firstName: 'Grace' } } });

  expect(response.status).toBe(201);
  const [request] = recorder.requests;
  expect(request?.headers.get('authorization')).toBe(`Bearer ${apiKey}`);
  expect(request?.headers.get('accept')).toBe('application/json');
  expect(request?.headers.get('content-type')).toBe('application/json');
});

test('when the server answers with a problem, then `error` is the typed Problem and `data` is undefined', async () => {
  const client = createDispositionsClient({ baseUrl: server.url, apiKey });

  const { data, error, response } = await client.GET('/leads/{id}', { params: { path: { id: '00000000-0000-4000-8000-000000000000' } } });

  expect(response.status).toBe(404);
  expect(data).toBeUndefined();
  expect(error).toEqual({
    type: '/problems/not-found',
    title: 'Not Found',
    status: 404,
    detail: 'Lead 00000000-0000-4000-8000-000000000000 was not found.',
    instance: '/leads/00000000-0000-4000-8000-000000000000',
    requestId: response.headers.get('x-request-id'),
  });
});

test('when created without a key, then calls are 401 and send no Authorization header', async () => {
  const recorder = recordingFetch();
  const client = createDispositionsClient({ baseUrl: server.url, fetch: recorder.fetch });

  const { error, response } = await client.POST('/dispositions/all/my', { body: {} });

  expect(response.status).toBe(401);
  expect(error?.type).toBe('/problems/unauthorized');
  expect(recorder.requests[0]?.headers.has('authorization')).toBe(false);
});

test('when path ids need escaping, then the client percent-encodes them', async () => {
  const recorder = recordingFetch();
  const client = createDispositionsClient({ baseUrl: server.url, apiKey, fetch: recorder.fetch });
  const lead = await createLead(client);

  await client.GET('/leads/{id}', { params: { path: { id: `${lead.id}/../x y` } } });

  expect(recorder.requests[1]?.url).toBe(`${server.url}/leads/${lead.id}%2F..%2Fx%20y`);
});
