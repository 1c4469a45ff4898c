import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { LRUCache } from 'lru-cache';
import pg from 'pg';
import {
  type Body,
  historyLimit,
  historyValues,
  keyCache,
  keyHashOf,
  lockChangeValues,
  lockLeadValues,
  preparedNameOf,
  queryValues,
  recordValues,
  sql,
  updateValues,
} from './statements';
import { handleTeam } from './team-baseline';

// The bare baseline: node:http + pg, no framework, no validation, and for each operation
// exactly the statements the server sends (the bench checks them on the wire before
// measuring). Whatever the server is slower by is what its stack costs.

type Query = (text: string, values: unknown[]) => Promise<Body[]>;

async function readJson(req: IncomingMessage): Promise<Body> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return JSON.parse(text) as Body;
}

function send(res: ServerResponse, status: number, body?: unknown): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export function startBaseline(databaseUrl: string, poolMax: number, port: number): Promise<() => Promise<void>> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolMax });
  const one: Query = async (text, values) => (await pool.query({ name: preparedNameOf(text), text, values })).rows;
  const callers = new LRUCache<string, Body>({ max: keyCache.maxKeys, ttl: keyCache.ttlMs });

  async function callerOf(keyHash: string): Promise<Body | undefined> {
    const known = callers.get(keyHash);
    if (known) return known;
    const [auth] = await one(sql.auth, [keyHash, 1]);
    if (auth) callers.set(keyHash, auth);
    return auth;
  }

  async function inTransaction<T>(work: (query: Query) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN;');
      const result = await work(async (text, values) => (await client.query({ name: preparedNameOf(text), text, values })).rows);
      await client.query('COMMIT;');
      return result;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }

  /** A new disposition (or, with `statusChange`, a lead status change) on the lead: the catalog's category, the links to the current one. */
  async function record(businessId: string, userId: string | null, leadId: string, body: Body, statusChange: boolean): Promise<Body | undefined> {
    return inTransaction(async (query) => {
      const [status] = await query(sql.lockLeadForChange, lockLeadValues(businessId, leadId, body));
      const values = recordValues(businessId, userId, leadId, body, statusChange, randomUUID(), status);
      const [inserted] = await query(statusChange ? sql.insertStatusChange : sql.insertChange, values);
      return inserted;
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (await handleTeam(req, res, one, () => callerOf(keyHashOf(req.headers.authorization)), send)) return;
    const auth = await callerOf(keyHashOf(req.headers.authorization));
    if (!auth) return send(res, 401);
    const businessId = auth.business_id as string;
    const userId = (auth.user_id as string | null) ?? null;
    const [, first, second] = (req.url ?? '').split('/');
    const id = second ?? '';

    if (req.method === 'GET' && first === 'dispositions' && second !== 'lead') {
      const [row] = await one(sql.findDisposition, [businessId, id, 1]);
      return row ? send(res, 200, row) : send(res, 404);
    }
    if (req.method === 'PUT' && first === 'leads') {
      const body = await readJson(req);
      return send(res, 201, await record(businessId, userId, id, body, true));
    }
    if (req.method === 'PUT') {
      const body = await readJson(req);
      const row = await inTransaction(async (query) => {
        const [locked] = await query(sql.lockChange, lockChangeValues(businessId, id, body));
        if (!locked) return undefined;
        const [updated] = await query(sql.updateChange, updateValues(businessId, id, body));
        return updated;
      });
      return row ? send(res, 200, row) : send(res, 404);
    }
    if (req.method === 'POST' && first === 'dispositions' && !second) {
      const body = await readJson(req);
      return send(res, 201, await record(businessId, userId, body.leadId as string, body, false));
    }
    if (req.method === 'GET' && second === 'lead') {
      const leadId = (req.url ?? '').split('/')[3];
      const rows = await one(sql.history, historyValues(businessId, leadId!));
      if (rows.length === 0) return send(res, 404);
      if (rows.length > historyLimit) return send(res, 422);
      return send(res, 200, rows[0]!.id === null ? [] : rows);
    }
    if (req.method === 'POST' && second === 'all') {
      const body = await readJson(req);
      const { statement, values, limit } = queryValues(businessId, body);
      const rows = await one(sql[statement], values);
      const token = body.continuationToken as string | undefined;
      return send(res, 200, { items: rows.slice(0, limit - 1), pageSize: limit - 1, continuationToken: rows.length === limit ? (token ?? 'next') : null });
    }
    send(res, 404);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, { error: String(error) }));
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () =>
      resolve(async () => {
        await new Promise((done) => server.close(done));
        await pool.end();
      }),
    );
  });
}

if (require.main === module) {
  const { DATABASE_URL, PORT, DB_POOL_MAX } = process.env;
  startBaseline(DATABASE_URL!, Number(DB_POOL_MAX ?? 4), Number(PORT)).then(
    (close) => {
      process.stdout.write(`listening on ${PORT}\n`);
      // A clean exit, so that a CPU profile (pnpm bench --cpu-prof) is written.
      process.once('SIGTERM', () => void close().then(() => process.exit(0)));
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
