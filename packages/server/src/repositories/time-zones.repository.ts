import type { Knex } from 'knex';

const dayBounds = `SELECT date_trunc('day', now() AT TIME ZONE ?) AT TIME ZONE ? AS today, (date_trunc('day', now() AT TIME ZONE ?) + interval '1 day') AT TIME ZONE ? AS tomorrow, now() AS now`;

/** The start of today and of tomorrow in `timeZone`, and now, by the database's clock. */
export async function todayIn(db: Knex, timeZone: string): Promise<{ today: Date; tomorrow: Date; now: Date }> {
  const { rows } = await db.raw(dayBounds, [timeZone, timeZone, timeZone, timeZone]);
  return rows[0];
}
