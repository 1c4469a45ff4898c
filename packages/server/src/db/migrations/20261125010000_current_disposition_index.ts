import type { Knex } from 'knex';

// leads.current_disposition_id references dispositions, so deleting a disposition makes
// PostgreSQL look for leads pointing at it. Without this index each such check scanned the
// business's leads: deleting a lead with a long history, or a business, was quadratic.
export async function up(knex: Knex): Promise<void> {
  await knex.raw('CREATE INDEX leads_current_disposition ON leads (business_id, current_disposition_id)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX IF EXISTS leads_current_disposition');
}
