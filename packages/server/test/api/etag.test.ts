import { createDisposition, createLead } from '../support/factories';
import { useServerWithBusiness } from '../support/test-server';

// Optimistic concurrency: every record answer has a strong ETag; If-None-Match turns an
// unchanged read into a 304, and If-Match turns a write over a stale read into a 412 that
// changes nothing. Without If-Match the last write wins, as in Leadping.

const suite = useServerWithBusiness();

const strongTag = /^"[^"]+"$/;

async function dispositionTag(id: string): Promise<string> {
  const { response } = await suite.client.GET('/dispositions/{id}', { params: { path: { id } } });
  expect(response.status).toBe(200);
  return response.headers.get('etag')!;
}

async function leadTag(id: string): Promise<string> {
  const { response } = await suite.client.GET('/leads/{id}', { params: { path: { id } } });
  expect(response.status).toBe(200);
  return response.headers.get('etag')!;
}

describe('dispositions', () => {
  test('when a disposition is read twice, then both answers carry the same strong ETag, which the create and the update answers also carry', async () => {
    const lead = await createLead(suite.client);
    const { data, response: created } = await suite.client.POST('/dispositions', { body: { leadId: lead.id, type: 'Call', outcome: 'No Answer' } });
    const { id } = data!;

    const first = await dispositionTag(id);

    expect(first).toMatch(strongTag);
    expect(created.headers.get('etag')).toBe(first);
    expect(await dispositionTag(id)).toBe(first);
    const { response: updated } = await suite.client.PUT('/dispositions/{id}', { params: { path: { id } }, body: { outcome: 'Contacted' } });
    expect(updated.headers.get('etag')).not.toBe(first);
    expect(await dispositionTag(id)).toBe(updated.headers.get('etag'));
  });

  test('when If-None-Match holds the current ETag, then the read answers 304 with no body, and 200 once the record changed', async () => {
    const disposition = await createDisposition(suite.client, (await createLead(suite.client)).id);
    const tag = await dispositionTag(disposition.id);

    const unchanged = await suite.client.GET('/dispositions/{id}', { params: { path: { id: disposition.id }, header: { 'If-None-Match': tag } } });
    await suite.client.PUT('/dispositions/{id}', { params: { path: { id: disposition.id } }, body: { notes: 'Changed.' } });
    const changed = await suite.client.GET('/dispositions/{id}', { params: { path: { id: disposition.id }, header: { 'If-None-Match': tag } } });

    expect(unchanged.response.status).toBe(304);
    expect(unchanged.data).toBeUndefined();
    expect(unchanged.response.headers.get('etag')).toBe(tag);
    expect(changed.response.status).toBe(200);
    expect(changed.data?.notes).toBe('Changed.');
  });

  test('when a PUT carries the current ETag in If-Match, then it applies', async () => {
    const disposition = await createDisposition(suite.client, (await createLead(suite.client)).id);
    const tag = await dispositionTag(disposition.id);

    const { data, response } = await suite.client.PUT('/dispositions/{id}', {
      params: { path: { id: disposition.id }, header: { 'If-Match': `"stale", ${tag}` } },
      body: { outcome: 'Appointment Set' },
    });

    expect(response.status).toBe(200);
    expect(data?.outcome).toBe('Appointment Set');
  });

  test.each([
    ['a stale ETag', (tag: string) => `"${tag.slice(1, -1)}x"`],
    ['the current ETag made weak', (tag: string) => `W/${tag}`],
  ])('when a PUT carries %s in If-Match, then it answers 412 problem+json and changes nothing', async (_, tagFrom) => {
    const disposition = await createDisposition(suite.client, (await createLead(suite.client)).id, { outcome: 'No Answer' });
    const tag = await dispositionTag(disposition.id);

    const { error, response } = await suite.client.PUT('/dispositions/{id}', {
      params: { path: { id: disposition.id }, header: { 'If-Match': tagFrom(tag) } },
      body: { outcome: 'Sold' },
    });

    expect(response.status).toBe(412);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(error).toMatchObject({ status: 412, type: '/problems/precondition-failed' });
    expect(await dispositionTag(disposition.id)).toBe(tag);
    const { data } = await suite.client.GET('/dispositions/{id}', { params: { path: { id: disposition.id } } });
    expect(data?.outcome).toBe('No Answer');
  });

  test('when a DELETE carries a stale ETag in If-Match, then it answers 412 and the disposition stays; with the current one, it goes', async () => {
    const disposition = await createDisposition(suite.client, (await createLead(suite.client)).id);
    const stale = await dispositionTag(disposition.id);
    await suite.client.PUT('/dispositions/{id}', { params: { path: { id: disposition.id } }, body: { notes: 'Edited by someone else.' } });

    const refused = await suite.client.DELETE('/dispositions/{id}', { params: { path: { id: disposition.id }, header: { 'If-Match': stale } } });
    const still = await suite.client.GET('/dispositions/{id}', { params: { path: { id: disposition.id } } });
    const deleted = await suite.client.DELETE('/dispositions/{id}', {
      params: { path: { id: disposition.id }, header: { 'If-Match': await dispositionTag(disposition.id) } },
    });

    expect(refused.response.status).toBe(412);
    expect(still.response.status).toBe(200);
    expect(deleted.response.status).toBe(204);
  });

  test('when If-Match is *, then the write applies to the existing record; an unknown id is still 404', async () => {
    const disposition = await createDisposition(suite.client, (await createLead(suite.client)).id);

    const updated = await suite.client.PUT('/dispositions/{id}', {
      params: { path: { id: disposition.id }, header: { 'If-Match': '*' } },
      body: { notes: 'Any version.' },
    });
    const missing = await suite.client.PUT('/dispositions/{id}', {
      params: { path: { id: '00000000-0000-4000-8000-000000000000' }, header: { 'If-Match': '*' } },
      body: { notes: 'Nobody.' },
    });

    expect(updated.response.status).toBe(200);
    expect(missing.response.status).toBe(404);
  });

  test('when a PUT has no If-Match, then the last write wins, as in Leadping', async () => {
    const disposition = await createDisposition(suite.client, (await createLead(suite.client)).id);
    await suite.client.PUT('/dispositions/{id}', { params: { path: { id: disposition.id } }, body: { notes: 'First.' } });

    const { data, response } = await suite.client.PUT('/dispositions/{id}', { params: { path: { id: disposition.id } }, body: { notes: 'Second.' } });

    expect(response.status).toBe(200);
    expect(data?.notes).toBe('Second.');
  });

  test('when two writers race with the same ETag in If-Match, then exactly one wins and the other gets 412', async () => {
    const disposition = await createDisposition(suite.client, (await createLead(suite.client)).id);
    const tag = await dispositionTag(disposition.id);

    const answers = await Promise.all(
      ['Alice', 'Bob', 'Carol', 'Dave'].map((who) =>
        suite.client.PUT('/dispositions/{id}', { params: { path: { id: disposition.id }, header: { 'If-Match': tag } }, body: { notes: `Edited by ${who}.` } }),
      ),
    );

    const statuses = answers.map(({ response }) => response.status).sort();
    expect(statuses).toEqual([200, 412, 412, 412]);
    const winner = answers.find(({ response }) => response.status === 200)!.data!.notes;
    const { data } = await suite.client.GET('/dispositions/{id}', { params: { path: { id: disposition.id } } });
    expect(data?.notes).toBe(winner);
  });
});

describe('leads', () => {
  test("when a disposition changes the lead's current disposition, then the lead's ETag changes too", async () => {
    const lead = await createLead(suite.client);
    const before = await leadTag(lead.id);

    await createDisposition(suite.client, lead.id, { outcome: 'Contacted' });

    expect(before).toMatch(strongTag);
    expect(await leadTag(lead.id)).not.toBe(before);
  });

  test('when a lead PUT carries a stale ETag in If-Match, then it answers 412 and the lead is unchanged; with the current one it applies', async () => {
    const lead = await createLead(suite.client, { contact: { firstName: 'Ada' } });
    const stale = await leadTag(lead.id);
    await createDisposition(suite.client, lead.id);

    const refused = await suite.client.PUT('/leads/{id}', {
      params: { path: { id: lead.id }, header: { 'If-Match': stale } },
      body: { contact: { firstName: 'Grace' } },
    });
    const unchanged = await suite.client.GET('/leads/{id}', { params: { path: { id: lead.id } } });
    const applied = await suite.client.PUT('/leads/{id}', {
      params: { path: { id: lead.id }, header: { 'If-Match': await leadTag(lead.id) } },
      body: { contact: { firstName: 'Grace' } },
    });

    expect(refused.response.status).toBe(412);
    expect(refused.error).toMatchObject({ status: 412, type: '/problems/precondition-failed' });
    expect(unchanged.data?.contact?.firstName).toBe('Ada');
    expect(applied.response.status).toBe(200);
    expect(applied.data?.contact?.firstName).toBe('Grace');
    expect(applied.response.headers.get('etag')).toBe(await leadTag(lead.id));
  });

  test('when a lead DELETE carries a stale ETag in If-Match, then it answers 412 and the lead stays', async () => {
    const lead = await createLead(suite.client);
    const stale = await leadTag(lead.id);
    await suite.client.PUT('/leads/{id}', { params: { path: { id: lead.id } }, body: { contact: { lastName: 'Hopper' } } });

    const refused = await suite.client.DELETE('/leads/{id}', { params: { path: { id: lead.id }, header: { 'If-Match': stale } } });
    const deleted = await suite.client.DELETE('/leads/{id}', { params: { path: { id: lead.id }, header: { 'If-Match': await leadTag(lead.id) } } });

    expect(refused.response.status).toBe(412);
    expect(deleted.response.status).toBe(204);
  });

  test("when If-None-Match holds the lead's current ETag, then the read answers 304", async () => {
    const lead = await createLead(suite.client);
    const tag = await leadTag(lead.id);

    const { response } = await suite.client.GET('/leads/{id}', { params: { path: { id: lead.id }, header: { 'If-None-Match': tag } } });

    expect(response.status).toBe(304);
  });
});
