import { createDatabase, migrateToLatest } from '../../src/db/database';

/** With a real PostgreSQL, migrate its database once before the test files share it. */
export default async function globalSetup(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) return;
  const db = createDatabase({ databaseUrl });
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }
}
