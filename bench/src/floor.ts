import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import cors from 'cors';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import knex, { type Knex } from 'knex';
import { LRUCache } from 'lru-cache';
import pino from 'pino';
import { Histogram, Registry } from 'prom-client';
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

// The floor of the required stack: Express 5, express.json, express-openapi-validator on the
// spec (requests only), a pino line and a prom-client histogram per request, helmet, cors,
// express-rate-limit, the same key cache as the others, and the same SQL as the server through
// Knex, with nothing of the server's own code. What the server costs above this is ours.

const specPath = path.resolve(__dirname, '../../spec/openapi.yaml');

/** The statements with Knex's `?` placeholders; Knex numbers them back to the server's `$1`, `$2`, ... */
const text = Object.fromEntries(Object.entries(sql).map(([name, statement]) => [name, statement.replace(/\$\d+/g, '?')])) as typeof sql;

type Locals = { businessId: string; userId: string | null };

/** The raw query, prepared under the server's name for `statement` when the server prepares it (Knex passes `options` on to pg). */
const prepared = (raw: Knex.Raw, statement: string): Knex.Raw => {
  const name = preparedNameOf(statement);
  return name ? raw.options({ name }) : raw;
};

export function startFloor(databaseUrl: string, poolMax: number, port: number): Promise<() => Promise<void>> {
  const db = knex({ client: 'pg', connection: databaseUrl, pool: { min: 0, max: poolMax } });
  const rows = async (runner: Knex | Knex.Transaction, statement: keyof typeof sql, values: unknown[]) =>
    (await prepared(runner.raw(text[statement], values as Knex.RawBinding[]), sql[statement])).rows as Body[];
  const callers = new LRUCache<string, Locals>({ max: keyCache.maxKeys, ttl: keyCache.ttlMs });

  // As the server writes its log: batches of up to 4 KiB.
  const destination = pino.destination({ sync: false, minLength: 4096 });
  setInterval(() => destination.flush(), 250).unref();
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' }, destination);
  const registry = new Registry();
  const durations = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Request durations.',
    labelNames: ['route', 'method', 'status_code'],
    registers: [registry],
  });
  const observe: RequestHandler = (req, res, next) => {
    const started = performance.now();
    const stopTimer = durations.startTimer();
    res.once('finish', () => {
      stopTimer({ route: req.route?.path ?? 'unknown', method: req.method, status_code: String(res.statusCode) });
      logger.info(
        { req: { method: req.method, url: req.originalUrl }, res: { statusCode: res.statusCode }, responseTime: performance.now() - started },
        'request completed',
      );
    });
    next();
  };
  const authenticate: RequestHandler = async (req, res, next) => {
    const keyHash = keyHashOf(req.get('authorization'));
    let caller = callers.get(keyHash);
    if (!caller) {
      const [auth] = await rows(db, 'auth', [keyHash, 1]);
      caller = auth && { businessId: auth.business_id as string, userId: (auth.user_id as string | null) ?? null };
      if (caller) callers.set(keyHash, caller);
    }
    if (!caller) return void res.status(401).json({ title: 'Unauthorized' });
    res.locals.caller = caller;
    next();
  };
  const callerOf = (res: express.Response) => res.locals.caller as Locals;

  async function record(caller: Locals, leadId: string, body: Body, statusChange: boolean): Promise<Body | undefined> {
    return db.transaction(async (trx) => {
      const [status] = await rows(trx, 'lockLeadForChange', lockLeadValues(caller.businessId, leadId, body));
      const values = recordValues(caller.businessId, caller.userId, leadId, body, statusChange, randomUUID(), status);
      const [inserted] = await rows(trx, statusChange ? 'insertStatusChange' : 'insertChange', values);
      return inserted;
    });
  }

  const app = express();
  app.use(observe);
  app.use(helmet());
  app.use(cors({ origin: [] }));
  app.use(rateLimit({ windowMs: 60_000, limit: 1e9, standardHeaders: 'draft-8', legacyHeaders: false }));
  // The team operations (issue 20) through the baseline's handler, over Knex: the same SQL, with
  // the floor's logging, headers and limits, but neither its body parser nor its validator.
  app.use((req, res, next) => {
    const query = async (statement: string, values: unknown[]) =>
      (await prepared(db.raw(statement.replace(/\$\d+/g, '?'), values as Knex.RawBinding[]), statement)).rows as Body[];
    const caller = async () => {
      const keyHash = keyHashOf(req.get('authorization'));
      const known = callers.get(keyHash);
      if (known) return { business_id: known.businessId, user_id: known.userId };
      const [auth] = await rows(db, 'auth', [keyHash, 1]);
      if (auth) callers.set(keyHash, { businessId: auth.business_id as string, userId: (auth.user_id as string | null) ?? null });
      return auth;
    };
    const send = (response: ServerResponse, status: number, body?: unknown) => {
      (response as express.Response).status(status).json(body ?? null);
    };
    handleTeam(req, res, query, caller, send).then((handled) => (handled ? undefined : next()), next);
  });
  app.use(authenticate);
  app.use(express.json({ limit: '1mb' }));
  app.use(
    OpenApiValidator.middleware({
      apiSpec: specPath,
      validateRequests: { allErrors: true },
      validateResponses: false,
      validateSecurity: false,
      fileUploader: false,
    }),
  );
  app.get('/dispositions/lead/:leadId', async (req, res) => {
    const { businessId } = callerOf(res);
    const history = await rows(db, 'history', historyValues(businessId, req.params.leadId));
    if (history.length === 0) return void res.status(404).json({ title: 'Not Found' });
    if (history.length > historyLimit) return void res.status(422).json({ title: 'Too long' });
    res.json(history[0]!.id === null ? [] : history);
  });
  app.get('/dispositions/:id', async (req, res) => {
    const [row] = await rows(db, 'findDisposition', [callerOf(res).businessId, req.params.id, 1]);
    if (!row) return void res.status(404).json({ title: 'Not Found' });
    res.json(row);
  });
  app.put('/dispositions/:id', async (req, res) => {
    const { businessId } = callerOf(res);
    const id = req.params.id;
    const updated = await db.transaction(async (trx) => {
      const [locked] = await rows(trx, 'lockChange', lockChangeValues(businessId, id, req.body));
      if (!locked) return undefined;
      const [row] = await rows(trx, 'updateChange', updateValues(businessId, id, req.body));
      return row;
    });
    if (!updated) return void res.status(404).json({ title: 'Not Found' });
    res.json(updated);
  });
  app.post('/dispositions/all/my', async (req, res) => {
    const { statement, values, limit } = queryValues(callerOf(res).businessId, req.body);
    const found = await rows(db, statement, values);
    const token = req.body.continuationToken as string | undefined;
    res.json({ items: found.slice(0, limit - 1), pageSize: limit - 1, continuationToken: found.length === limit ? (token ?? 'next') : null });
  });
  app.post('/dispositions', async (req, res) => {
    res.status(201).json(await record(callerOf(res), req.body.leadId, req.body, false));
  });
  app.put('/leads/:id/status', async (req, res) => {
    res.status(201).json(await record(callerOf(res), req.params.id, req.body, true));
  });
  const handleError: ErrorRequestHandler = (error, _req, res, _next) => {
    const status = (error as { status?: number }).status ?? 500;
    res.status(status).json({ title: status < 500 ? 'Bad Request' : 'Internal Server Error', detail: String(error) });
  };
  app.use(handleError);

  return new Promise((resolve) => {
    const server = app.listen(port, '127.0.0.1', () =>
      resolve(async () => {
        await new Promise((done) => server.close(done));
        await db.destroy();
        destination.flushSync();
      }),
    );
  });
}

if (require.main === module) {
  const { DATABASE_URL, PORT, DB_POOL_MAX } = process.env;
  startFloor(DATABASE_URL!, Number(DB_POOL_MAX ?? 4), Number(PORT)).then(
    (close) => {
      // A clean exit, so that a CPU profile (pnpm bench --cpu-prof) is written.
      process.once('SIGTERM', () => void close().then(() => process.exit(0)));
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
