// The server's public entry: what other workspace packages (the bench) may use. Everything
// else under src/ is internal and may move without notice.

export { backgroundApplicationPrefix, createDatabase, type Database, migrateToLatest } from './db/database';
export { preparedStatementName } from './db/knex-connection';
export { apiKeyCacheLimits } from './services/api-key-cache';
export { createApiKey } from './services/api-keys.service';
export { createCalendarFeed } from './services/calendar-feeds.service';
export { jsonHistoryLimit } from './services/recorded-changes.service';
