import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createDispositionsClient } from '@dispositions/client';
import pino from 'pino';
import { parseAllDocuments } from 'yaml';
import { bodyLimit } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createDatabase, type Database, migrateToLatest } from '../../src/db/database';
import { keepAliveTimeoutMs, shutdownGraceMs, startServer } from '../../src/server';
import { createApiKey } from '../../src/services/api-keys.service';
import { readinessTimeoutMs } from '../../src/services/readiness.service';
import { specOperations } from '../support/spec';
import { databaseKind } from '../support/test-server';

// What docs/deploying.md and docs/scaling.md tell an operator to run, held to the server:
// the SQL is run, the unit and the manifests are parsed and checked against the settings,
// ports, probe paths and timeouts the server really has.

const repoRoot = path.resolve(__dirname, '../../../..');
const deploying = readFileSync(path.join(repoRoot, 'docs/deploying.md'), 'utf8');
const scaling = readFileSync(path.join(repoRoot, 'docs/scaling.md'), 'utf8');

/** The fenced blocks of a language in a Markdown text. */
function blocks(markdown: string, language: string): string[] {
  return [...markdown.matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map(([, body]) => body!);
}

const publicPathOf = (operationId: string) => {
  const operation = specOperations.find((candidate) => candidate.operationId === operationId)!;
  expect((operation as { security?: unknown[] }).security).toEqual([]);
  return operation.path;
};

describe('the Citus recipe of docs/scaling.md', () => {
  let db: Database;
  beforeAll(async () => {
    db = createDatabase({ databaseUrl: process.env.DATABASE_URL });
    await migrateToLatest(db);
  }, 60_000);
  afterAll(() => db.destroy());

  test('when it is compared with the migrations, then it replicates or distributes every table they create, each distributed one keyed by business first', async () => {
    const recipe = blocks(scaling, 'sql').find((sql) => sql.includes('create_distributed_table'))!;
    const named = (fn: string) => [...recipe.matchAll(new RegExp(`${fn}\\('(\\w+)'`, 'g'))].map(([, table]) => table!);
    const distributed = named('create_distributed_table');
    const tables = (await db('pg_tables').where({ schemaname: 'public' }).pluck('tablename')) as string[];

    expect([...named('create_reference_table'), ...distributed].sort()).toEqual(tables.filter((table) => !table.startsWith('knex_')).sort());
    for (const table of distributed) {
      const { rows } = await db.raw(
        `SELECT a.attname AS first FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
         WHERE i.indrelid = ?::regclass AND i.indisprimary`,
        [table],
      );
      expect({ table, first: rows[0]?.first }).toEqual({ table, first: 'business_id' });
    }
  });
});

(databaseKind === 'postgresql' ? describe : describe.skip)('the roles of docs/deploying.md, section 1', () => {
  const suffix = `${process.pid}_${Date.now()}`;
  const names = { database: `dispositions_roles_${suffix}`, migrator: `migrator_${suffix}`, app: `app_${suffix}` };
  let admin: Database;
  const urlAs = (role: string) => {
    const url = new URL(process.env.DATABASE_URL!);
    url.username = role;
    url.password = 'test';
    url.pathname = `/${names.database}`;
    return url.toString();
  };

  beforeAll(async () => {
    admin = createDatabase({ databaseUrl: process.env.DATABASE_URL });
    await admin.raw('CREATE DATABASE ??', [names.database]);
  });
  afterAll(async () => {
    await admin.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [names.database]);
    await admin.raw('DROP ROLE IF EXISTS ??', [names.migrator]);
    await admin.raw('DROP ROLE IF EXISTS ??', [names.app]);
    await admin.destroy();
  });

  test("when the guide's SQL is run, then the migrator migrates, the server serves as the app role, and the app role cannot change the schema", async () => {
    const sql = blocks(deploying, 'sql')
      .find((block) => block.includes('CREATE ROLE'))!
      .replaceAll('dispositions_migrator', names.migrator)
      .replaceAll('dispositions_app', names.app)
      .replace(/DATABASE dispositions\b/, `DATABASE ${names.database}`);
    const superuser = createDatabase({ databaseUrl: urlAs(new URL(process.env.DATABASE_URL!).username || 'postgres') });
    const migrator = createDatabase({ databaseUrl: urlAs(names.migrator) });
    const app = createDatabase({ databaseUrl: urlAs(names.app) });
    try {
      await superuser.raw(sql);
      await migrateToLatest(migrator);
      const { apiKey } = await createApiKey(app, 'Least privilege');
      const server = await startServer(
        { port: 0, databaseUrl: urlAs(names.app), dataDir: undefined, dbPoolMax: 2, logLevel: 'silent', nodeEnv: 'test', validateResponses: true },
        pino({ level: 'silent' }),
      );
      try {
        const client = createDispositionsClient({ baseUrl: server.url, apiKey });
        const { response } = await client.POST('/leads', { body: { contact: { firstName: 'Ada' } } });
        expect(response.status).toBe(201);
        expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
      } finally {
        await server.close();
      }
      await expect(app.raw('CREATE TABLE intruder (id int)')).rejects.toThrow(/permission denied/);
      await expect(app.raw('ALTER TABLE leads ADD COLUMN intruder int')).rejects.toThrow(/must be owner/);
      await expect(app.raw('DROP TABLE dispositions')).rejects.toThrow(/must be owner/);
    } finally {
      await Promise.all([superuser.destroy(), migrator.destroy(), app.destroy()]);
    }
  }, 120_000);
});

test('when the systemd unit is read, then it starts the built server with settings the server accepts and outlasts its shutdown grace', () => {
  const unit = blocks(deploying, 'ini').find((block) => block.includes('[Service]'))!;
  const settings = new Map<string, string[]>();
  for (const line of unit.split('\n')) {
    const match = /^(\w+)=(.*)$/.exec(line);
    if (match) settings.set(match[1]!, [...(settings.get(match[1]!) ?? []), match[2]!]);
  }
  const env = Object.fromEntries((settings.get('Environment') ?? []).map((pair) => pair.split('=') as [string, string]));
  const config = loadConfig({ ...env, DATABASE_URL: 'postgres://app@db.internal/dispositions' });

  expect(settings.get('ExecStart')).toEqual(['/usr/bin/node packages/server/dist/main.js']);
  expect(existsSync(path.join(repoRoot, 'packages/server/src/main.ts'))).toBe(true);
  expect(settings.get('KillSignal')).toEqual(['SIGTERM']);
  expect(Number(settings.get('TimeoutStopSec')![0]) * 1000).toBeGreaterThan(shutdownGraceMs + 2000);
  expect(settings.get('User')).toEqual(['dispositions']);
  expect({ nodeEnv: config.nodeEnv, port: config.port, metricsPort: config.metricsPort, trustProxy: config.trustProxy }).toEqual({
    nodeEnv: 'production',
    port: 3000,
    metricsPort: 9464,
    trustProxy: 'loopback',
  });
});

test('when the Kubernetes manifests are read, then the probes ask the public health endpoints, the ports are the configured ones, and the metrics port stays out of the Service', () => {
  const manifests = parseAllDocuments(blocks(deploying, 'yaml').find((block) => block.includes('kind: Deployment'))!).map((document) => document.toJS());
  const deployment = manifests.find((manifest) => manifest.kind === 'Deployment');
  const service = manifests.find((manifest) => manifest.kind === 'Service');
  const job = manifests.find((manifest) => manifest.kind === 'Job');
  const pod = deployment.spec.template.spec;
  const [container] = pod.containers;
  const env = Object.fromEntries(
    container.env
      .filter((variable: { value?: string }) => variable.value !== undefined)
      .map(({ name, value }: { name: string; value: string }) => [name, value]),
  );
  const config = loadConfig({ ...env, DATABASE_URL: 'postgres://app@db.internal/dispositions' });
  const portNamed = (name: string) => container.ports.find((port: { name: string }) => port.name === name).containerPort;

  expect(container.readinessProbe.httpGet).toEqual({ path: publicPathOf('getReadiness'), port: 'http' });
  expect(container.livenessProbe.httpGet).toEqual({ path: publicPathOf('getHealth'), port: 'http' });
  expect(container.startupProbe.httpGet.path).toBe(publicPathOf('getHealth'));
  expect(container.readinessProbe.timeoutSeconds * 1000).toBeGreaterThan(readinessTimeoutMs);
  expect(portNamed('http')).toBe(config.port);
  expect(portNamed('metrics')).toBe(config.metricsPort);
  expect(deployment.spec.template.metadata.annotations['prometheus.io/port']).toBe(String(config.metricsPort));
  expect(service.spec.ports.map((port: { targetPort: string }) => port.targetPort)).toEqual(['http']);
  expect(pod.terminationGracePeriodSeconds * 1000).toBeGreaterThan(shutdownGraceMs + 5000);
  expect(pod.securityContext.runAsNonRoot).toBe(true);
  expect(container.env.find((variable: { name: string }) => variable.name === 'DATABASE_URL').valueFrom.secretKeyRef.key).toBe('app-url');
  expect(job.spec.template.spec.containers[0].command).toEqual(['node', 'packages/server/dist/scripts/migrate.js']);
  expect(job.spec.template.spec.containers[0].env[0].valueFrom.secretKeyRef.key).toBe('migrator-url');
});

test("when the nginx example is read, then it forwards the client address TRUST_PROXY trusts, and its limits sit inside the server's", () => {
  const nginx = blocks(deploying, 'nginx')[0]!;
  const readTimeout = Number(/proxy_read_timeout (\d+)s;/.exec(nginx)![1]);

  expect(nginx).toContain('proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;');
  expect(nginx).toMatch(/proxy_pass http:\/\/dispositions;/);
  expect(loadConfig({ TRUST_PROXY: 'loopback' }).trustProxy).toBe('loopback');
  expect(deploying).toContain('TRUST_PROXY=loopback');
  expect(/client_max_body_size (\d+)m;/.exec(nginx)![1]).toBe(bodyLimit.replace('mb', ''));
  expect(readTimeout * 1000).toBeLessThan(keepAliveTimeoutMs);
});

test('when the guide names a script of the build, then the script exists', () => {
  const scripts = [...new Set([...deploying.matchAll(/packages\/server\/dist\/scripts\/([\w-]+)\.js/g)].map(([, name]) => name!))];

  expect(scripts.sort()).toEqual(expect.arrayContaining(['keys-create', 'keys-revoke', 'migrate', 'rollback', 'seed']));
  for (const script of scripts)
    expect({ script, exists: existsSync(path.join(repoRoot, 'packages/server/src/scripts', `${script}.ts`)) }).toEqual({ script, exists: true });
});
