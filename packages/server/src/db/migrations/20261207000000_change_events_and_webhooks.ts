import type { Knex } from 'knex';

// Change events (a transactional outbox) and webhooks. Every write inserts its events in its
// own statements, so an event exists exactly when its change committed. Events are read in
// commit order by (transaction_id, position): a reader only takes events whose transaction id
// is below the oldest transaction still running (pg_snapshot_xmin), so one that commits late
// is never passed over. Each lead numbers its events (leads.event_sequence, bumped under the
// write's lock of the lead). A statement-level trigger wakes the webhook dispatchers with a
// NOTIFY, delivered at commit, with no extra statement from the application.
const upStatements = [
  `ALTER TABLE leads ADD COLUMN event_sequence bigint NOT NULL DEFAULT 0`,
  `CREATE TABLE change_events (
    business_id uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    id text NOT NULL,
    type text NOT NULL,
    lead_id uuid,
    sequence bigint,
    occurred_at timestamptz(3) NOT NULL DEFAULT now(),
    transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
    position bigint GENERATED ALWAYS AS IDENTITY,
    object jsonb,
    previous jsonb,
    endpoint_id uuid,
    PRIMARY KEY (business_id, id)
  )`,
  `CREATE INDEX change_events_order ON change_events (transaction_id, position)`,
  `CREATE INDEX change_events_business_order ON change_events (business_id, transaction_id, position)`,
  `CREATE INDEX change_events_lead_order ON change_events (business_id, lead_id, transaction_id, position) WHERE lead_id IS NOT NULL`,
  `CREATE INDEX change_events_occurred_at ON change_events (occurred_at)`,
  `CREATE TABLE webhook_endpoints (
    business_id uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    id uuid NOT NULL,
    url text NOT NULL,
    description text,
    event_types text[] NOT NULL DEFAULT '{*}',
    enabled boolean NOT NULL DEFAULT true,
    secret text NOT NULL,
    previous_secret text,
    previous_secret_expires_at timestamptz(3),
    failing_since timestamptz(3),
    disabled_reason text,
    created_at timestamptz(3) NOT NULL DEFAULT now(),
    updated_at timestamptz(3) NOT NULL DEFAULT now(),
    PRIMARY KEY (business_id, id)
  )`,
  // Only events that an enabled endpoint of their business may want wake the dispatchers: a
  // business without webhooks costs them nothing per write (its events are passed over at the
  // next notified pass or the slow poll, in batches).
  `CREATE FUNCTION change_events_notify() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF EXISTS (SELECT 1 FROM webhook_endpoints e WHERE e.enabled AND e.business_id IN (SELECT business_id FROM inserted)) THEN
      PERFORM pg_notify('change_events', '');
    END IF;
    RETURN NULL;
  END $$`,
  `CREATE TRIGGER change_events_notify AFTER INSERT ON change_events REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION change_events_notify()`,
  `CREATE TABLE webhook_deliveries (
    business_id uuid NOT NULL,
    id uuid NOT NULL,
    queued_order bigint GENERATED ALWAYS AS IDENTITY,
    endpoint_id uuid NOT NULL,
    event_id text NOT NULL,
    event_type text NOT NULL,
    lead_id uuid,
    event_transaction_id xid8 NOT NULL,
    event_position bigint NOT NULL,
    status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
    attempt_count integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz(3),
    claimed_until timestamptz(3),
    attempts jsonb NOT NULL DEFAULT '[]',
    created_at timestamptz(3) NOT NULL DEFAULT now(),
    updated_at timestamptz(3) NOT NULL DEFAULT now(),
    PRIMARY KEY (business_id, id),
    FOREIGN KEY (business_id, endpoint_id) REFERENCES webhook_endpoints (business_id, id) ON DELETE CASCADE
  )`,
  `CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending'`,
  `CREATE INDEX webhook_deliveries_lead_order ON webhook_deliveries (endpoint_id, lead_id, event_transaction_id, event_position) WHERE status = 'pending'`,
  `CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (business_id, endpoint_id, queued_order DESC)`,
  `CREATE TABLE webhook_dispatch_cursor (
    id integer PRIMARY KEY CHECK (id = 1),
    transaction_id xid8 NOT NULL,
    position bigint NOT NULL
  )`,
  `INSERT INTO webhook_dispatch_cursor (id, transaction_id, position) VALUES (1, '0', 0)`,
];

const downStatements = [
  `DROP TABLE IF EXISTS webhook_dispatch_cursor`,
  `DROP TABLE IF EXISTS webhook_deliveries`,
  `DROP TABLE IF EXISTS webhook_endpoints`,
  `DROP TABLE IF EXISTS change_events`,
  `DROP FUNCTION IF EXISTS change_events_notify()`,
  `ALTER TABLE leads DROP COLUMN IF EXISTS event_sequence`,
];

export async function up(knex: Knex): Promise<void> {
  for (const statement of upStatements) await knex.raw(statement);
}

export async function down(knex: Knex): Promise<void> {
  for (const statement of downStatements) await knex.raw(statement);
}
