import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

// The bare baseline of the team workloads (issue 20): the outcome reports, one user's agenda
// and calendar feed, each with exactly the statements the server sends (run.ts checks the
// texts before measuring), answered as plain JSON, or as an iCalendar text joined by hand.
// Plain TypeScript over a query function, compiled beside baseline.ts, so it runs on bare node;
// the floor answers these operations through it too, over Knex.

const report = (keys: string, inner: string, order: string) =>
  `select ${keys}, "grouped"."count", "grouped"."leads" from (select ${inner}, count(*) AS count, count(DISTINCT lead_id) AS leads from "dispositions" where "business_id" = $PERIOD group by GROUPS) as "grouped" order by ${order} limit $LIMIT`;

const closed = `(f.follow_up_status IS NULL OR lower(btrim(f.follow_up_status)) NOT IN ('done', 'completed', 'cancelled', 'canceled', 'closed'))`;
const kinds = [
  ['appointment', 'appointment_start_at', 'd.appointment_end_at AS end_at'],
  ['callback', 'callback_at', 'NULL::timestamptz AS end_at'],
  ['task', 'task_due_at', 'NULL::timestamptz AS end_at'],
] as const;
const current = `from "lead_follow_ups" as "f" inner join "dispositions" as "d" on "d"."business_id" = "f"."business_id" and "d"."id" = "f"."disposition_id" inner join "leads" as "l" on "l"."business_id" = "f"."business_id" and "l"."id" = "f"."lead_id"`;

/** The agenda's (and the feed's) page: one branch per kind, in (at, kind, id) order; `$n` numbered as Knex numbers them. */
function openFollowUps(bounds: { from: boolean; to: boolean }): string {
  let n = 1;
  const next = () => `$${n++}`;
  const branches = kinds.map(([, column, end]) => {
    const kind = next();
    let where = `"f"."business_id" = ${next()} and "f"."${column}" is not null and ${closed} and "f"."assigned_to_user_id" = ${next()}`;
    if (bounds.from) where += ` and "f"."${column}" >= ${next()}`;
    if (bounds.to) where += ` and "f"."${column}" < ${next()}`;
    return `(select ${kind}::text AS kind, "f"."${column}" AS at, ${end}, "f"."lead_id" as "lead_id", "f"."disposition_id" as "disposition_id", nullif(concat_ws(' ', l.first_name, l.last_name), '') AS lead_name, "d"."outcome", "d"."category", "d"."follow_up_status", "d"."assigned_to_user_id", "d"."notes", "d"."appointment_notes", greatest(d.updated_at, l.modified_at) AS changed_at ${current} where ${where} order by "f"."${column}" asc, "f"."disposition_id" asc limit ${next()})`;
  });
  return `select * from (${branches.join(' union all ')}) as "u" order by "at" asc, "kind" asc, "disposition_id" asc limit ${next()}`;
}

function countOpen(): string {
  let n = 5;
  const branches = kinds.map(
    ([, column]) =>
      `(select "f"."${column}" AS at from "lead_follow_ups" as "f" where "f"."business_id" = $${n++} and "f"."${column}" is not null and ${closed} and "f"."assigned_to_user_id" = $${n++})`,
  );
  return `select count(*) FILTER (WHERE at < $1) AS overdue, count(*) FILTER (WHERE at >= $2 AND at < $3) AS today, count(*) FILTER (WHERE at >= $4) AS upcoming from (${branches.join(' union all ')}) as "c" limit $11`;
}

export const teamSql = {
  reportByDayAndCategory: report(
    `to_char("k0", 'YYYY-MM-DD') AS "k0", "k0" AT TIME ZONE $1 AS "k0_start", ("k0" + interval '1 day') AT TIME ZONE $2 AS "k0_end", "k1" AS "k1"`,
    `date_trunc('day', "timestamp" AT TIME ZONE $3) AS "k0", "category" AS "k1"`,
    `"grouped"."k0" ASC NULLS LAST, "grouped"."k1" ASC NULLS LAST`,
  )
    .replace('$PERIOD', '$4 and "timestamp" >= $5 and "timestamp" < $6')
    .replace('GROUPS', '1, 2')
    .replace('$LIMIT', '$7'),
  reportByAgent: report(`"k0" AS "k0"`, `"assigned_to_user_id" AS "k0"`, `"grouped"."k0" ASC NULLS LAST`)
    .replace('$PERIOD', '$1 and "timestamp" >= $2 and "timestamp" < $3')
    .replace('GROUPS', '1')
    .replace('$LIMIT', '$4'),
  reportTotals:
    'select count(*) AS count, count(DISTINCT lead_id) AS leads from "dispositions" where "business_id" = $1 and "timestamp" >= $2 and "timestamp" < $3 limit $4',
  dayBounds: `SELECT date_trunc('day', now() AT TIME ZONE $1) AT TIME ZONE $2 AS today, (date_trunc('day', now() AT TIME ZONE $3) + interval '1 day') AT TIME ZONE $4 AS tomorrow, now() AS now`,
  agendaToday: openFollowUps({ from: true, to: true }),
  agendaOverdue: openFollowUps({ from: false, to: true }),
  agendaCounts: countOpen(),
  findFeed:
    'select "business_id", "id", "assigned_to_user_id", "kinds", "include_notes", "created_at", "rotated_at" from "calendar_feeds" where "token_hash" = $1 limit $2',
  feedEvents: openFollowUps({ from: true, to: true }),
};

/** The statements of each team operation once the caller's key is cached (for the agenda, its first request: `today` with the counts). */
export const teamStatementsOf = {
  'report-day': ['reportByDayAndCategory', 'reportTotals'],
  'report-user': ['reportByAgent', 'reportTotals'],
  agenda: ['dayBounds', 'agendaToday', 'agendaCounts'],
  feed: ['findFeed', 'feedEvents'],
} as const;

type Row = Record<string, unknown>;
type Query = (text: string, values: unknown[]) => Promise<Row[]>;
type Send = (res: ServerResponse, status: number, body?: unknown) => void;

const pageLimit = 51;
const dayMs = 86_400_000;

async function readJson(req: IncomingMessage): Promise<Row> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return JSON.parse(text) as Row;
}

const ics = (date: unknown) => `${(date as Date).toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;

/** A calendar of the rows, by string joins: what the server's iCalendar library does, without it. */
function calendarOf(rows: Row[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Dispositions API//Follow-ups//EN'];
  for (const row of rows) {
    const start = row.at as Date;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${row.disposition_id}-${row.kind}@dispositions-api`,
      `SEQUENCE:${Math.floor(((row.changed_at as Date).getTime() - Date.UTC(2020, 0, 1)) / 1000)}`,
      `DTSTAMP:${ics(row.changed_at)}`,
      `DTSTART:${ics(start)}`,
      `DTEND:${ics((row.end_at as Date | null) ?? new Date(start.getTime() + 15 * 60_000))}`,
      `SUMMARY:${row.kind}: ${row.lead_name} (${row.outcome})`,
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-PT15M',
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR', '');
  return lines.join('\r\n');
}

/**
 * Answers a team operation, if the request is one; `auth` is the baseline's key lookup.
 * Returns false for any other request.
 */
export async function handleTeam(req: IncomingMessage, res: ServerResponse, one: Query, auth: () => Promise<Row | undefined>, send: Send): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://baseline');
  if (req.method === 'GET' && url.pathname === '/calendar.ics') {
    const tokenHash = createHash('sha256')
      .update(url.searchParams.get('token') ?? '')
      .digest('hex');
    const [feed] = await one(teamSql.findFeed, [tokenHash, 1]);
    if (!feed) {
      send(res, 404);
      return true;
    }
    const now = Date.now();
    const [from, to] = [new Date(now - 30 * dayMs), new Date(now + 180 * dayMs)];
    const values = kinds.flatMap(([kind]) => [kind, feed.business_id, feed.assigned_to_user_id, from, to, 10_000]);
    const rows = await one(teamSql.feedEvents, [...values, 10_000]);
    const text = calendarOf(rows);
    res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8', 'content-length': Buffer.byteLength(text) });
    res.end(text);
    return true;
  }
  const isReport = req.method === 'POST' && url.pathname === '/reports/outcomes';
  const isAgenda = req.method === 'GET' && url.pathname === '/follow-ups';
  if (!isReport && !isAgenda) return false;
  const caller = await auth();
  if (!caller) {
    send(res, 401);
    return true;
  }
  const businessId = caller.business_id;
  if (isReport) {
    const body = await readJson(req);
    const [from, to] = [new Date(body.from as string).toISOString(), new Date(body.to as string).toISOString()];
    const byDay = (body.groupBy as string[])[0] === 'day';
    const tz = body.timeZone as string;
    const [rows, [totals]] = await Promise.all([
      byDay ? one(teamSql.reportByDayAndCategory, [tz, tz, tz, businessId, from, to, 10_001]) : one(teamSql.reportByAgent, [businessId, from, to, 10_001]),
      one(teamSql.reportTotals, [businessId, from, to, 1]),
    ]);
    send(res, 200, { rows, totals });
    return true;
  }
  const user = url.searchParams.get('assignedToUserId');
  const tz = url.searchParams.get('timeZone') ?? 'UTC';
  const [{ today, tomorrow }] = (await one(teamSql.dayBounds, [tz, tz, tz, tz])) as [{ today: Date; tomorrow: Date }];
  const overdue = url.searchParams.get('view') === 'overdue';
  const values = kinds.flatMap(([kind]) => (overdue ? [kind, businessId, user, today, pageLimit] : [kind, businessId, user, today, tomorrow, pageLimit]));
  const [items, counts] = await Promise.all([
    one(overdue ? teamSql.agendaOverdue : teamSql.agendaToday, [...values, pageLimit]),
    url.searchParams.get('includeCount') === 'true'
      ? one(teamSql.agendaCounts, [today, today, tomorrow, tomorrow, ...kinds.flatMap(() => [businessId, user]), 1])
      : Promise.resolve(null),
  ]);
  send(res, 200, { items: items.slice(0, pageLimit - 1), counts: counts?.[0] ?? null });
  return true;
}
