import { setTimeout } from 'node:timers/promises';
import type { Knex } from 'knex';

/**
 * Waits until the change feed shows every event committed so far. The feed shows an event
 * once every transaction that began before it has ended, on the whole PostgreSQL server: the
 * suite's other files, running at the same time on other databases, hold transactions of
 * their own (a bulk load, a racing writer), which hold the feed back for as long.
 */
export async function feedCaughtUp(db: Knex, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = (await db.raw(
      `SELECT coalesce((SELECT transaction_id FROM change_events ORDER BY transaction_id DESC LIMIT 1) < pg_snapshot_xmin(pg_current_snapshot()), true) AS caught_up`,
    )) as { rows: { caught_up: boolean }[] };
    if (rows[0]!.caught_up) return;
    if (Date.now() > deadline) throw new Error(`the change feed did not catch up within ${timeoutMs} ms: a transaction stayed open`);
    await setTimeout(50);
  }
}
