import type { Knex } from 'knex';

const undefinedTable = '42P01';

/** The names of the migrations applied to this database; none when it was never migrated. Reads only. */
export async function appliedMigrationNames(db: Knex): Promise<string[]> {
  try {
    return await db('knex_migrations').pluck('name');
  } catch (error) {
    if ((error as { code?: string }).code === undefinedTable) return [];
    throw error;
  }
}
