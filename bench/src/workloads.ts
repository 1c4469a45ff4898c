import type { Op } from './cli';
import type { Dataset } from './dataset';
import { type TeamOp, teamRequestsFor } from './team-workloads';

// What the load sends: each operation's requests, rotating over the dataset's ids.

export interface Request {
  method: string;
  path: string;
  body?: string;
}

export const pageSize = 10;
export const deepPage = 1000;

const putBody = {
  type: 'Call',
  outcome: 'Appointment Set',
  notes: 'Wants a quote for the whole house.',
  timestamp: '2026-11-07T05:31:56Z',
  followUpStatus: 'Pending',
  callbackAt: '2026-11-08T15:00:00Z',
  taskDueAt: '2026-11-09T17:00:00Z',
  appointmentStartAt: '2026-11-10T14:00:00Z',
  appointmentEndAt: '2026-11-10T15:00:00Z',
  appointmentNotes: 'Bring samples.',
  assignedToUserId: 'user-2',
  relatedCallEventId: 'call-8841',
  isMissedCallFollowUp: true,
  sourceId: 'web-form',
};
const postBody = {
  type: 'Call',
  outcome: 'No Answer',
  notes: 'Left a voicemail.',
  followUpStatus: 'Pending',
  callbackAt: '2026-11-25T15:00:00Z',
  assignedToUserId: 'user-1',
  isMissedCallFollowUp: false,
};
/** A status change as Leadping's SDK 1.0.46 and later sends it. */
const statusBody = {
  category: 'Qualified',
  outcome: 'Appointment Set',
  type: 'Call',
  notes: 'Booked a visit.',
  followUpStatus: 'Pending',
  callbackAt: '2026-11-25T15:00:00Z',
};
const query = {
  pageSize,
  filters: [{ field: 'assignedToUserId', value: 'user-1' }],
  rangeFilters: [{ field: 'callbackAt', greaterThanOrEqual: '2025-01-01T00:00:00Z', lessThan: '2027-06-01T00:00:00Z' }],
};

/** Every request of an operation, rotating over the dataset's ids. */
export function requestsFor(op: Op, data: Dataset, deepToken: string): () => Request {
  let i = 0;
  const next = <T>(list: T[]) => list[i++ % list.length]!;
  switch (op) {
    case 'put':
      return () => {
        const row = next(data.dispositions);
        return { method: 'PUT', path: `/dispositions/${row.id}`, body: JSON.stringify({ leadId: row.leadId, ...putBody }) };
      };
    case 'get':
      return () => ({ method: 'GET', path: `/dispositions/${next(data.dispositions).id}` });
    case 'post':
      return () => ({ method: 'POST', path: '/dispositions', body: JSON.stringify({ leadId: next(data.leadIds), ...postBody }) });
    case 'status':
      return () => ({ method: 'PUT', path: `/leads/${next(data.leadIds)}/status`, body: JSON.stringify(statusBody) });
    case 'history':
      return () => ({ method: 'GET', path: `/dispositions/lead/${next(data.leadIds)}` });
    case 'query-first':
      return () => ({ method: 'POST', path: '/dispositions/all/my', body: JSON.stringify(query) });
    case 'query-deep':
      return () => ({ method: 'POST', path: '/dispositions/all/my', body: JSON.stringify({ ...query, continuationToken: deepToken }) });
    default:
      return teamRequestsFor(op as TeamOp);
  }
}

export async function call(url: string, apiKey: string, request: Request) {
  const response = await fetch(url + request.path, {
    method: request.method,
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    ...(request.body ? { body: request.body } : {}),
  });
  // The calendar feed answers text/calendar; everything else JSON.
  const json = response.headers.get('content-type')?.includes('json');
  return { status: response.status, body: json ? await response.json() : await response.text() };
}

/** The token of the 1,000th page, walked through the server page by page. */
export async function deepTokenFrom(url: string, apiKey: string): Promise<string> {
  let token: string | undefined;
  for (let page = 1; page < deepPage; page++) {
    const { body } = await call(url, apiKey, {
      method: 'POST',
      path: '/dispositions/all/my',
      body: JSON.stringify({ ...query, ...(token ? { continuationToken: token } : {}) }),
    });
    if (!body.continuationToken) throw new Error(`the query has only ${page} pages; the dataset is too small for page ${deepPage}`);
    token = body.continuationToken;
  }
  return token!;
}

/** The single-caller latencies the targets are about: keyset pages at any depth, and counting a whole business. */
export function latencyRequests(data: Dataset, deepToken: string) {
  const post = (body: object) => () => ({ method: 'POST', path: '/dispositions/all/my', body: JSON.stringify(body) });
  return {
    'query-first': requestsFor('query-first', data, deepToken),
    'query-deep': requestsFor('query-deep', data, deepToken),
    'query-count (filtered)': post({ ...query, includeCount: true }),
    'query-count (all 100,000 rows of a business)': post({ pageSize, includeCount: true }),
  };
}
