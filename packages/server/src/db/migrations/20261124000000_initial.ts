import type { Knex } from 'knex';

// Every table is keyed by business_id first, and every foreign key carries it, so no
// row can point into another business and every lookup is scoped to a tenant.
const upStatements = [
  `CREATE TABLE businesses (
    id uuid PRIMARY KEY,
    name text NOT NULL UNIQUE,
    created_at timestamptz(3) NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE api_keys (
    business_id uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    id uuid NOT NULL,
    key_hash text NOT NULL UNIQUE,
    created_at timestamptz(3) NOT NULL DEFAULT now(),
    revoked_at timestamptz(3),
    PRIMARY KEY (business_id, id)
  )`,
  // Signs continuation tokens; one per database so every instance agrees.
  `CREATE TABLE server_secrets (
    name text PRIMARY KEY,
    value text NOT NULL
  )`,
  `INSERT INTO server_secrets (name, value)
    VALUES ('continuation_token', replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''))`,
  `CREATE TABLE leads (
    business_id uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    id uuid NOT NULL,
    first_name text,
    last_name text,
    email text,
    phone_number text,
    time_zone_id text,
    external_id text,
    seller_lead_id text,
    utm_source text,
    utm_medium text,
    utm_campaign text,
    utm_term text,
    utm_content text,
    referrer text,
    landing_page text,
    product text,
    vertical text,
    source_metadata jsonb,
    current_disposition_id uuid,
    current_disposition_changed_at timestamptz(3),
    created_at timestamptz(3) NOT NULL DEFAULT now(),
    modified_at timestamptz(3) NOT NULL DEFAULT now(),
    PRIMARY KEY (business_id, id)
  )`,
  `CREATE INDEX leads_created_at ON leads (business_id, created_at, id)`,
  `CREATE INDEX leads_modified_at ON leads (business_id, modified_at, id)`,
  `CREATE INDEX leads_email ON leads (business_id, email)`,
  `CREATE INDEX leads_external_id ON leads (business_id, external_id)`,
  `CREATE TABLE dispositions (
    business_id uuid NOT NULL,
    id uuid NOT NULL,
    lead_id uuid NOT NULL,
    type text NOT NULL,
    outcome text NOT NULL,
    notes text,
    "timestamp" timestamptz(3) NOT NULL,
    follow_up_status text,
    callback_at timestamptz(3),
    task_due_at timestamptz(3),
    appointment_start_at timestamptz(3),
    appointment_end_at timestamptz(3),
    appointment_notes text,
    assigned_to_user_id text,
    related_call_event_id text,
    is_missed_call_follow_up boolean NOT NULL DEFAULT false,
    source_id text,
    created_at timestamptz(3) NOT NULL DEFAULT now(),
    updated_at timestamptz(3) NOT NULL DEFAULT now(),
    PRIMARY KEY (business_id, id),
    FOREIGN KEY (business_id, lead_id) REFERENCES leads (business_id, id) ON DELETE CASCADE
  )`,
  // A lead's history, newest first, and its current disposition.
  `CREATE INDEX dispositions_lead_history ON dispositions (business_id, lead_id, "timestamp" DESC, id DESC)`,
  `CREATE INDEX dispositions_timestamp ON dispositions (business_id, "timestamp", id)`,
  `CREATE INDEX dispositions_callback_at ON dispositions (business_id, callback_at, id)`,
  `CREATE INDEX dispositions_task_due_at ON dispositions (business_id, task_due_at, id)`,
  `CREATE INDEX dispositions_appointment_start_at ON dispositions (business_id, appointment_start_at, id)`,
  `CREATE INDEX dispositions_assignee ON dispositions (business_id, assigned_to_user_id, "timestamp", id)`,
  // Checked at commit: a transaction deletes the current disposition, then points the lead at the next one.
  `ALTER TABLE leads ADD FOREIGN KEY (business_id, current_disposition_id)
    REFERENCES dispositions (business_id, id) DEFERRABLE INITIALLY DEFERRED`,
];

const downStatements = [
  `DROP TABLE IF EXISTS dispositions CASCADE`,
  `DROP TABLE IF EXISTS leads CASCADE`,
  `DROP TABLE IF EXISTS server_secrets`,
  `DROP TABLE IF EXISTS api_keys`,
  `DROP TABLE IF EXISTS businesses`,
];

// One statement per query: the embedded PGlite driver runs each through the extended protocol.
export async function up(knex: Knex): Promise<void> {
  for (const statement of upStatements) await knex.raw(statement);
}

export async function down(knex: Knex): Promise<void> {
  for (const statement of downStatements) await knex.raw(statement);
}
