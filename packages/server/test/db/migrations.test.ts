import { randomUUID } from 'node:crypto';
import { createDatabase, type Database, migrateToLatest } from '../../src/db/database';
import { migrationSource } from '../../src/db/migrations';
import { databaseKind } from '../support/test-server';

// The full-disposition-model migration on a database of its own (a fresh PostgreSQL database,
// or an in-memory embedded one): down and up again, with rows recorded before it, whose
// links to the previous disposition it fills in from each lead's history order.

let db: Database;
let admin: Database | undefined;
let name: string | undefined;

beforeAll(async () => {
  if (databaseKind === 'postgresql') {
    admin = createDatabase({ databaseUrl: process.env.DATABASE_URL });
    name = `dispositions_migration_${process.pid}_${Date.now()}`;
    await admin.raw('CREATE DATABASE ??', [name]);
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${name}`;
    db = createDatabase({ databaseUrl: url.toString() });
  } else {
    db = createDatabase({});
  }
  await migrateToLatest(db);
}, 60_000);
afterAll(async () => {
  await db.destroy();
  if (admin && name) {
    await admin.raw('DROP DATABASE ?? WITH (FORCE)', [name]);
    await admin.destroy();
  }
});

const columnsOf = async (table: string) =>
  (await db('information_schema.columns').where({ table_schema: 'public', table_name: table }).pluck('column_name')) as string[];
const tableExists = async (table: string) => (await db('pg_tables').where({ schemaname: 'public', tablename: table }).first()) !== undefined;
const added = [
  'category',
  'change_source',
  'reason',
  'changed_by_automation_id',
  'changed_by_user_id',
  'old_disposition_id',
  'old_disposition_outcome',
  'old_disposition_type',
];

/** The full-disposition-model migration by name: newer ones stay applied while it goes down and up. */
const fullModel = { migrationSource, name: '20261201000000_full_disposition_model' };

test('when it is rolled back, then the columns, the catalog and the key users go; rows recorded meanwhile get their links when it runs again, in history order', async () => {
  await db.migrate.down(fullModel);
  for (const column of added) expect(await columnsOf('dispositions')).not.toContain(column);
  expect(await columnsOf('api_keys')).not.toContain('user_id');
  expect(await tableExists('lead_statuses')).toBe(false);

  const [businessId, leadId, otherLeadId] = [randomUUID(), randomUUID(), randomUUID()];
  await db('businesses').insert({ id: businessId, name: `Before ${businessId}` });
  await db('leads').insert([
    { business_id: businessId, id: leadId },
    { business_id: businessId, id: otherLeadId },
  ]);
  // Recorded out of order: the history order is by (timestamp, id), not by insertion.
  const rows = [
    { id: randomUUID(), lead_id: leadId, type: 'Text', outcome: 'Contacted', timestamp: '2026-03-01T00:00:00Z' },
    { id: randomUUID(), lead_id: leadId, type: 'Call', outcome: 'No Answer', timestamp: '2026-01-01T00:00:00Z' },
    { id: randomUUID(), lead_id: leadId, type: 'Visit', outcome: 'Sold', timestamp: '2026-05-01T00:00:00Z' },
    { id: randomUUID(), lead_id: otherLeadId, type: 'Call', outcome: 'Voicemail', timestamp: '2026-02-01T00:00:00Z' },
  ];
  await db('dispositions').insert(rows.map((row) => ({ ...row, business_id: businessId })));

  await db.migrate.up(fullModel);

  const after = await db('dispositions')
    .where({ business_id: businessId })
    .select('id', 'change_source', 'category', 'changed_by_user_id', 'old_disposition_id', 'old_disposition_outcome', 'old_disposition_type');
  const byId = Object.fromEntries(after.map((row) => [row.id, row]));
  const [contacted, noAnswer, sold, voicemail] = rows.map((row) => byId[row.id]);
  expect(noAnswer).toMatchObject({ old_disposition_id: null, old_disposition_outcome: null, old_disposition_type: null, change_source: 'API', category: null });
  expect(contacted).toMatchObject({ old_disposition_id: rows[1]!.id, old_disposition_outcome: 'No Answer', old_disposition_type: 'Call' });
  expect(sold).toMatchObject({ old_disposition_id: rows[0]!.id, old_disposition_outcome: 'Contacted', old_disposition_type: 'Text' });
  expect(voicemail).toMatchObject({ old_disposition_id: null, changed_by_user_id: null });
  expect(await columnsOf('api_keys')).toContain('user_id');
  expect(await tableExists('lead_statuses')).toBe(true);
}, 60_000);

test('when it runs down and up again, then it leaves the schema as it found it each way', async () => {
  const before = (await columnsOf('dispositions')).sort();

  await db.migrate.down(fullModel);
  const down = (await columnsOf('dispositions')).sort();
  await db.migrate.up(fullModel);

  expect(down).toEqual(before.filter((column) => !added.includes(column)));
  expect((await columnsOf('dispositions')).sort()).toEqual(before);
}, 60_000);

const indexesOf = async (table: string) => (await db('pg_indexes').where({ schemaname: 'public', tablename: table }).pluck('indexname')) as string[];
const followUpIndexes = ['dispositions_assignee_callback_at', 'dispositions_assignee_task_due_at', 'dispositions_assignee_appointment_start_at'];

test('when the follow-ups and calendar feeds migration runs down and up, then its indexes and table go and come back, and nothing else changes', async () => {
  const before = { columns: (await columnsOf('dispositions')).sort(), indexes: (await indexesOf('dispositions')).sort() };
  const latest = { migrationSource, name: '20261206000000_follow_ups_and_calendar_feeds' };

  await db.migrate.down(latest);
  expect(await tableExists('calendar_feeds')).toBe(false);
  expect((await indexesOf('dispositions')).sort()).toEqual(before.indexes.filter((name) => !followUpIndexes.includes(name)));
  await db.migrate.up(latest);

  expect(await tableExists('calendar_feeds')).toBe(true);
  expect((await indexesOf('dispositions')).sort()).toEqual(before.indexes);
  expect((await columnsOf('dispositions')).sort()).toEqual(before.columns);
}, 60_000);

test('when the follow-up events migration runs down and up, then its time indexes and cursors go and come back, the cursors at the clock', async () => {
  const timeIndexes = ['lead_follow_ups_at_callback', 'lead_follow_ups_at_task_due', 'lead_follow_ups_at_appointment_start'];
  const latest = { migrationSource, name: '20261208000000_follow_up_events' };

  await db.migrate.down(latest);
  expect(await tableExists('follow_up_event_cursors')).toBe(false);
  expect(await indexesOf('lead_follow_ups')).not.toEqual(expect.arrayContaining([timeIndexes[0]]));
  const before = new Date();
  await db.migrate.up(latest);

  expect(await indexesOf('lead_follow_ups')).toEqual(expect.arrayContaining(timeIndexes));
  const cursors = await db('follow_up_event_cursors').orderBy('type');
  expect(cursors.map((cursor) => cursor.type)).toEqual(['follow_up.due', 'follow_up.missed']);
  // Started at the migration's clock, so follow-ups already past fire nothing at the deploy.
  for (const cursor of cursors) expect(cursor.scanned_to.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1_000);
}, 60_000);
