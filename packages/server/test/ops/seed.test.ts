import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DispositionResponse, LeadResponse, LeadStatusResponse } from '@dispositions/api-types';
import { createDispositionsClient, type DispositionsClient } from '@dispositions/client';
import { isValidPhoneNumber, parsePhoneNumberWithError } from 'libphonenumber-js/max';
import pino from 'pino';
import type { Config } from '../../src/config';
import { type RunningServer, startServer } from '../../src/server';
import { runScript } from '../support/scripts';
import { databaseKind } from '../support/test-server';

// `pnpm db:seed` as an operator runs it: a child process over the same configuration as
// the server (this run's PostgreSQL, or a throwaway embedded data directory), then the
// key it prints is used against a real server over the same database.

let dataDir: string;
let firstStartDir: string;
const business = `Seeded ${randomUUID()}`;
const env = () => (databaseKind === 'postgresql' ? {} : { DATABASE_URL: '', DATA_DIR: dataDir });
const day = 86_400_000;

beforeAll(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'dispositions-seed-'));
  firstStartDir = mkdtempSync(path.join(tmpdir(), 'dispositions-first-start-'));
});
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(firstStartDir, { recursive: true, force: true });
});

function serverOver(config: Partial<Config>): Promise<RunningServer> {
  return startServer(
    { port: 0, databaseUrl: undefined, dataDir: undefined, dbPoolMax: 2, logLevel: 'silent', nodeEnv: 'test', validateResponses: true, ...config },
    pino({ level: 'silent' }),
  );
}

async function all<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of pages) items.push(item);
  return items;
}

/** An agent's pending follow-ups (callback, task or appointment) in [from, to). */
async function pendingFollowUps(client: DispositionsClient, agent: string, field: 'callbackAt' | 'taskDueAt' | 'appointmentStartAt', from: Date, to: Date) {
  const { data } = await client.POST('/dispositions/all/my', {
    body: {
      includeCount: true,
      filters: [
        { field: 'assignedToUserId', value: agent },
        { field: 'followUpStatus', value: 'Pending' },
      ],
      rangeFilters: [{ field, greaterThanOrEqual: from.toISOString(), lessThan: to.toISOString() }],
      orderBy: [{ field, direction: 'asc' }],
    },
  });
  return data!.totalCount ?? 0;
}

test('when db:seed runs, then its printed key sees realistic leads with valid phone numbers, histories that move forward, and every agent has follow-ups overdue, due today and this week', async () => {
  const before = new Date();
  const outcome = await runScript('scripts/seed.ts', ['--business', business, '--leads', '20'], env());
  const after = new Date();

  expect(outcome.code === 0 ? 0 : outcome.stderr).toBe(0);
  expect(outcome.stderr).toMatch(/: 10\/20 \(50%\), \d+ dispositions/);
  expect(outcome.stderr).toMatch(/done in [\d.]+ s: 20 leads, \d+ dispositions\./);
  const apiKey = outcome.stdout.trimEnd().split('\n').at(-1)!;
  expect(apiKey).toMatch(/^dsp_[A-Za-z0-9_-]{43}$/);
  const agents = /its agents: (.*)\. Its new API key:/.exec(outcome.stderr)![1]!.split(', ');
  expect(agents).toHaveLength(5);

  const server = await serverOver({ databaseUrl: process.env.DATABASE_URL, dataDir: databaseKind === 'postgresql' ? undefined : dataDir });
  try {
    const client = createDispositionsClient({ baseUrl: server.url, apiKey });
    const leads: LeadResponse[] = await all(client.allLeads({ pageSize: 100 }));
    const { data } = await client.POST('/dispositions/all/my', { body: { pageSize: 1, includeCount: true } });
    const { data: statuses } = await client.GET('/lead-statuses');
    const order = new Map((statuses as LeadStatusResponse[]).map((status) => [status.name, status.sortOrder ?? 0]));

    expect(leads).toHaveLength(20);
    expect(
      leads.every((lead) => lead.contact?.firstName && lead.contact.lastName && lead.contact.email?.endsWith('@example.com') && lead.currentDisposition),
    ).toBe(true);
    // Names from a generator, not a short list: 20 leads, hardly a repeat.
    expect(new Set(leads.map((lead) => `${lead.contact?.firstName} ${lead.contact?.lastName}`)).size).toBeGreaterThanOrEqual(18);
    for (const lead of leads) {
      const number = lead.contact!.phone!.number!;
      expect({ number, valid: isValidPhoneNumber(number), e164: parsePhoneNumberWithError(number).format('E.164') }).toEqual({
        number,
        valid: true,
        e164: number,
      });
    }
    expect(data?.totalCount).toBeGreaterThanOrEqual(20);
    expect(outcome.stderr).toContain(`20 leads, ${data?.totalCount} dispositions`);
    expect(statuses!.map((status) => status.name)).toEqual([
      'No Answer',
      'Voicemail',
      'Text Sent',
      'Contacted',
      'Quote Sent',
      'Appointment Set',
      'Inspection Done',
      'Sold',
      'Not Interested',
    ]);

    // Each history moves forward through the pipeline, in the past, with only its newest follow-up open.
    for (const lead of leads) {
      const { data: history } = await client.GET('/dispositions/lead/{leadId}', { params: { path: { leadId: lead.id } } });
      const ordered = [...(history as DispositionResponse[])].sort((a, b) => a.timestamp.localeCompare(b.timestamp));
      const stages = ordered.map((disposition) => Math.max(order.get(disposition.outcome ?? '') ?? 0, 3));
      expect(stages).toEqual([...stages].sort((a, b) => a - b));
      expect(ordered.every((disposition) => disposition.category !== null)).toBe(true);
      expect(ordered.every((disposition) => Date.parse(disposition.timestamp) <= after.getTime())).toBe(true);
      expect(ordered.slice(0, -1).every((disposition) => disposition.followUpStatus !== 'Pending')).toBe(true);
      expect(lead.currentDisposition?.id).toBe(ordered.at(-1)!.id);
    }

    // The README's "today's callbacks", for every agent; and what is overdue and due this week.
    const startOfToday = new Date(Date.UTC(before.getUTCFullYear(), before.getUTCMonth(), before.getUTCDate()));
    const endOfToday = new Date(Date.UTC(after.getUTCFullYear(), after.getUTCMonth(), after.getUTCDate()) + day);
    const fields = ['callbackAt', 'taskDueAt', 'appointmentStartAt'] as const;
    for (const agent of agents) {
      const today = await pendingFollowUps(client, agent, 'callbackAt', startOfToday, endOfToday);
      let overdue = 0;
      let thisWeek = 0;
      for (const field of fields) {
        overdue += await pendingFollowUps(client, agent, field, new Date(before.getTime() - 30 * day), startOfToday);
        thisWeek += await pendingFollowUps(client, agent, field, endOfToday, new Date(after.getTime() + 7 * day));
      }
      expect({ agent, today: today > 0, overdue: overdue > 0, thisWeek: thisWeek > 0 }).toEqual({ agent, today: true, overdue: true, thisWeek: true });
    }
  } finally {
    await server.close();
  }
}, 180_000);

test('when db:seed runs again for a business it has seeded, then it refuses with exit 2, says why, and prints no key', async () => {
  const outcome = await runScript('scripts/seed.ts', ['--business', business], env());

  expect(outcome.code).toBe(2);
  expect(outcome.stdout).toBe('');
  expect(outcome.stderr).toContain(`"${business}" already holds 20 seeded leads: not seeding it again.`);
}, 60_000);

test('when db:seed is given a business with real data, then it refuses it', async () => {
  const real = `Real ${randomUUID()}`;
  const key = await runScript('scripts/keys-create.ts', [real], env());
  const server = await serverOver({ databaseUrl: process.env.DATABASE_URL, dataDir: databaseKind === 'postgresql' ? undefined : dataDir });
  try {
    const client = createDispositionsClient({ baseUrl: server.url, apiKey: key.stdout.trim() });
    await client.POST('/leads', { body: { contact: { firstName: 'Ada', lastName: 'Lovelace' } } });
  } finally {
    await server.close();
  }
  const outcome = await runScript('scripts/seed.ts', ['--business', real, '--leads', '2'], env());

  expect(outcome.code).toBe(2);
  expect(outcome.stdout).toBe('');
  expect(outcome.stderr).toContain(`"${real}" already has 1 lead: not seeding it again.`);
}, 120_000);

test('when db:seed runs after the first start made "Demo Business" and the API was tried on it, then it seeds that business beside what was tried', async () => {
  const first = await serverOver({ dataDir: firstStartDir });
  try {
    expect(first.demoApiKey).toBeDefined();
    const client = createDispositionsClient({ baseUrl: first.url, apiKey: first.demoApiKey! });
    for (const firstName of ['Ada', 'Grace', 'Alan']) await client.POST('/leads', { body: { contact: { firstName } } });
    await client.POST('/lead-statuses', { body: { name: 'Sold', category: 'Converted', color: '#22c55e', sortOrder: 1 } });
  } finally {
    await first.close();
  }
  const outcome = await runScript('scripts/seed.ts', ['--leads', '5'], { DATABASE_URL: '', DATA_DIR: firstStartDir });

  expect(outcome.code === 0 ? 0 : outcome.stderr).toBe(0);
  expect(outcome.stderr).toContain('Seeded "Demo Business"');
  const again = await serverOver({ dataDir: firstStartDir });
  try {
    const client = createDispositionsClient({ baseUrl: again.url, apiKey: first.demoApiKey! });
    const leads = await all(client.allLeads({ pageSize: 100 }));
    const { data: statuses } = await client.GET('/lead-statuses');

    expect(again.demoApiKey).toBeUndefined();
    expect(leads).toHaveLength(8);
    expect(statuses!.filter((status) => status.name === 'Sold')).toHaveLength(1);
  } finally {
    await again.close();
  }
  const twice = await runScript('scripts/seed.ts', ['--leads', '5'], { DATABASE_URL: '', DATA_DIR: firstStartDir });
  expect(twice.code).toBe(2);
  expect(twice.stderr).toContain('"Demo Business" already holds 5 seeded leads');
}, 180_000);

test('when db:seed is given a bad --leads, then it exits 2 with usage before touching a database', async () => {
  const outcome = await runScript('scripts/seed.ts', ['--leads', '0'], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });

  expect(outcome.code).toBe(2);
  expect(outcome.stderr).toContain('--leads must be a whole number from 1 to 99999.');
  expect(outcome.stderr).toContain('Usage: pnpm db:seed');
});
