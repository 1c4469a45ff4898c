import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDispositionsClient } from '@dispositions/client';
import pino from 'pino';
import { startServer } from '../../src/server';
import { runScript } from '../support/scripts';
import { databaseKind } from '../support/test-server';

// `pnpm db:seed` as an operator runs it: a child process over the same configuration as
// the server (this run's PostgreSQL, or a throwaway embedded data directory), then the
// key it prints is used against a real server over the same database.

let dataDir: string;
const business = `Seeded ${randomUUID()}`;
const env = () => (databaseKind === 'postgresql' ? {} : { DATABASE_URL: '', DATA_DIR: dataDir });

beforeAll(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'dispositions-seed-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

test('when db:seed runs, then it reports progress on stderr and its printed key sees realistic leads, each with a current disposition', async () => {
  const outcome = await runScript('scripts/seed.ts', ['--business', business, '--leads', '20'], env());

  expect(outcome.code === 0 ? 0 : outcome.stderr).toBe(0);
  expect(outcome.stderr).toMatch(/: 10\/20 \(50%\), \d+ dispositions/);
  expect(outcome.stderr).toMatch(/done in [\d.]+ s: 20 leads, \d+ dispositions\./);
  const apiKey = outcome.stdout.trimEnd().split('\n').at(-1)!;
  expect(apiKey).toMatch(/^dsp_[A-Za-z0-9_-]{43}$/);

  const server = await startServer(
    {
      port: 0,
      databaseUrl: process.env.DATABASE_URL,
      dataDir: databaseKind === 'postgresql' ? undefined : dataDir,
      dbPoolMax: 2,
      logLevel: 'silent',
      nodeEnv: 'test',
      validateResponses: true,
    },
    pino({ level: 'silent' }),
  );
  try {
    const client = createDispositionsClient({ baseUrl: server.url, apiKey });
    const leads = [];
    for await (const lead of client.allLeads({ pageSize: 100 })) leads.push(lead);
    const { data } = await client.POST('/dispositions/all/my', { body: { pageSize: 1, includeCount: true } });
    const { data: statuses } = await client.GET('/lead-statuses');
    const { data: sold } = await client.POST('/lead-status-changes/all/my', { body: { filters: [{ field: 'outcome', value: 'Sold' }], pageSize: 500 } });

    expect(leads).toHaveLength(20);
    expect(leads.every((lead) => lead.contact?.firstName && lead.contact.email?.endsWith('@example.com') && lead.currentDisposition)).toBe(true);
    expect(data?.totalCount).toBeGreaterThanOrEqual(20 * 3);
    expect(data?.totalCount).toBeLessThanOrEqual(20 * 17);
    expect(outcome.stderr).toContain(`20 leads, ${data?.totalCount} dispositions`);
    expect(statuses!.map((status) => status.name)).toEqual(['Contacted', 'Quote Sent', 'Appointment Set', 'Inspection Done', 'Sold', 'Not Interested']);
    expect(sold!.items.every((change) => change.category === 'Converted')).toBe(true);
  } finally {
    await server.close();
  }
}, 180_000);

test('when db:seed runs again for a business that has leads, then it refuses with exit 2, says why, and prints no key', async () => {
  const outcome = await runScript('scripts/seed.ts', ['--business', business], env());

  expect(outcome.code).toBe(2);
  expect(outcome.stdout).toBe('');
  expect(outcome.stderr).toContain(`"${business}" already has 20 leads: not seeding it again.`);
}, 60_000);

test('when db:seed is given a bad --leads, then it exits 2 with usage before touching a database', async () => {
  const outcome = await runScript('scripts/seed.ts', ['--leads', '0'], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });

  expect(outcome.code).toBe(2);
  expect(outcome.stderr).toContain('--leads must be a whole number from 1 to 99999.');
  expect(outcome.stderr).toContain('Usage: pnpm db:seed');
});
