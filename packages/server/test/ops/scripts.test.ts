import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDispositionsClient } from '@dispositions/client';
import pino from 'pino';
import type { Config } from '../../src/config';
import { createDatabase } from '../../src/db/database';
import { startServer } from '../../src/server';
import { runScript } from '../support/scripts';
import { databaseKind } from '../support/test-server';

// The operations scripts and `main.ts` as a user runs them: child processes over the same
// configuration as `pnpm start`, on a throwaway embedded data directory (and on this
// run's PostgreSQL when DATABASE_URL is set).

const lastLine = (text: string) => text.trimEnd().split('\n').at(-1) ?? '';

/** The key id keys:create reports on stderr. */
const keyIdIn = (stderr: string) => /Created API key ([0-9a-f-]{36}) /.exec(stderr)?.[1] ?? '';

function serverConfig(overrides: Partial<Config>): Config {
  return { port: 0, databaseUrl: undefined, dataDir: undefined, dbPoolMax: 2, logLevel: 'silent', nodeEnv: 'test', validateResponses: true, ...overrides };
}

async function leadsStatusWith(url: string, apiKey: string): Promise<number> {
  const { response } = await createDispositionsClient({ baseUrl: url, apiKey }).POST('/leads/all/my', { body: {} });
  return response.status;
}

describe('on the embedded database', () => {
  let dataDir: string;
  const env = () => ({ DATA_DIR: dataDir, DATABASE_URL: '' });

  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'dispositions-scripts-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  test('when the server first starts on an empty data directory, then it creates a demo business whose key works, and only once', async () => {
    const first = await startServer(serverConfig({ dataDir }), pino({ level: 'silent' }));
    try {
      expect(first.demoApiKey).toMatch(/^dsp_[A-Za-z0-9_-]{43}$/);
      expect(await leadsStatusWith(first.url, first.demoApiKey!)).toBe(200);
    } finally {
      await first.close();
    }
    const second = await startServer(serverConfig({ dataDir }), pino({ level: 'silent' }));
    await second.close();
    expect(second.demoApiKey).toBeUndefined();
  }, 120_000);

  test('when keys:create runs twice for one business, then it prints two different working keys, stored only as hashes', async () => {
    const first = await runScript('scripts/keys-create.ts', ['Acme', 'Roofing'], env());
    const second = await runScript('scripts/keys-create.ts', ['Acme Roofing'], env());

    expect([first, second].map(({ code, stderr }) => (code === 0 ? 0 : stderr))).toEqual([0, 0]);
    const keys = [lastLine(first.stdout), lastLine(second.stdout)];
    expect(keys[0]).toMatch(/^dsp_[A-Za-z0-9_-]{43}$/);
    expect(keys[1]).toMatch(/^dsp_[A-Za-z0-9_-]{43}$/);
    expect(keys[0]).not.toBe(keys[1]);
    expect(first.stderr).toContain('Acme Roofing');

    const running = await startServer(serverConfig({ dataDir }), pino({ level: 'silent' }));
    try {
      expect(await leadsStatusWith(running.url, keys[0]!)).toBe(200);
      expect(await leadsStatusWith(running.url, keys[1]!)).toBe(200);
      const stored = await running
        .db('api_keys')
        .join('businesses', 'businesses.id', 'api_keys.business_id')
        .where('businesses.name', 'Acme Roofing')
        .select('key_hash');
      expect(stored).toHaveLength(2);
      for (const { key_hash } of stored) {
        expect(keys.some((key) => key_hash.includes(key!) || key!.includes(key_hash))).toBe(false);
      }
      expect(await running.db('businesses').where({ name: 'Acme Roofing' }).count({ n: '*' }).first()).toEqual({ n: 1 });
    } finally {
      await running.close();
    }
  }, 120_000);

  test("when keys:revoke is given a key id or a key, then those keys get 401 and the business's other key still works", async () => {
    const createKey = async () => {
      const { stdout, stderr } = await runScript('scripts/keys-create.ts', ['Revoke Roofing'], env());
      return { key: lastLine(stdout), id: keyIdIn(stderr) };
    };
    const byId = await createKey();
    const byKey = await createKey();
    const kept = await createKey();
    expect(byId.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    const before = await startServer(serverConfig({ dataDir }), pino({ level: 'silent' }));
    const statusesBefore = [];
    try {
      for (const { key } of [byId, byKey, kept]) statusesBefore.push(await leadsStatusWith(before.url, key));
    } finally {
      await before.close();
    }
    const revokedById = await runScript('scripts/keys-revoke.ts', [byId.id], env());
    const revokedByKey = await runScript('scripts/keys-revoke.ts', [byKey.key], env());
    const again = await runScript('scripts/keys-revoke.ts', [byId.id], env());

    expect(statusesBefore).toEqual([200, 200, 200]);
    expect([revokedById.code, revokedByKey.code, again.code]).toEqual([0, 0, 0]);
    expect([revokedById.stdout, revokedByKey.stdout]).toEqual([`${byId.id}\n`, `${byKey.id}\n`]);
    expect(revokedById.stderr).toContain(`Revoked API key ${byId.id} of "Revoke Roofing"`);
    expect(revokedByKey.stderr).not.toContain(byKey.key);
    expect(again.stderr).toContain('was already revoked');
    const after = await startServer(serverConfig({ dataDir }), pino({ level: 'silent' }));
    try {
      expect(await leadsStatusWith(after.url, byId.key)).toBe(401);
      expect(await leadsStatusWith(after.url, byKey.key)).toBe(401);
      expect(await leadsStatusWith(after.url, kept.key)).toBe(200);
    } finally {
      await after.close();
    }
  }, 120_000);

  test('when keys:create issues a key to a user, then the changes made with it record the user', async () => {
    const outcome = await runScript('scripts/keys-create.ts', ['User Roofing', '--user', 'user-42'], env());

    expect(outcome.code).toBe(0);
    expect(outcome.stderr).toContain('issued to user user-42');
    const running = await startServer(serverConfig({ dataDir }), pino({ level: 'silent' }));
    try {
      const client = createDispositionsClient({ baseUrl: running.url, apiKey: lastLine(outcome.stdout) });
      const { data: lead } = await client.POST('/leads', { body: {} });
      const { data: change } = await client.PUT('/leads/{id}/status', { params: { path: { id: lead!.id } }, body: { outcome: 'Contacted' } });

      expect(change!.changedByUserId).toBe('user-42');
    } finally {
      await running.close();
    }
  }, 120_000);

  test('when keys:revoke is given a key id that does not exist, then it exits non-zero with one line saying so', async () => {
    const outcome = await runScript('scripts/keys-revoke.ts', ['7c9e6679-7425-40de-944b-e07fc1f90ae7'], env());

    expect(outcome.code).not.toBe(0);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr.trimEnd().split('\n')).toEqual(['No API key 7c9e6679-7425-40de-944b-e07fc1f90ae7 in this database: nothing was revoked.']);
  });
});

describe('misuse', () => {
  test('when keys:create gets an empty --user, then it exits 2 naming it and prints no key', async () => {
    const outcome = await runScript('scripts/keys-create.ts', ['Acme', '--user', ' '], { DATA_DIR: '/nonexistent/never-created' });

    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toContain('--user');
  });

  test('when keys:create gets no business name, then it exits 2 with usage on stderr and prints no key', async () => {
    const outcome = await runScript('scripts/keys-create.ts', [], { DATA_DIR: '/nonexistent/never-created' });

    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toContain('Usage: pnpm keys:create <business name>');
  });

  test('when a script is asked for --help, then it prints usage and exits 0 without touching a database', async () => {
    const outcome = await runScript('scripts/migrate.ts', ['--help'], { DATA_DIR: '/nonexistent/never-created' });

    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain('Usage: pnpm db:migrate');
  });

  test('when keys:revoke is asked for --help, then it prints usage, saying what it takes, and exits 0', async () => {
    const outcome = await runScript('scripts/keys-revoke.ts', ['--help'], { DATA_DIR: '/nonexistent/never-created' });

    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain('Usage: pnpm keys:revoke <key or key id>');
    expect(outcome.stdout).toContain('dsp_');
  });

  test.each([
    ['no argument', []],
    ['something that is neither a key nor a key id', ['Acme Roofing']],
    ['two keys', ['7c9e6679-7425-40de-944b-e07fc1f90ae7', '7c9e6679-7425-40de-944b-e07fc1f90ae8']],
  ])('when keys:revoke gets %s, then it exits 2 with usage on stderr before touching a database', async (_case, args) => {
    const outcome = await runScript('scripts/keys-revoke.ts', args, { DATA_DIR: '/nonexistent/never-created' });

    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toContain('Usage: pnpm keys:revoke <key or key id>');
  });

  test.each([
    ['PORT', 'abc', 'PORT'],
    ['DATABASE_URL', 'not a url', 'DATABASE_URL'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL'],
    ['DB_POOL_MAX', '0', 'DB_POOL_MAX'],
  ])('when %s=%s, then the server stops at start-up with one line naming it', async (name, value, named) => {
    const outcome = await runScript('main.ts', [], { [name]: value, DATA_DIR: '/nonexistent/never-created' });

    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toBe('');
    const lines = outcome.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^Invalid configuration: ${named} \\(`));
  });
});

const onPostgres = databaseKind === 'postgresql' ? describe : describe.skip;

onPostgres('on PostgreSQL (DATABASE_URL)', () => {
  test('when keys:create runs against DATABASE_URL, then the key it prints works on a server over the same database', async () => {
    const outcome = await runScript('scripts/keys-create.ts', ['Postgres Plumbing'], { DATABASE_URL: process.env.DATABASE_URL });

    expect(outcome.code).toBe(0);
    const running = await startServer(serverConfig({ databaseUrl: process.env.DATABASE_URL }), pino({ level: 'silent' }));
    try {
      expect(await leadsStatusWith(running.url, lastLine(outcome.stdout))).toBe(200);
    } finally {
      await running.close();
    }
  });

  test('when a key is revoked while a server runs, then its very next request gets 401: the revocation reaches the key cache', async () => {
    const created = await runScript('scripts/keys-create.ts', ['Postgres Revocations'], { DATABASE_URL: process.env.DATABASE_URL });
    const key = lastLine(created.stdout);
    const running = await startServer(serverConfig({ databaseUrl: process.env.DATABASE_URL }), pino({ level: 'silent' }));
    try {
      const before = await leadsStatusWith(running.url, key);
      const revoked = await runScript('scripts/keys-revoke.ts', [keyIdIn(created.stderr)], { DATABASE_URL: process.env.DATABASE_URL });
      const after = await leadsStatusWith(running.url, key);

      expect([before, revoked.code, after]).toEqual([200, 0, 401]);
    } finally {
      await running.close();
    }
  });

  test('when the migrations run down and up on a fresh database, then the schema goes away and comes back', async () => {
    const admin = createDatabase({ databaseUrl: process.env.DATABASE_URL });
    const name = `dispositions_migrations_${process.pid}_${Date.now()}`;
    await admin.raw('CREATE DATABASE ??', [name]);
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${name}`;
    const env = { DATABASE_URL: url.toString() };
    const db = createDatabase({ databaseUrl: url.toString() });
    const allTables = [
      'api_keys',
      'businesses',
      'calendar_feeds',
      'change_events',
      'dispositions',
      'follow_up_event_cursors',
      'idempotency_keys',
      'lead_follow_ups',
      'lead_statuses',
      'leads',
      'server_secrets',
      'webhook_deliveries',
      'webhook_dispatch_cursor',
      'webhook_endpoints',
    ];
    const tables = async () =>
      (await db('pg_tables').where({ schemaname: 'public' }).whereNot('tablename', 'like', 'knex_%').orderBy('tablename').pluck('tablename')) as string[];
    try {
      expect((await runScript('scripts/migrate.ts', [], env)).code).toBe(0);
      expect(await tables()).toEqual(allTables);

      const rollback = await runScript('scripts/rollback.ts', ['--all'], env);
      expect(rollback.code).toBe(0);
      expect(await tables()).toEqual([]);

      expect((await runScript('scripts/migrate.ts', [], env)).code).toBe(0);
      expect(await tables()).toEqual(allTables);
    } finally {
      await db.destroy();
      await admin.raw('DROP DATABASE ?? WITH (FORCE)', [name]);
      await admin.destroy();
    }
  }, 120_000);
});
