import type { Knex } from 'knex';

/** How many of a business's leads `pnpm db:seed` made: their external id starts with `prefix`. */
export async function countSeededLeads(db: Knex, businessId: string, prefix: string): Promise<number> {
  const row = await db('leads')
    .where({ business_id: businessId })
    .andWhereLike('external_id', `${prefix.replace(/[\\%_]/g, '\\$&')}%`)
    .count({ count: '*' })
    .first();
  return Number(row?.count ?? 0);
}
