import type { Knex } from 'knex';

// The time zone names the database knows (PostgreSQL's and PGlite's tz database), read once per
// database handle: a report or an agenda buckets by `AT TIME ZONE` with one of them, so a name
// is checked against this list rather than left to fail (or, as a POSIX string like `UTC+5`,
// to mean something else) in SQL.
const known = new WeakMap<Knex, Promise<ReadonlySet<string>>>();

export function knownTimeZones(db: Knex): Promise<ReadonlySet<string>> {
  let names = known.get(db);
  if (!names) {
    names = db
      .select('name')
      .from('pg_timezone_names')
      .then((rows: { name: string }[]) => new Set(rows.map((row) => row.name)));
    names.catch(() => known.delete(db));
    known.set(db, names);
  }
  return names;
}

const dayBounds = `SELECT date_trunc('day', now() AT TIME ZONE ?) AT TIME ZONE ? AS today, (date_trunc('day', now() AT TIME ZONE ?) + interval '1 day') AT TIME ZONE ? AS tomorrow, now() AS now`;

/** The start of today and of tomorrow in `timeZone`, and now, by the database's clock. */
export async function todayIn(db: Knex, timeZone: string): Promise<{ today: Date; tomorrow: Date; now: Date }> {
  const { rows } = await db.raw(dayBounds, [timeZone, timeZone, timeZone, timeZone]);
  return rows[0];
}
