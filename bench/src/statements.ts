import { createHash } from 'node:crypto';
import { preparedStatementName } from '@dispositions/server';
import { teamSql, teamStatementsOf } from './team-baseline';

// The SQL of the benchmark's bare baseline and floor, statement by statement as the server
// sends it (the bench checks the texts on the wire before measuring), and the values each
// takes, so that the two servers bind them alike.

/** A disposition's columns and its lead's contact name, as the server selects them. */
const withLeadName = `"dispositions".*, (SELECT nullif(concat_ws(' ', l.first_name, l.last_name), '') FROM leads AS l WHERE l.business_id = dispositions.business_id AND l.id = dispositions.lead_id) AS lead_name`;

export const sql = {
  ...teamSql,
  auth: 'select "business_id", "user_id" from "api_keys" where "key_hash" = $1 and "revoked_at" is null limit $2',
  findDisposition: `select ${withLeadName} from "dispositions" where "business_id" = $1 and "id" = $2 limit $3`,
  lockLeadForChange:
    'select "l"."id", "st"."name" as "status_name", "st"."category" as "status_category", "st"."is_archived" as "status_is_archived" from "leads" as "l" LEFT JOIN LATERAL (SELECT name, category, is_archived FROM lead_statuses AS s WHERE s.business_id = $1 AND lower(s.name) = lower($2) ORDER BY s.is_archived LIMIT 1) AS st ON true where "l"."business_id" = $3 and "l"."id" = $4 for no key update of "l"',
  insertChange:
    'with "previous" as (select "d"."id", "d"."outcome", "d"."type" from "leads" as "l" inner join "dispositions" as "d" on "d"."business_id" = "l"."business_id" and "d"."id" = "l"."current_disposition_id" where "l"."business_id" = $1 and "l"."id" = $2), "inserted" as (insert into "dispositions" ("assigned_to_user_id", "business_id", "callback_at", "changed_by_user_id", "follow_up_status", "id", "is_missed_call_follow_up", "lead_id", "notes", "old_disposition_id", "old_disposition_outcome", "old_disposition_type", "outcome", "timestamp", "type") values ($3, $4, $5, $6, $7, $8, $9, $10, $11, (SELECT id FROM previous), (SELECT outcome FROM previous), (SELECT type FROM previous), $12, CURRENT_TIMESTAMP, $13) returning *), "repointed" as (UPDATE leads SET current_disposition_id = newest.id,\n       current_disposition_changed_at = CASE WHEN newest.changed THEN now() ELSE leads.current_disposition_changed_at END,\n       modified_at = CASE WHEN newest.changed THEN now() ELSE leads.modified_at END,\n       event_sequence = leads.event_sequence + newest.own + newest.changed::int\n     FROM (SELECT n.*, (n.current_id IS DISTINCT FROM n.id OR n.id = $14::uuid) AS changed\n           FROM (SELECT l.id AS lead_id, CASE WHEN e.id IS NOT NULL AND (x.id IS NULL OR (e."timestamp", e.id) > (x."timestamp", x.id)) THEN e.id ELSE x.id END AS id, l.current_disposition_id AS current_id, (l.id = $15::uuid)::int AS own, (to_jsonb(l) || coalesce((SELECT jsonb_build_object(\'current_outcome\', cd.outcome, \'current_category\', cd.category, \'current_change_source\', cd.change_source,\n    \'current_changed_by_user_id\', cd.changed_by_user_id, \'current_changed_by_automation_id\', cd.changed_by_automation_id) FROM dispositions AS cd\n    WHERE cd.business_id = l.business_id AND cd.id = l.current_disposition_id), jsonb_build_object(\'current_outcome\', null, \'current_category\', null, \'current_change_source\', null,\n    \'current_changed_by_user_id\', null, \'current_changed_by_automation_id\', null))) AS before\n                 FROM leads AS l LEFT JOIN inserted AS e ON e.lead_id = l.id LEFT JOIN LATERAL (SELECT d.id, d."timestamp" FROM dispositions AS d WHERE d.business_id = l.business_id AND d.lead_id = l.id AND d.id <> $16\n      ORDER BY d."timestamp" DESC, d.id DESC LIMIT 1) AS x ON true\n                 WHERE l.business_id = $17 AND l.id IN ($18)) AS n) AS newest\n     WHERE leads.business_id = $19 AND leads.id = newest.lead_id\n     RETURNING leads.*, newest.changed, newest.before), "events" as (INSERT INTO change_events (business_id, id, type, lead_id, sequence, object, previous)\n     SELECT w.business_id, \'evt_\' || replace(gen_random_uuid()::text, \'-\', \'\'), \'disposition.created\', w.lead_id, r.event_sequence - r.changed::int, (to_jsonb(w) || jsonb_build_object(\'lead_name\', (SELECT nullif(concat_ws(\' \', n.first_name, n.last_name), \'\') FROM leads AS n\n    WHERE n.business_id = w.business_id AND n.id = w.lead_id))), null::jsonb\n       FROM inserted AS w JOIN repointed AS r ON r.id = w.lead_id\n     UNION ALL\n     SELECT r.business_id, \'evt_\' || replace(gen_random_uuid()::text, \'-\', \'\'), \'lead.current_disposition_changed\', r.id, r.event_sequence, (to_jsonb(r) - \'changed\' - \'before\' || coalesce((SELECT jsonb_build_object(\'current_outcome\', e.outcome, \'current_category\', e.category, \'current_change_source\', e.change_source,\n    \'current_changed_by_user_id\', e.changed_by_user_id, \'current_changed_by_automation_id\', e.changed_by_automation_id) FROM inserted AS e WHERE e.business_id = r.business_id AND e.id = r.current_disposition_id), (SELECT jsonb_build_object(\'current_outcome\', cd.outcome, \'current_category\', cd.category, \'current_change_source\', cd.change_source,\n    \'current_changed_by_user_id\', cd.changed_by_user_id, \'current_changed_by_automation_id\', cd.changed_by_automation_id) FROM dispositions AS cd\n    WHERE cd.business_id = r.business_id AND cd.id = r.current_disposition_id), jsonb_build_object(\'current_outcome\', null, \'current_category\', null, \'current_change_source\', null,\n    \'current_changed_by_user_id\', null, \'current_changed_by_automation_id\', null))), r.before\n       FROM repointed AS r WHERE r.changed) select "inserted".*, (SELECT nullif(concat_ws(\' \', l.first_name, l.last_name), \'\') FROM leads AS l WHERE l.business_id = inserted.business_id AND l.id = inserted.lead_id) AS lead_name from "inserted"',
  insertStatusChange:
    'with "previous" as (select "d"."id", "d"."outcome", "d"."type" from "leads" as "l" inner join "dispositions" as "d" on "d"."business_id" = "l"."business_id" and "d"."id" = "l"."current_disposition_id" where "l"."business_id" = $1 and "l"."id" = $2), "inserted" as (insert into "dispositions" ("business_id", "callback_at", "category", "changed_by_user_id", "follow_up_status", "id", "lead_id", "notes", "old_disposition_id", "old_disposition_outcome", "old_disposition_type", "outcome", "timestamp", "type") values ($3, $4, $5, $6, $7, $8, $9, $10, (SELECT id FROM previous), (SELECT outcome FROM previous), (SELECT type FROM previous), $11, CURRENT_TIMESTAMP, $12) returning *), "repointed" as (UPDATE leads SET current_disposition_id = newest.id,\n       current_disposition_changed_at = CASE WHEN newest.changed THEN now() ELSE leads.current_disposition_changed_at END,\n       modified_at = CASE WHEN newest.changed THEN now() ELSE leads.modified_at END,\n       event_sequence = leads.event_sequence + newest.own + newest.changed::int\n     FROM (SELECT n.*, (n.current_id IS DISTINCT FROM n.id OR n.id = $13::uuid) AS changed\n           FROM (SELECT l.id AS lead_id, CASE WHEN e.id IS NOT NULL AND (x.id IS NULL OR (e."timestamp", e.id) > (x."timestamp", x.id)) THEN e.id ELSE x.id END AS id, l.current_disposition_id AS current_id, (l.id = $14::uuid)::int AS own, (to_jsonb(l) || coalesce((SELECT jsonb_build_object(\'current_outcome\', cd.outcome, \'current_category\', cd.category, \'current_change_source\', cd.change_source,\n    \'current_changed_by_user_id\', cd.changed_by_user_id, \'current_changed_by_automation_id\', cd.changed_by_automation_id) FROM dispositions AS cd\n    WHERE cd.business_id = l.business_id AND cd.id = l.current_disposition_id), jsonb_build_object(\'current_outcome\', null, \'current_category\', null, \'current_change_source\', null,\n    \'current_changed_by_user_id\', null, \'current_changed_by_automation_id\', null))) AS before\n                 FROM leads AS l LEFT JOIN inserted AS e ON e.lead_id = l.id LEFT JOIN LATERAL (SELECT d.id, d."timestamp" FROM dispositions AS d WHERE d.business_id = l.business_id AND d.lead_id = l.id AND d.id <> $15\n      ORDER BY d."timestamp" DESC, d.id DESC LIMIT 1) AS x ON true\n                 WHERE l.business_id = $16 AND l.id IN ($17)) AS n) AS newest\n     WHERE leads.business_id = $18 AND leads.id = newest.lead_id\n     RETURNING leads.*, newest.changed, newest.before), "events" as (INSERT INTO change_events (business_id, id, type, lead_id, sequence, object, previous)\n     SELECT w.business_id, \'evt_\' || replace(gen_random_uuid()::text, \'-\', \'\'), \'disposition.created\', w.lead_id, r.event_sequence - r.changed::int, (to_jsonb(w) || jsonb_build_object(\'lead_name\', (SELECT nullif(concat_ws(\' \', n.first_name, n.last_name), \'\') FROM leads AS n\n    WHERE n.business_id = w.business_id AND n.id = w.lead_id))), null::jsonb\n       FROM inserted AS w JOIN repointed AS r ON r.id = w.lead_id\n     UNION ALL\n     SELECT r.business_id, \'evt_\' || replace(gen_random_uuid()::text, \'-\', \'\'), \'lead.current_disposition_changed\', r.id, r.event_sequence, (to_jsonb(r) - \'changed\' - \'before\' || coalesce((SELECT jsonb_build_object(\'current_outcome\', e.outcome, \'current_category\', e.category, \'current_change_source\', e.change_source,\n    \'current_changed_by_user_id\', e.changed_by_user_id, \'current_changed_by_automation_id\', e.changed_by_automation_id) FROM inserted AS e WHERE e.business_id = r.business_id AND e.id = r.current_disposition_id), (SELECT jsonb_build_object(\'current_outcome\', cd.outcome, \'current_category\', cd.category, \'current_change_source\', cd.change_source,\n    \'current_changed_by_user_id\', cd.changed_by_user_id, \'current_changed_by_automation_id\', cd.changed_by_automation_id) FROM dispositions AS cd\n    WHERE cd.business_id = r.business_id AND cd.id = r.current_disposition_id), jsonb_build_object(\'current_outcome\', null, \'current_category\', null, \'current_change_source\', null,\n    \'current_changed_by_user_id\', null, \'current_changed_by_automation_id\', null))), r.before\n       FROM repointed AS r WHERE r.changed) select "inserted".*, (SELECT nullif(concat_ws(\' \', l.first_name, l.last_name), \'\') FROM leads AS l WHERE l.business_id = inserted.business_id AND l.id = inserted.lead_id) AS lead_name from "inserted"',
  lockChange:
    'with "locked" as (select "id", "first_name", "last_name" from "leads" where "business_id" = $1 and id = ANY(ARRAY(SELECT d.lead_id FROM dispositions AS d WHERE d.business_id = $2 AND d.id = $3) || ARRAY[$4]::uuid[]) order by "id" asc for no key update) select "d".*, (SELECT nullif(concat_ws(\' \', first_name, last_name), \'\') FROM locked WHERE locked.id = d.lead_id) AS lead_name, ARRAY(SELECT id FROM locked ORDER BY id) AS locked_lead_ids, "st"."name" as "status_name", "st"."category" as "status_category", "st"."is_archived" as "status_is_archived" from "dispositions" as "d" LEFT JOIN LATERAL (SELECT name, category, is_archived FROM lead_statuses AS s WHERE s.business_id = $5 AND lower(s.name) = lower($6) ORDER BY s.is_archived LIMIT 1) AS st ON true where "d"."business_id" = $7 and "d"."id" = $8 for no key update of "d"',
  updateChange:
    "with \"updated\" as (update \"dispositions\" set \"lead_id\" = $1, \"type\" = $2, \"outcome\" = $3, \"notes\" = $4, \"timestamp\" = $5, \"follow_up_status\" = $6, \"callback_at\" = $7, \"task_due_at\" = $8, \"appointment_start_at\" = $9, \"appointment_end_at\" = $10, \"appointment_notes\" = $11, \"assigned_to_user_id\" = $12, \"related_call_event_id\" = $13, \"is_missed_call_follow_up\" = $14, \"source_id\" = $15, \"updated_at\" = CURRENT_TIMESTAMP where \"business_id\" = $16 and \"id\" = $17 returning *), \"before\" as (select (to_jsonb(b) || jsonb_build_object('lead_name', (SELECT nullif(concat_ws(' ', n.first_name, n.last_name), '') FROM leads AS n\n    WHERE n.business_id = b.business_id AND n.id = b.lead_id))) AS snapshot from \"dispositions\" as \"b\" where \"b\".\"business_id\" = $18 and \"b\".\"id\" = $19), \"repointed\" as (UPDATE leads SET current_disposition_id = newest.id,\n       current_disposition_changed_at = CASE WHEN newest.changed THEN now() ELSE leads.current_disposition_changed_at END,\n       modified_at = CASE WHEN newest.changed THEN now() ELSE leads.modified_at END,\n       event_sequence = leads.event_sequence + newest.own + newest.changed::int\n     FROM (SELECT n.*, (n.current_id IS DISTINCT FROM n.id OR n.id = $20::uuid) AS changed\n           FROM (SELECT l.id AS lead_id, CASE WHEN e.id IS NOT NULL AND (x.id IS NULL OR (e.\"timestamp\", e.id) > (x.\"timestamp\", x.id)) THEN e.id ELSE x.id END AS id, l.current_disposition_id AS current_id, (l.id = $21::uuid)::int AS own, (to_jsonb(l) || coalesce((SELECT jsonb_build_object('current_outcome', cd.outcome, 'current_category', cd.category, 'current_change_source', cd.change_source,\n    'current_changed_by_user_id', cd.changed_by_user_id, 'current_changed_by_automation_id', cd.changed_by_automation_id) FROM dispositions AS cd\n    WHERE cd.business_id = l.business_id AND cd.id = l.current_disposition_id), jsonb_build_object('current_outcome', null, 'current_category', null, 'current_change_source', null,\n    'current_changed_by_user_id', null, 'current_changed_by_automation_id', null))) AS before\n                 FROM leads AS l LEFT JOIN updated AS e ON e.lead_id = l.id LEFT JOIN LATERAL (SELECT d.id, d.\"timestamp\" FROM dispositions AS d WHERE d.business_id = l.business_id AND d.lead_id = l.id AND d.id <> $22\n      ORDER BY d.\"timestamp\" DESC, d.id DESC LIMIT 1) AS x ON true\n                 WHERE l.business_id = $23 AND l.id IN ($24)) AS n) AS newest\n     WHERE leads.business_id = $25 AND leads.id = newest.lead_id\n     RETURNING leads.*, newest.changed, newest.before), \"events\" as (INSERT INTO change_events (business_id, id, type, lead_id, sequence, object, previous)\n     SELECT w.business_id, 'evt_' || replace(gen_random_uuid()::text, '-', ''), 'disposition.updated', w.lead_id, r.event_sequence - r.changed::int, (to_jsonb(w) || jsonb_build_object('lead_name', (SELECT nullif(concat_ws(' ', n.first_name, n.last_name), '') FROM leads AS n\n    WHERE n.business_id = w.business_id AND n.id = w.lead_id))), (SELECT snapshot FROM before)\n       FROM updated AS w JOIN repointed AS r ON r.id = w.lead_id\n     UNION ALL\n     SELECT r.business_id, 'evt_' || replace(gen_random_uuid()::text, '-', ''), 'lead.current_disposition_changed', r.id, r.event_sequence, (to_jsonb(r) - 'changed' - 'before' || coalesce((SELECT jsonb_build_object('current_outcome', e.outcome, 'current_category', e.category, 'current_change_source', e.change_source,\n    'current_changed_by_user_id', e.changed_by_user_id, 'current_changed_by_automation_id', e.changed_by_automation_id) FROM updated AS e WHERE e.business_id = r.business_id AND e.id = r.current_disposition_id), (SELECT jsonb_build_object('current_outcome', cd.outcome, 'current_category', cd.category, 'current_change_source', cd.change_source,\n    'current_changed_by_user_id', cd.changed_by_user_id, 'current_changed_by_automation_id', cd.changed_by_automation_id) FROM dispositions AS cd\n    WHERE cd.business_id = r.business_id AND cd.id = r.current_disposition_id), jsonb_build_object('current_outcome', null, 'current_category', null, 'current_change_source', null,\n    'current_changed_by_user_id', null, 'current_changed_by_automation_id', null))), r.before\n       FROM repointed AS r WHERE r.changed) select \"updated\".*, (SELECT nullif(concat_ws(' ', l.first_name, l.last_name), '') FROM leads AS l WHERE l.business_id = updated.business_id AND l.id = updated.lead_id) AS lead_name from \"updated\"",
  history:
    'select "h".*, nullif(concat_ws(\' \', l.first_name, l.last_name), \'\') AS lead_name from "leads" as "l" LEFT JOIN LATERAL ((select "dispositions".* from "dispositions" where "business_id" = $1 and "lead_id" = $2 order by "timestamp" desc, "id" desc limit $3)) AS h ON true where "l"."business_id" = $4 and "l"."id" = $5 order by "h"."timestamp" desc, "h"."id" desc',
  queryFirst: `select ${withLeadName}, "timestamp" as "_k0", "id" as "_k1" from "dispositions" where "dispositions"."business_id" = $1 and "assigned_to_user_id" = $2 and "callback_at" >= $3 and "callback_at" < $4 order by "timestamp" desc, "id" desc limit $5`,
  queryDeep: `select ${withLeadName}, "timestamp" as "_k0", "id" as "_k1" from "dispositions" where "dispositions"."business_id" = $1 and "assigned_to_user_id" = $2 and "callback_at" >= $3 and "callback_at" < $4 and "timestamp" <= $5 and (("timestamp" < $6) OR ("timestamp" = $7 AND "id" < $8)) order by "timestamp" desc, "id" desc limit $9`,
};

/**
 * The statements the server prepares once per connection (those it builds through its
 * db/statement.ts), by text: the baseline and the floor prepare the same ones, under the same
 * names, and send the others unprepared, as the server does.
 */
const preparedTexts: ReadonlySet<string> = new Set([
  sql.auth,
  sql.findDisposition,
  sql.lockLeadForChange,
  sql.lockChange,
  sql.insertChange,
  sql.insertStatusChange,
  sql.updateChange,
  sql.history,
  sql.queryFirst,
  sql.queryDeep,
]);

/** The name the server prepares a statement under, or undefined for one it sends unprepared. */
export function preparedNameOf(text: string): string | undefined {
  return preparedTexts.has(text) ? preparedStatementName(text) : undefined;
}

/**
 * The statements each benchmarked operation sends once the caller's key is cached (all three
 * servers keep keys; the first request of a key also sends `auth`).
 */
export const statementsOf = {
  put: ['BEGIN', 'lockChange', 'updateChange', 'COMMIT'],
  get: ['findDisposition'],
  post: ['BEGIN', 'lockLeadForChange', 'insertChange', 'COMMIT'],
  status: ['BEGIN', 'lockLeadForChange', 'insertStatusChange', 'COMMIT'],
  history: ['history'],
  'query-first': ['queryFirst'],
  'query-deep': ['queryDeep'],
  ...teamStatementsOf,
} as const;

export type Body = Record<string, unknown>;

/** The most dispositions a history answer holds; the bench checks it is the server's. */
export const historyLimit = 1_000;

/**
 * How many API keys each server keeps and for how long: the server's own cache settings (the
 * bench checks they are the same). The baseline and the floor keep keys per process and never
 * hear of revocations (the bench revokes none); the server forgets them on every revocation.
 */
export const keyCache = { maxKeys: 10_000, ttlMs: 60_000 };

/** The lock of a new change's lead, with the catalog status its outcome names. */
export function lockLeadValues(businessId: string, leadId: string, body: Body): unknown[] {
  return [businessId, body.outcome, businessId, leadId];
}

/**
 * A new disposition's (or, with `statusChange`, a lead status change's) values, the catalog's
 * `status` giving the category a status change leaves out; the links to the lead's current
 * one and its repoint are in the statement.
 */
export function recordValues(
  businessId: string,
  userId: string | null,
  leadId: string,
  body: Body,
  statusChange: boolean,
  id: string,
  status: Body | undefined,
): unknown[] {
  const repoint = [id, leadId, id, businessId, leadId, businessId];
  return statusChange
    ? [
        businessId,
        leadId,
        businessId,
        body.callbackAt,
        body.category ?? status?.status_category ?? null,
        userId,
        body.followUpStatus,
        id,
        leadId,
        body.notes,
        body.outcome,
        body.type ?? 'StatusChange',
        ...repoint,
      ]
    : [
        businessId,
        leadId,
        body.assignedToUserId,
        businessId,
        body.callbackAt,
        userId,
        body.followUpStatus,
        id,
        body.isMissedCallFollowUp,
        leadId,
        body.notes,
        body.outcome,
        body.type,
        ...repoint,
      ];
}

/** The lock of a disposition's lead (and the lead the request names) and of the disposition, with the catalog status its outcome names. */
export function lockChangeValues(businessId: string, id: string, body: Body): unknown[] {
  return [businessId, businessId, id, body.leadId, businessId, body.outcome, businessId, id];
}

/** An edit of every field, with its snapshot before, the repoint of the disposition's lead (the request's, which is its own in the bench) and the events. */
export function updateValues(businessId: string, id: string, body: Body): unknown[] {
  return [
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
    businessId,
    id,
    id,
    body.leadId,
    id,
    businessId,
    body.leadId,
    businessId,
  ];
}

/** A lead's history and the lead itself, in one statement. */
export function historyValues(businessId: string, leadId: string): unknown[] {
  return [businessId, leadId, historyLimit + 1, businessId, leadId];
}

/** A query page's values: the first page's, or, with the server's continuation token, the next one's. */
export function queryValues(businessId: string, body: Body): { statement: 'queryFirst' | 'queryDeep'; values: unknown[]; limit: number } {
  const filter = (body.filters as { value: string }[])[0]!.value;
  const range = (body.rangeFilters as { greaterThanOrEqual: string; lessThan: string }[])[0]!;
  const limit = (body.pageSize as number) + 1;
  const token = body.continuationToken as string | undefined;
  if (!token) return { statement: 'queryFirst', values: [businessId, filter, range.greaterThanOrEqual, range.lessThan, limit], limit };
  const [timestamp, lastId] = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()).k as [string, string];
  return {
    statement: 'queryDeep',
    values: [businessId, filter, range.greaterThanOrEqual, range.lessThan, timestamp, timestamp, timestamp, lastId, limit],
    limit,
  };
}

/** The bearer key of a request, hashed as the server stores it. */
export function keyHashOf(authorization: string | undefined): string {
  const key = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1] ?? '';
  return createHash('sha256').update(key).digest('hex');
}
