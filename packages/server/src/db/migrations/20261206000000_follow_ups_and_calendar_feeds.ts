import type { Knex } from 'knex';

// The follow-up agenda and calendar feeds read one user's follow-ups of a kind in time order,
// so each kind gets an index by (business, assignee, time); only rows that have the time are
// indexed. The business-wide agenda and the follow-up report use the (business, time) indexes
// of the initial migration. Calendar feeds keep their token only as a SHA-256 hash, as API keys do.
const upStatements = [
  `CREATE INDEX dispositions_assignee_callback_at ON dispositions (business_id, assigned_to_user_id, callback_at, id) WHERE callback_at IS NOT NULL`,
  `CREATE INDEX dispositions_assignee_task_due_at ON dispositions (business_id, assigned_to_user_id, task_due_at, id) WHERE task_due_at IS NOT NULL`,
  `CREATE INDEX dispositions_assignee_appointment_start_at ON dispositions (business_id, assigned_to_user_id, appointment_start_at, id) WHERE appointment_start_at IS NOT NULL`,
  `CREATE TABLE calendar_feeds (
    business_id uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    id uuid NOT NULL,
    assigned_to_user_id text NOT NULL,
    kinds text NOT NULL,
    include_notes boolean NOT NULL DEFAULT false,
    token_hash text NOT NULL UNIQUE,
    created_at timestamptz(3) NOT NULL DEFAULT now(),
    rotated_at timestamptz(3),
    PRIMARY KEY (business_id, id)
  )`,
];

const downStatements = [
  `DROP TABLE IF EXISTS calendar_feeds`,
  `DROP INDEX IF EXISTS dispositions_assignee_appointment_start_at`,
  `DROP INDEX IF EXISTS dispositions_assignee_task_due_at`,
  `DROP INDEX IF EXISTS dispositions_assignee_callback_at`,
];

export async function up(knex: Knex): Promise<void> {
  for (const statement of upStatements) await knex.raw(statement);
}

export async function down(knex: Knex): Promise<void> {
  for (const statement of downStatements) await knex.raw(statement);
}
