import type { Knex } from 'knex';

// Idempotency-Key of a create: the first request claims the key in the same transaction
// as the create and stores its answer there, so a retry (or a racing twin, through any
// instance) gets that answer instead of a second record. Keyed by business, like every table.
const upStatements = [
  `CREATE TABLE idempotency_keys (
    business_id uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    key text NOT NULL,
    operation_id text NOT NULL,
    request_hash text NOT NULL,
    response_status smallint,
    response_body text,
    created_at timestamptz(3) NOT NULL DEFAULT now(),
    PRIMARY KEY (business_id, key)
  )`,
  // For the purge of expired keys, across businesses.
  `CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at)`,
];

const downStatements = [`DROP TABLE IF EXISTS idempotency_keys`];

export async function up(knex: Knex): Promise<void> {
  for (const statement of upStatements) await knex.raw(statement);
}

export async function down(knex: Knex): Promise<void> {
  for (const statement of downStatements) await knex.raw(statement);
}
