import type { Knex } from 'knex';
import * as initial from './20261124000000_initial';
import * as queryIndexes from './20261124030000_query_indexes';
import * as idempotencyKeys from './20261125000000_idempotency_keys';
import * as currentDispositionIndex from './20261125010000_current_disposition_index';
import * as fullDispositionModel from './20261201000000_full_disposition_model';
import * as followUpsAndCalendarFeeds from './20261206000000_follow_ups_and_calendar_feeds';
import * as changeEventsAndWebhooks from './20261207000000_change_events_and_webhooks';
import * as followUpEvents from './20261208000000_follow_up_events';

interface Migration {
  up(knex: Knex): Promise<void>;
  down(knex: Knex): Promise<void>;
}

/** Every migration, oldest first. Listed here so they load the same under tsx, jest and a build. */
const migrations: Record<string, Migration> = {
  '20261124000000_initial': initial,
  '20261124030000_query_indexes': queryIndexes,
  '20261125000000_idempotency_keys': idempotencyKeys,
  '20261125010000_current_disposition_index': currentDispositionIndex,
  '20261201000000_full_disposition_model': fullDispositionModel,
  '20261206000000_follow_ups_and_calendar_feeds': followUpsAndCalendarFeeds,
  '20261207000000_change_events_and_webhooks': changeEventsAndWebhooks,
  '20261208000000_follow_up_events': followUpEvents,
};

export const migrationSource: Knex.MigrationSource<string> = {
  getMigrations: async () => Object.keys(migrations).sort(),
  getMigrationName: (name) => name,
  getMigration: async (name) => {
    const migration = migrations[name];
    if (!migration) throw new Error(`Unknown migration ${name}`);
    return migration;
  },
};
