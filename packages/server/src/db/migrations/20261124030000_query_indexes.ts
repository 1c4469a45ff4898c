import type { Knex } from 'knex';

// Indexes for the remaining orders and lookups of POST /dispositions/all/my that are not
// low-cardinality; which query uses which index is checked by test/db/query-indexes.test.ts.
const indexes = {
  dispositions_created_at: '(business_id, created_at, id)',
  dispositions_updated_at: '(business_id, updated_at, id)',
  dispositions_related_call_event: '(business_id, related_call_event_id)',
  dispositions_source: '(business_id, source_id)',
};

export async function up(knex: Knex): Promise<void> {
  for (const [name, columns] of Object.entries(indexes)) await knex.raw(`CREATE INDEX ${name} ON dispositions ${columns}`);
}

export async function down(knex: Knex): Promise<void> {
  for (const name of Object.keys(indexes)) await knex.raw(`DROP INDEX IF EXISTS ${name}`);
}
