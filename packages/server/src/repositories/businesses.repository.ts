import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';

export interface BusinessRow {
  id: string;
  name: string;
}

export async function findOrCreateBusiness(db: Knex, name: string): Promise<BusinessRow> {
  await db('businesses').insert({ id: randomUUID(), name }).onConflict('name').ignore();
  return db('businesses').select('id', 'name').where({ name }).first();
}

export async function countBusinesses(db: Knex): Promise<number> {
  const row = await db('businesses').count({ count: '*' }).first();
  return Number(row?.count ?? 0);
}

export async function findBusinessByName(db: Knex, name: string): Promise<BusinessRow | undefined> {
  return db('businesses').select('id', 'name').where({ name }).first();
}

/** Locks the business's row until the transaction ends: one writer at a time for rules that count its records. */
export async function lockBusiness(trx: Knex.Transaction, id: string): Promise<void> {
  await trx('businesses').where({ id }).forNoKeyUpdate().first('id');
}
