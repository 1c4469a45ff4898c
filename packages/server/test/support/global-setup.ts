import { createDatabase, migrateToLatest } from '../../src/db/database';

/**
 * The webhook settings of every server the suite starts as a process of its own: the test
 * files share one database, so any server's dispatcher may send any file's deliveries, and
 * they must all send alike (to the receivers on loopback, on a schedule of seconds).
 * `startTestServer` gives the servers in the test processes the same (test-server.ts).
 */
export const testWebhookEnvironment = {
  WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
  WEBHOOK_RETRY_SCHEDULE: '0,1,1,2',
  WEBHOOK_DISABLE_AFTER: '20',
};

/** With a real PostgreSQL, migrate its database once before the test files share it. */
export default async function globalSetup(): Promise<void> {
  for (const [name, value] of Object.entries(testWebhookEnvironment)) process.env[name] ??= value;
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) return;
  const db = createDatabase({ databaseUrl });
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }
}
