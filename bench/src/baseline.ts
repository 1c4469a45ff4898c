import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import pg from 'pg';
import { handleTeam, teamSql, teamStatementsOf } from './team-baseline';

// The bare baseline: node:http + pg, no framework, no validation, and for each operation
// exactly the statements the server sends (run.ts checks the texts against the server's
// before measuring). Whatever the server is slower by is what its stack costs.

/** A disposition's columns and its lead's contact name, as the server selects them. */
const withLeadName = `"dispositions".*, (SELECT nullif(concat_ws(' ', l.first_name, l.last_name), '') FROM leads AS l WHERE l.business_id = dispositions.business_id AND l.id = dispositions.lead_id) AS lead_name`;

export const sql = {
  ...teamSql,
  auth: 'select "business_id", "user_id" from "api_keys" where "key_hash" = $1 and "revoked_at" is null limit $2',
  findDisposition: `select ${withLeadName} from "dispositions" where "business_id" = $1 and "id" = $2 limit $3`,
  findDispositionLead: 'select "lead_id" from "dispositions" where "business_id" = $1 and "id" = $2 limit $3',
  lockLeads: 'select "id" from "leads" where "business_id" = $1 and "id" in ($2) order by "id" asc for no key update',
  findLeadStatusNamed: 'select * from "lead_statuses" where "business_id" = $1 and lower(name) = lower($2) order by "is_archived" asc limit $3',
  currentDisposition:
    'select "d"."id", "d"."outcome", "d"."type" from "leads" inner join "dispositions" as "d" on "d"."business_id" = "leads"."business_id" and "d"."id" = "leads"."current_disposition_id" where "leads"."business_id" = $1 and "leads"."id" = $2 limit $3',
  insertDisposition: `insert into "dispositions" ("assigned_to_user_id", "business_id", "callback_at", "changed_by_user_id", "follow_up_status", "id", "is_missed_call_follow_up", "lead_id", "notes", "old_disposition_id", "old_disposition_outcome", "old_disposition_type", "outcome", "timestamp", "type") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, CURRENT_TIMESTAMP, $14) returning ${withLeadName}`,
  insertStatusChange: `insert into "dispositions" ("business_id", "callback_at", "category", "changed_by_user_id", "follow_up_status", "id", "lead_id", "notes", "old_disposition_id", "old_disposition_outcome", "old_disposition_type", "outcome", "timestamp", "type") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, CURRENT_TIMESTAMP, $13) returning ${withLeadName}`,
  updateDisposition: `update "dispositions" set "lead_id" = $1, "type" = $2, "outcome" = $3, "notes" = $4, "timestamp" = $5, "follow_up_status" = $6, "callback_at" = $7, "task_due_at" = $8, "appointment_start_at" = $9, "appointment_end_at" = $10, "appointment_notes" = $11, "assigned_to_user_id" = $12, "related_call_event_id" = $13, "is_missed_call_follow_up" = $14, "source_id" = $15, "updated_at" = CURRENT_TIMESTAMP where "business_id" = $16 and "id" = $17 returning ${withLeadName}`,
  pointAtNewestDisposition:
    'UPDATE leads SET current_disposition_id = newest.id, current_disposition_changed_at = CASE WHEN leads.current_disposition_id IS DISTINCT FROM newest.id OR newest.id = $1::uuid THEN now() ELSE leads.current_disposition_changed_at END, modified_at = CASE WHEN leads.current_disposition_id IS DISTINCT FROM newest.id OR newest.id = $2::uuid THEN now() ELSE leads.modified_at END FROM (SELECT ((select "id" from "dispositions" where "business_id" = $3 and "lead_id" = $4 order by "timestamp" desc, "id" desc limit $5)) AS id) AS newest WHERE leads.business_id = $6 AND leads.id = $7',
  findLead:
    'select "leads".*, "cd"."outcome" as "current_outcome", "cd"."category" as "current_category", "cd"."change_source" as "current_change_source", "cd"."changed_by_user_id" as "current_changed_by_user_id", "cd"."changed_by_automation_id" as "current_changed_by_automation_id" from "leads" left join "dispositions" as "cd" on "cd"."business_id" = "leads"."business_id" and "cd"."id" = "leads"."current_disposition_id" where "leads"."business_id" = $1 and "leads"."id" = $2 limit $3',
  history: `select ${withLeadName} from "dispositions" where "business_id" = $1 and "lead_id" = $2 order by "timestamp" desc, "id" desc limit $3`,
  queryFirst: `select ${withLeadName}, "timestamp" as "_k0", "id" as "_k1" from "dispositions" where "dispositions"."business_id" = $1 and "assigned_to_user_id" = $2 and "callback_at" >= $3 and "callback_at" < $4 order by "timestamp" desc, "id" desc limit $5`,
  queryDeep: `select ${withLeadName}, "timestamp" as "_k0", "id" as "_k1" from "dispositions" where "dispositions"."business_id" = $1 and "assigned_to_user_id" = $2 and "callback_at" >= $3 and "callback_at" < $4 and "timestamp" <= $5 and (("timestamp" < $6) OR ("timestamp" = $7 AND "id" < $8)) order by "timestamp" desc, "id" desc limit $9`,
};

/** The statements each benchmarked operation sends, in order. */
export const statementsOf = {
  put: [
    'auth',
    'findDispositionLead',
    'BEGIN',
    'lockLeads',
    'findDisposition',
    'findLeadStatusNamed',
    'updateDisposition',
    'pointAtNewestDisposition',
    'COMMIT',
  ],
  get: ['auth', 'findDisposition'],
  post: ['auth', 'BEGIN', 'lockLeads', 'findLeadStatusNamed', 'currentDisposition', 'insertDisposition', 'pointAtNewestDisposition', 'COMMIT'],
  status: ['auth', 'BEGIN', 'lockLeads', 'findLeadStatusNamed', 'currentDisposition', 'insertStatusChange', 'pointAtNewestDisposition', 'COMMIT'],
  history: ['auth', 'findLead', 'history'],
  'query-first': ['auth', 'queryFirst'],
  'query-deep': ['auth', 'queryDeep'],
  ...teamStatementsOf,
} as const;

type Body = Record<string, unknown>;

/** The most dispositions a history answer holds; run.ts checks it is the server's. */
export const historyLimit = 1_000;

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
  const one = async (text: string, values: unknown[]) => (await pool.query(text, values)).rows;

  async function inTransaction<T>(work: (query: (text: string, values: unknown[]) => Promise<Body[]>) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN;');
      const result = await work(async (text, values) => (await client.query(text, values)).rows);
      await client.query('COMMIT;');
      return result;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }

  async function pointAtNewest(query: (text: string, values: unknown[]) => Promise<Body[]>, businessId: string, leadId: string, editedId: string) {
    await query(sql.pointAtNewestDisposition, [editedId, editedId, businessId, leadId, 1, businessId, leadId]);
  }

  /** A new disposition (or, with `statusChange`, a lead status change) on the lead: the catalog's category, the links to the current one. */
  async function record(businessId: string, userId: string | null, leadId: string, body: Body, statusChange: boolean): Promise<Body | undefined> {
    return inTransaction(async (query) => {
      await query(sql.lockLeads, [businessId, leadId]);
      const [status] = await query(sql.findLeadStatusNamed, [businessId, body.outcome, 1]);
      const [previous] = await query(sql.currentDisposition, [businessId, leadId, 1]);
      const id = crypto.randomUUID();
      const links = [previous?.id ?? null, previous?.outcome ?? null, previous?.type ?? null];
      const [inserted] = statusChange
        ? await query(sql.insertStatusChange, [
            businessId,
            body.callbackAt,
            body.category ?? status?.category ?? null,
            userId,
            body.followUpStatus,
            id,
            leadId,
            body.notes,
            ...links,
            body.outcome,
            body.type ?? 'StatusChange',
          ])
        : await query(sql.insertDisposition, [
            body.assignedToUserId,
            businessId,
            body.callbackAt,
            userId,
            body.followUpStatus,
            id,
            body.isMissedCallFollowUp,
            leadId,
            body.notes,
            ...links,
            body.outcome,
            body.type,
          ]);
      await pointAtNewest(query, businessId, leadId, id);
      return inserted;
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const key = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    if (await handleTeam(req, res, one, async () => (await one(sql.auth, [createHash('sha256').update(key).digest('hex'), 1]))[0], send)) return;
    const [auth] = await one(sql.auth, [createHash('sha256').update(key).digest('hex'), 1]);
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
      const [before] = await one(sql.findDispositionLead, [businessId, id, 1]);
      if (!before) return send(res, 404);
      const row = await inTransaction(async (query) => {
        await query(sql.lockLeads, [businessId, before.lead_id]);
        await query(sql.findDisposition, [businessId, id, 1]);
        await query(sql.findLeadStatusNamed, [businessId, body.outcome, 1]);
        const [updated] = await query(sql.updateDisposition, [
          body.leadId,
          body.type,
          body.outcome,
          body.notes,
          body.timestamp,
          body.followUpStatus,
          body.callbackAt,
          body.taskDueAt,
          body.appointmentStartAt,
          body.appointmentEndAt,
          body.appointmentNotes,
          body.assignedToUserId,
          body.relatedCallEventId,
          body.isMissedCallFollowUp,
          body.sourceId,
          businessId,
          id,
        ]);
        await pointAtNewest(query, businessId, updated!.lead_id as string, id);
        return updated;
      });
      return send(res, 200, row);
    }
    if (req.method === 'POST' && first === 'dispositions' && !second) {
      const body = await readJson(req);
      return send(res, 201, await record(businessId, userId, body.leadId as string, body, false));
    }
    if (req.method === 'GET' && second === 'lead') {
      const leadId = (req.url ?? '').split('/')[3];
      const [[lead], rows] = await Promise.all([one(sql.findLead, [businessId, leadId, 1]), one(sql.history, [businessId, leadId, historyLimit + 1])]);
      if (!lead) return send(res, 404);
      return rows.length > historyLimit ? send(res, 422) : send(res, 200, rows);
    }
    if (req.method === 'POST' && second === 'all') {
      const body = await readJson(req);
      const filter = (body.filters as { value: string }[])[0]!.value;
      const range = (body.rangeFilters as { greaterThanOrEqual: string; lessThan: string }[])[0]!;
      const limit = (body.pageSize as number) + 1;
      const token = body.continuationToken as string | undefined;
      const rows = token
        ? await (() => {
            const [timestamp, lastId] = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()).k as [string, string];
            return one(sql.queryDeep, [businessId, filter, range.greaterThanOrEqual, range.lessThan, timestamp, timestamp, timestamp, lastId, limit]);
          })()
        : await one(sql.queryFirst, [businessId, filter, range.greaterThanOrEqual, range.lessThan, limit]);
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
