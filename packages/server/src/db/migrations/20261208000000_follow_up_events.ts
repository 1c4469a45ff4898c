import type { Knex } from 'knex';

// follow_up.due and follow_up.missed events are recorded by a background job, not by a write:
// they happen when the clock reaches a time. Each pass scans each kind's time across every
// business from where the last pass stopped to now, so it needs the times indexed on their
// own (the indexes of 20261206 start with business_id, for the agenda) and a cursor per event
// type, locked by the pass that moves it so that among several instances one scans at a time.
// The cursors start at the migration's now(): follow-ups whose time passed before the deploy
// fire no events, rather than all at once.
const upStatements = [
  `CREATE INDEX lead_follow_ups_at_callback ON lead_follow_ups (callback_at) WHERE callback_at IS NOT NULL`,
  `CREATE INDEX lead_follow_ups_at_task_due ON lead_follow_ups (task_due_at) WHERE task_due_at IS NOT NULL`,
  `CREATE INDEX lead_follow_ups_at_appointment_start ON lead_follow_ups (appointment_start_at) WHERE appointment_start_at IS NOT NULL`,
  `CREATE TABLE follow_up_event_cursors (
    type text PRIMARY KEY CHECK (type IN ('follow_up.due', 'follow_up.missed')),
    scanned_to timestamptz(3) NOT NULL
  )`,
  `INSERT INTO follow_up_event_cursors (type, scanned_to) VALUES ('follow_up.due', now()), ('follow_up.missed', now())`,
];

const downStatements = [
  `DROP TABLE IF EXISTS follow_up_event_cursors`,
  `DROP INDEX IF EXISTS lead_follow_ups_at_appointment_start`,
  `DROP INDEX IF EXISTS lead_follow_ups_at_task_due`,
  `DROP INDEX IF EXISTS lead_follow_ups_at_callback`,
];

export async function up(knex: Knex): Promise<void> {
  for (const statement of upStatements) await knex.raw(statement);
}

export async function down(knex: Knex): Promise<void> {
  for (const statement of downStatements) await knex.raw(statement);
}
