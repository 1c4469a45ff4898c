import type { Knex } from 'knex';

// Leadping's whole disposition model: the reporting and audit fields every SDK version has,
// the links to the lead's previous disposition, the user an API key is issued to, and the
// business's catalog of lead statuses.
const upStatements = [
  `ALTER TABLE dispositions
    ADD COLUMN category text,
    ADD COLUMN change_source text NOT NULL DEFAULT 'API',
    ADD COLUMN reason text,
    ADD COLUMN changed_by_automation_id text,
    ADD COLUMN changed_by_user_id text,
    ADD COLUMN old_disposition_id uuid,
    ADD COLUMN old_disposition_outcome text,
    ADD COLUMN old_disposition_type text`,
  // Rows recorded before this migration: what came before each in its lead's history order.
  `UPDATE dispositions AS d
    SET old_disposition_id = previous.id, old_disposition_outcome = previous.outcome, old_disposition_type = previous.type
    FROM (
      SELECT business_id, id AS of_id,
        lag(id) OVER history AS id, lag(outcome) OVER history AS outcome, lag(type) OVER history AS type
      FROM dispositions
      WINDOW history AS (PARTITION BY business_id, lead_id ORDER BY "timestamp", id)
    ) AS previous
    WHERE d.business_id = previous.business_id AND d.id = previous.of_id AND previous.id IS NOT NULL`,
  // Reports by category and by user, newest first.
  `CREATE INDEX dispositions_category ON dispositions (business_id, category, "timestamp", id)`,
  `CREATE INDEX dispositions_changed_by_user ON dispositions (business_id, changed_by_user_id, "timestamp", id)`,
  `ALTER TABLE api_keys ADD COLUMN user_id text`,
  `CREATE TABLE lead_statuses (
    business_id uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    id uuid NOT NULL,
    name text NOT NULL,
    color text,
    category text NOT NULL,
    sort_order double precision NOT NULL DEFAULT 0,
    is_archived boolean NOT NULL DEFAULT false,
    created_at timestamptz(3) NOT NULL DEFAULT now(),
    modified_at timestamptz(3) NOT NULL DEFAULT now(),
    PRIMARY KEY (business_id, id)
  )`,
  // A name names one active status; archived ones may share it with each other and with a new one.
  `CREATE UNIQUE INDEX lead_statuses_active_name ON lead_statuses (business_id, lower(name)) WHERE NOT is_archived`,
  `CREATE INDEX lead_statuses_name ON lead_statuses (business_id, lower(name), is_archived)`,
];

const downStatements = [
  `DROP TABLE IF EXISTS lead_statuses`,
  `ALTER TABLE api_keys DROP COLUMN IF EXISTS user_id`,
  `ALTER TABLE dispositions
    DROP COLUMN IF EXISTS category,
    DROP COLUMN IF EXISTS change_source,
    DROP COLUMN IF EXISTS reason,
    DROP COLUMN IF EXISTS changed_by_automation_id,
    DROP COLUMN IF EXISTS changed_by_user_id,
    DROP COLUMN IF EXISTS old_disposition_id,
    DROP COLUMN IF EXISTS old_disposition_outcome,
    DROP COLUMN IF EXISTS old_disposition_type`,
];

export async function up(knex: Knex): Promise<void> {
  for (const statement of upStatements) await knex.raw(statement);
}

export async function down(knex: Knex): Promise<void> {
  for (const statement of downStatements) await knex.raw(statement);
}
