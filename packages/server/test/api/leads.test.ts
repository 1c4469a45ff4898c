import type { LeadOrderField, LeadQueryOptions, LeadResponse } from '@dispositions/api-types';
import type { DispositionsClient } from '@dispositions/client';
import { buildLead, createDisposition, createLead } from '../support/factories';
import { expectedIds, walkPages } from '../support/pagination';
import { useServerWithBusiness } from '../support/test-server';

const suite = useServerWithBusiness();

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const missing = '00000000-0000-4000-8000-000000000000';

async function getLead(id: string) {
  return suite.client.GET('/leads/{id}', { params: { path: { id } } });
}

describe('create, read, update, delete', () => {
  test('when a lead is created with every field, then each is echoed back with a server-made id and times', async () => {
    const body = buildLead();

    const { data, response } = await suite.client.POST('/leads', { body });

    expect(response.status).toBe(201);
    expect(data!.id).toMatch(uuid);
    expect(data!.contact).toEqual(body.contact);
    expect(data!.metadata).toEqual({
      sellerLeadId: null,
      utmMedium: null,
      utmCampaign: null,
      utmTerm: null,
      utmContent: null,
      referrer: null,
      landingPage: null,
      ...body.metadata,
    });
    expect(data!.currentDisposition).toBeNull();
    expect(Date.parse(data!.createdAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(data!.modifiedAt).toBe(data!.createdAt);
    expect((await getLead(data!.id)).data).toEqual(data);
  });

  test('when a lead is created with an empty body, then every field is null', async () => {
    const { data, response } = await suite.client.POST('/leads', { body: {} });

    expect(response.status).toBe(201);
    expect(data!.contact).toEqual({ firstName: null, lastName: null, email: null, phone: null, timeZoneId: null });
    expect(Object.values(data!.metadata).every((value) => value === null)).toBe(true);
  });

  test('when a lead is updated with some fields, then those change, null clears, and the rest keep their values', async () => {
    const lead = await createLead(suite.client);

    const { data, response } = await suite.client.PUT('/leads/{id}', {
      params: { path: { id: lead.id } },
      body: {
        contact: { firstName: 'Grace', email: null, phone: { number: '+15555550999' } },
        metadata: { utmSource: 'bing', sourceMetadata: { formId: 'v2' } },
      },
    });

    expect(response.status).toBe(200);
    expect(data!.contact).toEqual({ ...lead.contact, firstName: 'Grace', email: null, phone: { number: '+15555550999' } });
    expect(data!.metadata).toEqual({ ...lead.metadata, utmSource: 'bing', sourceMetadata: { formId: 'v2' } });
    expect(data!.createdAt).toBe(lead.createdAt);
    expect(Date.parse(data!.modifiedAt)).toBeGreaterThanOrEqual(Date.parse(lead.modifiedAt));
    expect((await getLead(lead.id)).data).toEqual(data);
  });

  test('when the phone is set to null, then it is cleared', async () => {
    const lead = await createLead(suite.client);

    const { data } = await suite.client.PUT('/leads/{id}', { params: { path: { id: lead.id } }, body: { contact: { phone: null } } });

    expect(data!.contact.phone).toBeNull();
    expect(data!.contact.firstName).toBe(lead.contact.firstName);
  });

  test('when a lead has dispositions, then GET returns the newest as currentDisposition', async () => {
    const lead = await createLead(suite.client);
    await createDisposition(suite.client, lead.id, { outcome: 'No Answer', timestamp: '2026-11-20T10:00:00.000Z' });
    const newest = await createDisposition(suite.client, lead.id, { outcome: 'Appointment Set', timestamp: '2026-11-21T10:00:00.000Z' });

    const { data } = await getLead(lead.id);

    expect(data!.currentDisposition).toEqual({
      id: newest.id,
      outcome: 'Appointment Set',
      displayName: 'Appointment Set',
      category: null,
      source: 'API',
      changedAt: expect.any(String),
      changedByUserId: null,
      changedByAutomationId: null,
    });
    expect(data!.currentLeadStatus).toEqual(data!.currentDisposition);
  });

  test('when a lead is deleted, then it and its dispositions are gone', async () => {
    const lead = await createLead(suite.client);
    const disposition = await createDisposition(suite.client, lead.id);

    const { response } = await suite.client.DELETE('/leads/{id}', { params: { path: { id: lead.id } } });

    expect(response.status).toBe(204);
    expect((await getLead(lead.id)).response.status).toBe(404);
    expect((await suite.client.GET('/dispositions/{id}', { params: { path: { id: disposition.id } } })).response.status).toBe(404);
    expect((await suite.client.DELETE('/leads/{id}', { params: { path: { id: lead.id } } })).response.status).toBe(404);
  });

  test.each([
    ['GET', () => getLead(missing)],
    ['PUT', () => suite.client.PUT('/leads/{id}', { params: { path: { id: missing } }, body: {} })],
    ['DELETE', () => suite.client.DELETE('/leads/{id}', { params: { path: { id: missing } } })],
  ])('when %s names an unknown lead, then 404 problem+json', async (_method, call) => {
    const { error, response } = await call();

    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(error?.detail).toBe(`Lead ${missing} was not found.`);
  });

  test('when the id is not a UUID, then 400 names the path parameter', async () => {
    const { error, response } = await getLead('not-a-uuid');

    expect(response.status).toBe(400);
    expect(error?.errors?.map((e) => e.path)).toEqual(['/params/id']);
  });
});

describe('queries', () => {
  let querier: DispositionsClient;
  let all: LeadResponse[];
  const firstNames = ['Ada', 'Grace', 'Linus', null];
  const lastNames = ['Hopper', 'Knuth', 'Lamport'];
  const sources = ['google', 'facebook', null];
  const outcomes = ['Contacted', 'No Answer', 'Sold'];

  /** 240 leads with repeated values and nulls; two thirds get a disposition so currentDisposition varies. */
  beforeAll(async () => {
    ({ client: querier } = await suite.server.newBusiness());
    for (let batch = 0; batch < 12; batch++) {
      await Promise.all(
        Array.from({ length: 20 }, async (_, j) => {
          const i = batch * 20 + j;
          const lead = await createLead(querier, {
            contact: {
              firstName: firstNames[i % 4]!,
              lastName: lastNames[i % 3]!,
              email: i % 5 === 0 ? null : `lead${String(i).padStart(3, '0')}@example.com`,
              phone: { number: `+1555000${String(i).padStart(4, '0')}` },
            },
            metadata: { externalId: i % 40 === 0 ? `crm_100%_${i}` : `crm-${i}`, utmSource: sources[i % 3]!, product: i % 2 ? 'Solar' : 'Roofing' },
          });
          if (i % 3 !== 0) {
            await createDisposition(querier, lead.id, { outcome: outcomes[i % 3]!, timestamp: new Date(Date.UTC(2026, 0, 1 + (i % 30))).toISOString() });
          }
        }),
      );
    }
    all = await walk({ pageSize: 500 });
    expect(all).toHaveLength(240);
  }, 180_000);

  async function page(body: LeadQueryOptions) {
    const { data, error, response } = await querier.POST('/leads/all/my', { body });
    if (!data) throw new Error(`${response.status} ${JSON.stringify(error)}`);
    return data;
  }

  const walk = (options: LeadQueryOptions) => walkPages((continuationToken) => page({ ...options, ...(continuationToken ? { continuationToken } : {}) }));

  const sortKeyOf: Record<LeadOrderField, (lead: LeadResponse) => string | null> = {
    createdAt: (lead) => lead.createdAt,
    modifiedAt: (lead) => lead.modifiedAt,
    'contact.firstName': (lead) => lead.contact.firstName ?? null,
    'contact.lastName': (lead) => lead.contact.lastName ?? null,
    'contact.email': (lead) => lead.contact.email ?? null,
    'currentDisposition.outcome': (lead) => lead.currentDisposition?.outcome ?? null,
    'currentDisposition.changedAt': (lead) => lead.currentDisposition?.changedAt ?? null,
    'currentLeadStatus.outcome': (lead) => lead.currentLeadStatus?.outcome ?? null,
    'currentLeadStatus.changedAt': (lead) => lead.currentLeadStatus?.changedAt ?? null,
  };

  test.each(
    (Object.keys(sortKeyOf) as LeadOrderField[]).flatMap(
      (field) =>
        [
          [field, 'asc'],
          [field, 'desc'],
        ] as const,
    ),
  )('when walking every page ordered by %s %s, then nothing is missed or repeated and the order holds', async (field, direction) => {
    const items = await walk({ pageSize: 17, orderBy: [{ field, direction }] });

    expect(items.map((lead) => lead.id)).toEqual(expectedIds(all, sortKeyOf[field], direction));
  });

  test('when no order is given, then newest first by createdAt', async () => {
    const result = await page({ pageSize: 7 });

    expect(result.items.map((lead) => lead.id)).toEqual(expectedIds(all, sortKeyOf.createdAt, 'desc').slice(0, 7));
  });

  const filterCases: [string, LeadQueryOptions, (lead: LeadResponse) => boolean][] = [
    ['firstName', { filters: [{ field: 'contact.firstName', value: 'Grace' }] }, (lead) => lead.contact.firstName === 'Grace'],
    ['firstName is null', { filters: [{ field: 'contact.firstName', value: null }] }, (lead) => lead.contact.firstName === null],
    [
      'utmSource and product',
      {
        filters: [
          { field: 'metadata.utmSource', value: 'google' },
          { field: 'metadata.product', value: 'Solar' },
        ],
      },
      (lead) => lead.metadata.utmSource === 'google' && lead.metadata.product === 'Solar',
    ],
    ['the current outcome', { filters: [{ field: 'currentDisposition.outcome', value: 'Sold' }] }, (lead) => lead.currentDisposition?.outcome === 'Sold'],
    [
      'a range on currentDisposition.changedAt',
      { rangeFilters: [{ field: 'currentDisposition.changedAt', greaterThanOrEqual: '2000-01-01T00:00:00Z' }] },
      (lead) => lead.currentDisposition !== null,
    ],
    ['a range on createdAt', { rangeFilters: [{ field: 'createdAt', lessThanOrEqual: '2000-01-01T00:00:00Z' }] }, () => false],
    ['search in the last name', { search: 'knu' }, (lead) => lead.contact.lastName === 'Knuth'],
    ['search in one field only', { search: 'lead01', searchFields: ['contact.email'] }, (lead) => (lead.contact.email ?? '').startsWith('lead01')],
    ['search with % and _ taken literally', { search: '100%_' }, (lead) => (lead.metadata.externalId ?? '').includes('100%_')],
  ];

  test.each(filterCases)('when filtering by %s, then exactly the matching leads come back', async (_name, options, matches) => {
    const items = await walk({ ...options, pageSize: 29 });

    expect(items.map((lead) => lead.id).sort()).toEqual(
      all
        .filter(matches)
        .map((lead) => lead.id)
        .sort(),
    );
  });

  test('when a range covers the times the leads were created, then they all match, and includeCount says how many', async () => {
    const createdAt = all.map((lead) => lead.createdAt).sort();

    const result = await page({
      pageSize: 10,
      includeCount: true,
      rangeFilters: [{ field: 'createdAt', greaterThanOrEqual: createdAt[0]!, lessThanOrEqual: createdAt.at(-1)! }],
    });

    expect(result.totalCount).toBe(240);
    expect(result.items).toHaveLength(10);
  });

  test('when a continuation token is altered or reused with other options, then 400 names it', async () => {
    const { continuationToken } = await page({ pageSize: 5 });
    const [body, signature] = continuationToken!.split('.');

    const altered = await querier.POST('/leads/all/my', { body: { pageSize: 5, continuationToken: `${body}x.${signature}` } });
    const reused = await querier.POST('/leads/all/my', { body: { pageSize: 5, continuationToken, orderBy: [{ field: 'contact.email' }] } });

    expect([altered.response.status, reused.response.status]).toEqual([400, 400]);
    expect(reused.error?.errors?.[0]?.path).toBe('/body/continuationToken');
  });

  test('when a disposition token is sent to the leads query, then 400', async () => {
    const { data } = await querier.POST('/dispositions/all/my', { body: { pageSize: 1 } });

    const { response } = await querier.POST('/leads/all/my', { body: { pageSize: 1, continuationToken: data!.continuationToken! } });

    expect(response.status).toBe(400);
  });
});
