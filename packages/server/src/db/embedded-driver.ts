import { PGlite, types } from '@electric-sql/pglite';
import type { Knex } from 'knex';
import ClientPgLite from 'knex-pglite';
import parseDate from 'postgres-date';

// The embedded database (PGlite) for Knex. Only `db/database.ts` loads this file, and only
// when no DATABASE_URL is set: PGlite is an optional dependency that production leaves out.

/** A timestamp as pg reads it; PostgreSQL's `infinity` (which no API date can be) stays a number. */
const parseTimestamp = (text: string) => parseDate(text);

/**
 * By itself PGlite reads a timestamp with `new Date(text)`, which takes the years 0001–0099
 * for 1901–1999 and 2000–2099 (`0001-01-01` comes back as 2001): read them as pg does.
 */
const parsers = { [types.TIMESTAMPTZ]: parseTimestamp, [types.TIMESTAMP]: parseTimestamp };

/** Knex's configuration over a new PGlite instance, in `dataDir` or in memory. */
export function knexConfig(dataDir: string | undefined, log: Knex.Config['log']): Knex.Config {
  const pglite = dataDir ? new PGlite(dataDir, { parsers }) : new PGlite({ parsers });
  // knex-pglite takes a ready instance as `connection.pglite`, which Knex's types do not know.
  return { client: ClientPgLite, dialect: 'postgres', connection: { pglite } as unknown as Knex.StaticConnectionConfig, log };
}
