import { createDisposition, createLead } from '../../server/test/support/factories';
import { useServerWithBusiness } from '../../server/test/support/test-server';
import { createDispositionsClient, type DispositionResponse, orThrow, ProblemError } from '../src';

// The client's page iterators and thrown problems, against the real server.

let dispositions: DispositionResponse[];

const suite = useServerWithBusiness();

beforeAll(async () => {
  const lead = await createLead(suite.business.client, { contact: { firstName: 'Paged' } });
  await createLead(suite.business.client, { contact: { firstName: 'Other' } });
  dispositions = [];
  for (let minute = 0; minute < 7; minute++) {
    dispositions.push(await createDisposition(suite.business.client, lead.id, { timestamp: `2026-11-24T10:0${minute}:00.000Z` }));
  }
});

test('when a query spans several pages, then pages() yields each page in order until the continuation token is null', async () => {
  const seen = [];
  for await (const page of suite.business.client.pages('/dispositions/all/my', { pageSize: 3, includeCount: true })) seen.push(page);

  expect(seen.map((page) => page.items.length)).toEqual([3, 3, 1]);
  expect(seen.map((page) => page.continuationToken === null)).toEqual([false, false, true]);
  expect(seen.every((page) => page.totalCount === 7)).toBe(true);
  expect(seen.flatMap((page) => page.items.map((item) => item.id))).toEqual(dispositions.map((item) => item.id).reverse());
});

test('when allDispositions() is iterated, then it yields every matching item once, across pages', async () => {
  const ids: string[] = [];
  for await (const disposition of suite.business.client.allDispositions({ pageSize: 2, orderBy: [{ field: 'timestamp', direction: 'asc' }] }))
    ids.push(disposition.id);

  expect(ids).toEqual(dispositions.map((item) => item.id));
});

test('when allLeads() is given a search, then it yields only the matching leads', async () => {
  const names: (string | null | undefined)[] = [];
  for await (const lead of suite.business.client.allLeads({ pageSize: 1, search: 'paged', searchFields: ['contact.firstName'] }))
    names.push(lead.contact?.firstName);

  expect(names).toEqual(['Paged']);
});

test('when the loop stops early, then no further page is fetched', async () => {
  let requests = 0;
  const countingFetch = (request: Request) => {
    requests += 1;
    return fetch(request);
  };
  const client = createDispositionsClient({ baseUrl: suite.server.url, apiKey: suite.business.apiKey, fetch: countingFetch });
  for await (const page of client.pages('/leads/all/my', { pageSize: 1 })) {
    expect(page.items).toHaveLength(1);
    break;
  }
  expect(requests).toBe(1);
});

test('when a page request is invalid, then the iterator throws a ProblemError naming the field', async () => {
  const iterate = async () => {
    for await (const _ of suite.business.client.allDispositions({ pageSize: 0 })) void _;
  };

  const thrown = await iterate().catch((error: unknown) => error);

  expect(thrown).toBeInstanceOf(ProblemError);
  expect((thrown as ProblemError).status).toBe(400);
  expect((thrown as ProblemError).problem.errors?.map((error) => error.path)).toContain('/body/pageSize');
});

test('when orThrow wraps a call answered 404, then it throws a ProblemError with the typed problem and the response', async () => {
  const id = '00000000-0000-4000-8000-000000000000';

  const thrown = await orThrow(suite.business.client.GET('/leads/{id}', { params: { path: { id } } })).catch((error: unknown) => error);

  expect(thrown).toBeInstanceOf(ProblemError);
  expect((thrown as ProblemError).problem).toMatchObject({ type: '/problems/not-found', status: 404, instance: `/leads/${id}` });
  expect((thrown as ProblemError).response.status).toBe(404);
  expect((thrown as ProblemError).message).toBe(`404 Not Found: Lead ${id} was not found.`);
});

test('when orThrow wraps a successful call, then it returns the typed data', async () => {
  const lead = await orThrow(suite.business.client.POST('/leads', { body: { contact: { firstName: 'Thrown' } } }));

  expect(lead.contact?.firstName).toBe('Thrown');
});
