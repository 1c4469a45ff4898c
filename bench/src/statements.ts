import { createHash } from 'node:crypto';

// The SQL of the benchmark's bare baseline and floor, statement by statement as the server
// sends it (the bench checks the texts on the wire before measuring), and the values each
// takes, so that the two servers bind them alike.

/** A disposition's columns and its lead's contact name, as the server selects them. */
const withLeadName = `"dispositions".*, (SELECT nullif(concat_ws(' ', l.first_name, l.last_name), '') FROM leads AS l WHERE l.business_id = dispositions.business_id AND l.id = dispositions.lead_id) AS lead_name`;

export const sql = {
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

/**
 * The statements each benchmarked operation sends once the caller's key is cached (all three
 * servers keep keys; the first request of a key also sends `auth`).
 */
export const statementsOf = {
  put: ['findDispositionLead', 'BEGIN', 'lockLeads', 'findDisposition', 'findLeadStatusNamed', 'updateDisposition', 'pointAtNewestDisposition', 'COMMIT'],
  get: ['findDisposition'],
  post: ['BEGIN', 'lockLeads', 'findLeadStatusNamed', 'currentDisposition', 'insertDisposition', 'pointAtNewestDisposition', 'COMMIT'],
  status: ['BEGIN', 'lockLeads', 'findLeadStatusNamed', 'currentDisposition', 'insertStatusChange', 'pointAtNewestDisposition', 'COMMIT'],
  history: ['findLead', 'history'],
  'query-first': ['queryFirst'],
  'query-deep': ['queryDeep'],
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

/** A new disposition's (or, with `statusChange`, a lead status change's) values, given the lead's current one as `previous`. */
export function recordValues(
  businessId: string,
  userId: string | null,
  leadId: string,
  body: Body,
  statusChange: boolean,
  id: string,
  status: Body | undefined,
  previous: Body | undefined,
): unknown[] {
  const links = [previous?.id ?? null, previous?.outcome ?? null, previous?.type ?? null];
  return statusChange
    ? [
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
      ]
    : [
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
      ];
}

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
  ];
}

export function pointAtNewestValues(businessId: string, leadId: string, editedId: string): unknown[] {
  return [editedId, editedId, businessId, leadId, 1, businessId, leadId];
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
