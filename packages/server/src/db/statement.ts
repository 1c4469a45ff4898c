import { isDeepStrictEqual } from 'node:util';
import type { Knex } from 'knex';
import { preparedStatementName, preparesStatements, runCompiled } from './knex-connection';

// Knex builds a query's SQL anew on every call, and on the hot paths that costs more CPU
// than the rest of the request's database work. A statement here is built by Knex once per
// shape of its values, with stand-ins where the values go, and then runs with each call's
// values bound in their place: the same SQL Knex would build, sent through Knex's own
// connection handling (its pool or the transaction's connection, its `query` events, its
// errors). A shape is which values are present, which are null, which are SQL expressions
// (`db.fn.now()`) and how long the lists are (for `whereIn`), since each of those changes the SQL.
//
// The rule that follows: a builder may pass its values to Knex and test whether one is null or
// left out, but never decide anything on what a value is (`if (flag === false)`), because it
// only ever sees the stand-in, and would build the same SQL for every value, silently. What
// the SQL depends on goes into the structure instead. The types hold builders to it (a value
// is an opaque `StandIn`), and outside production each new shape is built a second time with
// the real values and must come out the same, or the call throws.

type Values = Record<string, unknown>;

declare const standInBrand: unique symbol;

/** Where a value goes: something to hand to Knex for binding, never to look at. */
export type StandIn = { readonly [standInBrand]: 'bind me, do not branch on me' };

/** A value a query-building function takes either as itself or as its stand-in: it may only bind it. */
export type Bindable<T> = T | StandIn;

type StandInFor<T> = T extends null | undefined ? T : T extends readonly unknown[] ? readonly StandIn[] : T extends SqlExpression ? T : StandIn;

/** The values as a builder sees them: whether each is null or left out, how long each list is, and stand-ins for the rest. */
export type StandIns<V> = { readonly [K in keyof V]: StandInFor<V[K]> };

/**
 * What a statement builds its SQL from: Knex, stand-ins for the values, and the call's
 * structure, if it has one (which columns a query filters on, say): plain JSON that is part
 * of the shape, which the builder may decide on.
 */
export type Build<V extends Values, S> = (db: Knex, values: StandIns<V>, structure: S) => Knex.QueryBuilder | Knex.Raw;

export interface Statement<V extends Values, S = undefined> {
  /** The rows the statement returns (or the `returning` rows of a write). */
  rows<Row>(db: Knex, values: V, structure?: S): Promise<Row[]>;
  /** The first row the statement returns, if any. */
  first<Row>(db: Knex, values: V, structure?: S): Promise<Row | undefined>;
}

/**
 * The most shapes a statement keeps compiled. A write's shape follows which fields a request
 * sends, so callers could make very many; beyond this the oldest is dropped and built again when next used.
 */
const maxShapes = 256;

/** A stand-in's prefix: no value a caller binds starts with NUL, which PostgreSQL text never holds. */
const standIn = '\u0000';

interface Compiled {
  sql: string;
  /** What it is prepared as on a connection, on PostgreSQL. */
  name: string;
  /** Each binding of the SQL: the name of the value it stands in for (and its index in a list), or a constant of the shape. */
  slots: ({ name: string; index?: number } | { constant: unknown })[];
}

interface SqlExpression {
  toSQL(): { sql: string; bindings: readonly unknown[] };
}

const isSqlExpression = (value: unknown): value is SqlExpression =>
  typeof value === 'object' && value !== null && typeof (value as Partial<SqlExpression>).toSQL === 'function';

/** The shape of the values: what their SQL depends on, one key per shape. */
function shapeOf(values: Values): string {
  let key = '';
  for (const name in values) {
    const value = values[name];
    if (value === undefined) key += `${name}:u;`;
    else if (value === null) key += `${name}:n;`;
    else if (Array.isArray(value)) key += `${name}:a${value.length};`;
    else if (isSqlExpression(value)) {
      // Its SQL and bindings only: Knex's toSQL() also holds a new random query id on every call.
      const { sql, bindings } = value.toSQL();
      key += `${name}:r${JSON.stringify([sql, bindings])};`;
    } else key += `${name};`;
  }
  return key;
}

/** The values Knex builds a shape from: a stand-in for every value that is bound, and the rest as they are. */
function standInsFor(values: Values): Values {
  const standIns: Values = {};
  for (const name in values) {
    const value = values[name];
    if (value === undefined || value === null || isSqlExpression(value)) standIns[name] = value;
    else if (Array.isArray(value)) standIns[name] = value.map((_item, index) => `${standIn + name}${standIn}${index}`);
    else standIns[name] = standIn + name;
  }
  return standIns;
}

/** Outside production, every new shape is checked against a build with the real values (see above). */
const checkShapes = (process.env.NODE_ENV ?? 'production') !== 'production';

function compile<V extends Values, S>(db: Knex, build: Build<V, S>, values: Values, structure: S): Compiled {
  // Numbered parameters ($1) as PostgreSQL takes them, so Knex has none left to number on each run.
  const { sql, bindings } = build(db, standInsFor(values) as StandIns<V>, structure)
    .toSQL()
    .toNative();
  if (sql.includes(standIn)) throw new Error(`A statement's value ended up in its SQL rather than in a binding: ${sql}`);
  const slots = bindings.map((binding) => {
    if (typeof binding !== 'string' || !binding.startsWith(standIn)) return { constant: binding };
    const [name, index] = binding.slice(standIn.length).split(standIn) as [string, string?];
    return index === undefined ? { name } : { name, index: Number(index) };
  });
  const compiled = { sql, slots, name: preparedStatementName(sql) };
  if (checkShapes) checkAgainstRealValues(db, build, values, structure, compiled);
  return compiled;
}

function bindingsOf({ slots }: Compiled, values: Values): unknown[] {
  return slots.map((slot) => {
    if (!('name' in slot)) return slot.constant;
    const value = values[slot.name];
    return slot.index === undefined ? value : (value as unknown[])[slot.index];
  });
}

/** Throws when the builder builds other SQL for the real values than for their stand-ins: it decided on a value. */
function checkAgainstRealValues<V extends Values, S>(db: Knex, build: Build<V, S>, values: Values, structure: S, compiled: Compiled): void {
  const real = build(db, values as StandIns<V>, structure)
    .toSQL()
    .toNative();
  if (real.sql !== compiled.sql || !isDeepStrictEqual(real.bindings, bindingsOf(compiled, values))) {
    throw new Error(
      `A statement's builder decided on a value, so its SQL is wrong for other values of the same shape; move what it decides on into the structure. With stand-ins: ${compiled.sql} With the values: ${real.sql}`,
    );
  }
}

async function run(db: Knex, compiled: Compiled, values: Values): Promise<unknown[]> {
  return runCompiled(db, compiled.sql, bindingsOf(compiled, values), preparesStatements(db) ? compiled.name : undefined);
}

/** A statement Knex builds once per shape of its values (see above). */
export function statement<V extends Values, S = undefined>(build: Build<V, S>): Statement<V, S> {
  const compiled = new Map<string, Compiled>();
  const compiledFor = (db: Knex, values: V, structure: S): Compiled => {
    const key = structure === undefined ? shapeOf(values) : `${JSON.stringify(structure)}|${shapeOf(values)}`;
    let found = compiled.get(key);
    if (!found) {
      found = compile(db, build, values, structure);
      if (compiled.size >= maxShapes) compiled.delete(compiled.keys().next().value!);
      compiled.set(key, found);
    }
    return found;
  };
  return {
    async rows<Row>(db: Knex, values: V, structure?: S) {
      return (await run(db, compiledFor(db, values, structure as S), values)) as Row[];
    },
    async first<Row>(db: Knex, values: V, structure?: S) {
      return (await run(db, compiledFor(db, values, structure as S), values))[0] as Row | undefined;
    },
  };
}
