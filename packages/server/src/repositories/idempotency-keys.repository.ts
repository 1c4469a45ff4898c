import type { Knex } from 'knex';

export interface IdempotencyKeyRow {
  business_id: string;
  key: string;
  operation_id: string;
  request_hash: string;
  /** Null only inside the transaction that claimed the key; set before it commits. */
  response_status: number | null;
  /** The answer's JSON text, byte for byte as first sent. */
  response_body: string | null;
  created_at: Date;
}

type Claim = Pick<IdempotencyKeyRow, 'business_id' | 'key' | 'operation_id' | 'request_hash'>;

const table = 'idempotency_keys';

const expiredBefore = (db: Knex, retentionHours: number) => db.raw('now() - make_interval(hours => ?)', [retentionHours]);

/**
 * Claims the key for this request: inserts it, or takes over one older than the retention.
 * When a twin holds the key uncommitted, waits for its commit (the unique key), then
 * finds it taken. Returns whether this transaction now owns the key.
 */
export async function claimIdempotencyKey(trx: Knex.Transaction, claim: Claim, retentionHours: number): Promise<boolean> {
  const claimed = await trx(table)
    .insert({ ...claim, response_status: null, response_body: null, created_at: trx.fn.now() })
    .onConflict(['business_id', 'key'])
    .merge(['operation_id', 'request_hash', 'response_status', 'response_body', 'created_at'])
    .where(`${table}.created_at`, '<', expiredBefore(trx, retentionHours))
    .returning('key');
  return claimed.length > 0;
}

export async function findIdempotencyKey(db: Knex, businessId: string, key: string): Promise<IdempotencyKeyRow | undefined> {
  return db(table).where({ business_id: businessId, key }).first();
}

export async function storeIdempotentResponse(trx: Knex.Transaction, businessId: string, key: string, status: number, body: string): Promise<void> {
  await trx(table).where({ business_id: businessId, key }).update({ response_status: status, response_body: body });
}

/** Deletes every key older than the retention; returns how many. */
export async function deleteExpiredIdempotencyKeys(db: Knex, retentionHours: number): Promise<number> {
  const deleted = await db(table).where('created_at', '<', expiredBefore(db, retentionHours)).delete().returning('key');
  return deleted.length;
}
