import type { LeadRequest } from '@dispositions/api-types';
import { maxShape, sourceMetadataLimits } from '../../src/http/json-body-guard';
import { maxPageBytes } from '../../src/query/page-bytes';
import { spec } from '../support/spec';
import { useServerWithBusiness } from '../support/test-server';

// One request must not cost everyone: a body of absurd shape is refused before the
// validator spends its time on it, sourceMetadata is bounded as the spec says, and a page
// of the largest leads stops at maxPageBytes.

const post = (path: string, body: string) =>
  fetch(`${suite.server.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${suite.business.apiKey}`, 'content-type': 'application/json' },
    body,
  });

const suite = useServerWithBusiness();

test('when a 1 MB body holds 60,000 unknown fields, then 400 names the object in one error, before the validator lists them', async () => {
  const body = JSON.stringify({ contact: Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`unknown${String(i).padStart(5, '0')}`, 1])) });
  expect(body.length).toBeGreaterThan(900_000);

  const answers = [];
  for (let i = 0; i < 10; i++) answers.push(await post('/leads', body));

  const problem = await answers[0]!.json();
  expect(answers.map(({ status }) => status)).toEqual(Array(10).fill(400));
  // One error, not 60,000: the validator (about 1 s of CPU for such a body) never ran.
  expect(problem.errors).toEqual([{ path: '/body/contact', message: `must not have more than ${maxShape.fields} fields`, errorCode: 'too.many.fields' }]);
});

test('when the spec bounds sourceMetadata, then the server enforces the same numbers', () => {
  const schema = spec.components.schemas.SourceMetadata as { maxProperties: number; 'x-max-depth': number; 'x-max-bytes': number };
  expect({ depth: schema['x-max-depth'], bytes: schema['x-max-bytes'] }).toEqual(sourceMetadataLimits);
  expect(schema.maxProperties).toBeLessThanOrEqual(maxShape.fields);
});

test(`when leads are as large as the spec allows, then a page of 500 stops at ${maxPageBytes} bytes and its token pages through every lead once`, async () => {
  const long = (seed: number) => `${seed}`.padEnd(10_000, 'x');
  const largest = (i: number): LeadRequest => ({
    contact: { firstName: `Large ${i}` },
    metadata: { landingPage: long(i), referrer: long(i + 1), sourceMetadata: { blob: 'y'.repeat(sourceMetadataLimits.bytes - 11) } },
  });
  const leadBytes = Buffer.byteLength(JSON.stringify(largest(0)));
  const count = Math.ceil((maxPageBytes / leadBytes) * 1.5);
  const created = new Set<string>();
  for (let i = 0; i < count; i++) {
    const { data } = await suite.business.client.POST('/leads', { body: largest(i) });
    created.add(data!.id);
  }

  const seen: string[] = [];
  const pageBytes: number[] = [];
  let continuationToken: string | null = null;
  do {
    const response = await post('/leads/all/my', JSON.stringify({ pageSize: 500, continuationToken }));
    const text = await response.text();
    expect(response.status).toBe(200);
    const page = JSON.parse(text) as { items: { id: string }[]; continuationToken: string | null };
    pageBytes.push(Buffer.byteLength(text));
    seen.push(...page.items.map(({ id }) => id));
    continuationToken = page.continuationToken;
  } while (continuationToken && pageBytes.length < 10);

  expect(pageBytes).toHaveLength(2);
  for (const bytes of pageBytes) expect(bytes).toBeLessThanOrEqual(maxPageBytes + 2 * leadBytes);
  expect(seen).toHaveLength(count);
  expect(new Set(seen)).toEqual(created);
}, 120_000);
