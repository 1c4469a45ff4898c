import type { components } from '@dispositions/api-types';
import type { Knex } from 'knex';
import { InvalidFieldsError } from '../domain/errors';
import { type FollowUpKind, followUpKinds } from '../domain/follow-ups';
import { decodeToken, encodeToken, queryDigest } from '../query/continuation-token';
import { defaultPageSize } from '../query/keyset-page';
import { countOpenFollowUps, openFollowUps } from '../repositories/follow-ups.repository';
import type { FollowUpRow } from '../repositories/tables';
import { todayIn } from '../repositories/time-zones.repository';
import { checkTimeZone, inTimeZone } from './report-period';

type Schemas = components['schemas'];
type View = Schemas['FollowUpView'];

export interface AgendaRequest {
  businessId: string;
  assignedToUserId?: string;
  view?: View;
  kinds?: readonly FollowUpKind[];
  timeZone?: string;
  pageSize?: number;
  includeCount?: boolean;
  continuationToken?: string;
}

export interface AgendaPage {
  rows: FollowUpRow[];
  pageSize: number;
  continuationToken: string | null;
  counts: Schemas['FollowUpPage']['counts'];
  view: View;
  timeZone: string;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The (at, kind, id) position in a token, checked, or a 400 naming the parameter. */
function positionIn(tokenSecret: string, token: string, digest: string, kinds: readonly FollowUpKind[]) {
  const position = decodeToken(tokenSecret, token, digest, 3);
  const [at, kind, id] = position ?? [];
  if (typeof at === 'string' && !Number.isNaN(Date.parse(at)) && kinds.includes(kind as FollowUpKind) && typeof id === 'string' && uuid.test(id)) {
    return { at, kind: kind as FollowUpKind, id };
  }
  throw InvalidFieldsError.at('/query/continuationToken', 'is not a continuation token issued for these parameters', 'invalid.token');
}

/**
 * A page of the agenda (`GET /follow-ups`): open follow-ups of one view of the calendar day
 * in `timeZone`, soonest first, in keyset pages.
 */
export async function agendaPage(db: Knex, request: AgendaRequest, tokenSecret: string): Promise<AgendaPage> {
  const timeZone = request.timeZone ?? 'UTC';
  checkTimeZone(timeZone, '/query/timeZone');
  const view = request.view ?? 'today';
  const kinds = followUpKinds.filter((kind) => !request.kinds || request.kinds.includes(kind));
  const pageSize = request.pageSize ?? defaultPageSize;
  const { businessId, assignedToUserId } = request;
  const digest = queryDigest({ scope: `follow-ups:${businessId}`, assignedToUserId: assignedToUserId ?? null, view, kinds, timeZone });
  const after = request.continuationToken ? positionIn(tokenSecret, request.continuationToken, digest, kinds) : undefined;
  const { today, tomorrow } = await inTimeZone('/query/timeZone', todayIn(db, timeZone));
  const range = view === 'overdue' ? { to: today } : view === 'today' ? { from: today, to: tomorrow } : { from: tomorrow };
  const [found, counts] = await Promise.all([
    openFollowUps(db, { businessId, assignedToUserId, kinds, ...range, after, limit: pageSize + 1 }),
    request.includeCount ? countOpenFollowUps(db, { businessId, assignedToUserId, kinds }, today, tomorrow) : null,
  ]);
  const rows = found.slice(0, pageSize);
  const last = rows[rows.length - 1];
  const continuationToken = found.length > pageSize && last ? encodeToken(tokenSecret, [last.at.toISOString(), last.kind, last.disposition_id], digest) : null;
  return { rows, pageSize, continuationToken, counts, view, timeZone };
}
