import type { Knex } from 'knex';
import { isStalePreparedStatement } from './knex-connection';

const retryableCodes = new Set(['40001', '40P01']);
const maxAttempts = 5;

/**
 * Runs `work` in a transaction, again from the start when PostgreSQL reports a serialization
 * failure or deadlock, or a prepared statement gone stale (a migration changed a table it reads). Given a transaction (an idempotent create's), `work` joins it, and
 * whoever opened that one commits it or starts it over.
 */
export async function transaction<T>(db: Knex, work: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db as Knex.Transaction);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(work);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (attempt >= maxAttempts || !((code && retryableCodes.has(code)) || isStalePreparedStatement(error))) throw error;
    }
  }
}
