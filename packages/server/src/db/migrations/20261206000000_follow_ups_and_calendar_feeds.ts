import type { Knex } from 'knex';

// The agenda and calendar feeds list open follow-ups, which live on each lead's current
// disposition only. Indexes on dispositions cannot tell the current one from the history
// before it, so a scan in time order would wade through every superseded follow-up (nine in
// ten at the bench's scale). lead_follow_ups holds one row per lead with a current disposition:
// its follow-up times, assignee and status, kept by triggers in the same transaction as the
// write (the lead's pointer moving, or its current disposition changing), so the application
// sends no extra statement and no reader sees it stale. Each kind's time is indexed by business,
// and by business and assignee. Calendar feeds keep their token only as a SHA-256 hash.
const upStatements = [
  `CREATE TABLE lead_follow_ups (
    business_id uuid NOT NULL,
    lead_id uuid NOT NULL,
    disposition_id uuid NOT NULL,
    assigned_to_user_id text,
    follow_up_status text,
    callback_at timestamptz(3),
    task_due_at timestamptz(3),
    appointment_start_at timestamptz(3),
    PRIMARY KEY (business_id, lead_id),
    FOREIGN KEY (business_id, lead_id) REFERENCES leads (business_id, id) ON DELETE CASCADE
  )`,
  `CREATE INDEX lead_follow_ups_callback_at ON lead_follow_ups (business_id, callback_at, disposition_id) WHERE callback_at IS NOT NULL`,
  `CREATE INDEX lead_follow_ups_task_due_at ON lead_follow_ups (business_id, task_due_at, disposition_id) WHERE task_due_at IS NOT NULL`,
  `CREATE INDEX lead_follow_ups_appointment_start_at ON lead_follow_ups (business_id, appointment_start_at, disposition_id) WHERE appointment_start_at IS NOT NULL`,
  `CREATE INDEX lead_follow_ups_assignee_callback_at ON lead_follow_ups (business_id, assigned_to_user_id, callback_at, disposition_id) WHERE callback_at IS NOT NULL`,
  `CREATE INDEX lead_follow_ups_assignee_task_due_at ON lead_follow_ups (business_id, assigned_to_user_id, task_due_at, disposition_id) WHERE task_due_at IS NOT NULL`,
  `CREATE INDEX lead_follow_ups_assignee_appointment_start_at ON lead_follow_ups (business_id, assigned_to_user_id, appointment_start_at, disposition_id) WHERE appointment_start_at IS NOT NULL`,
  `CREATE FUNCTION refresh_lead_follow_ups(business uuid, lead uuid) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    DELETE FROM lead_follow_ups WHERE business_id = business AND lead_id = lead;
    INSERT INTO lead_follow_ups (business_id, lead_id, disposition_id, assigned_to_user_id, follow_up_status, callback_at, task_due_at, appointment_start_at)
      SELECT l.business_id, l.id, d.id, d.assigned_to_user_id, d.follow_up_status, d.callback_at, d.task_due_at, d.appointment_start_at
      FROM leads AS l JOIN dispositions AS d ON d.business_id = l.business_id AND d.id = l.current_disposition_id
      WHERE l.business_id = business AND l.id = lead
        AND (d.callback_at IS NOT NULL OR d.task_due_at IS NOT NULL OR d.appointment_start_at IS NOT NULL);
  END $$`,
  `CREATE FUNCTION lead_follow_ups_on_lead() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'INSERT' OR OLD.current_disposition_id IS DISTINCT FROM NEW.current_disposition_id THEN
      PERFORM refresh_lead_follow_ups(NEW.business_id, NEW.id);
    END IF;
    RETURN NULL;
  END $$`,
  `CREATE TRIGGER lead_follow_ups_on_lead AFTER INSERT OR UPDATE OF current_disposition_id ON leads
    FOR EACH ROW EXECUTE FUNCTION lead_follow_ups_on_lead()`,
  `CREATE FUNCTION lead_follow_ups_on_disposition() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM refresh_lead_follow_ups(l.business_id, l.id) FROM leads AS l
      WHERE l.business_id = NEW.business_id AND l.current_disposition_id = NEW.id;
    RETURN NULL;
  END $$`,
  `CREATE TRIGGER lead_follow_ups_on_disposition AFTER UPDATE ON dispositions
    FOR EACH ROW WHEN (
      OLD.assigned_to_user_id IS DISTINCT FROM NEW.assigned_to_user_id OR OLD.follow_up_status IS DISTINCT FROM NEW.follow_up_status
      OR OLD.callback_at IS DISTINCT FROM NEW.callback_at OR OLD.task_due_at IS DISTINCT FROM NEW.task_due_at
      OR OLD.appointment_start_at IS DISTINCT FROM NEW.appointment_start_at)
    EXECUTE FUNCTION lead_follow_ups_on_disposition()`,
  `INSERT INTO lead_follow_ups (business_id, lead_id, disposition_id, assigned_to_user_id, follow_up_status, callback_at, task_due_at, appointment_start_at)
    SELECT l.business_id, l.id, d.id, d.assigned_to_user_id, d.follow_up_status, d.callback_at, d.task_due_at, d.appointment_start_at
    FROM leads AS l JOIN dispositions AS d ON d.business_id = l.business_id AND d.id = l.current_disposition_id
    WHERE d.callback_at IS NOT NULL OR d.task_due_at IS NOT NULL OR d.appointment_start_at IS NOT NULL`,
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
  `DROP TRIGGER IF EXISTS lead_follow_ups_on_disposition ON dispositions`,
  `DROP TRIGGER IF EXISTS lead_follow_ups_on_lead ON leads`,
  `DROP FUNCTION IF EXISTS lead_follow_ups_on_disposition()`,
  `DROP FUNCTION IF EXISTS lead_follow_ups_on_lead()`,
  `DROP FUNCTION IF EXISTS refresh_lead_follow_ups(uuid, uuid)`,
  `DROP TABLE IF EXISTS lead_follow_ups`,
];

export async function up(knex: Knex): Promise<void> {
  for (const statement of upStatements) await knex.raw(statement);
}

export async function down(knex: Knex): Promise<void> {
  for (const statement of downStatements) await knex.raw(statement);
}
