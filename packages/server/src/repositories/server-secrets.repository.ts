import type { Knex } from 'knex';

export async function findServerSecret(db: Knex, name: string): Promise<string> {
  const row = await db('server_secrets').select('value').where({ name }).first();
  if (!row) throw new Error(`Server secret ${name} is missing: run the migrations.`);
  return row.value;
}
