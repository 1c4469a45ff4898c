import { randomUUID } from 'node:crypto';
import type { operations } from '@dispositions/api-types';
import { createDispositionsClient, type DispositionsClient } from '@dispositions/client';
import { createResponseChecker, webhooksOf } from '@dispositions/contract';
import pino from 'pino';
import { createDatabase, type Database } from '../../src/db/database';
import { followUpEventsJob } from '../../src/jobs/follow-up-events';
import { calendarFeedLimit } from '../../src/services/calendar-feeds.service';
import { leadStatusLimit } from '../../src/services/lead-statuses.service';
import { jsonHistoryLimit } from '../../src/services/recorded-changes.service';
import { maxReportRows } from '../../src/services/report-period';
import { type Listening, startAppOver } from '../support/app-over';
import { feedCaughtUp } from '../support/change-feed';
import { freePort } from '../support/child-server';
import { buildDisposition, buildLead, buildLeadStatus, buildStatusChange, createDisposition, createLead, createLeadStatus } from '../support/factories';
import { insertHistory } from '../support/history';
import { spec, specOperations } from '../support/spec';
import { startTestServer, type TestServer } from '../support/test-server';
import { webhookViolations } from '../support/webhook-schema';
import { eventually } from '../support/webhooks';

// Every operation in the spec, through the client package, against the real server: each
// documented status is produced, and every body is checked against the spec's schema here,
// independently of the server's own response validation.

interface Context {
  client: DispositionsClient;
  anonymous: DispositionsClient;
  /** A client whose key has used up its rate limit. */
  limited: DispositionsClient;
  /** A client without a key whose address has used up its rate limit. */
  limitedAnonymous: DispositionsClient;
  /** A client of the same app standing over a database that cannot be reached, with its metrics on a port of their own. */
  down: DispositionsClient;
  leadId: string;
  /** A lead with more dispositions than a JSON export holds. */
  longHistoryLeadId: string;
  dispositionId: string;
  /** An active lead status, and the name of an archived one. */
  leadStatusId: string;
  archivedStatusName: string;
  /** A client whose business holds as many lead statuses as it may. */
  fullCatalog: DispositionsClient;
  /** A client whose business has more outcomes and assignees than a report's rows. */
  bigReports: DispositionsClient;
  /** A client whose business holds as many calendar feeds as it may. */
  fullFeeds: DispositionsClient;
  /** A calendar feed of the business, and its token. */
  feedId: string;
  feedToken: string;
  /** A change event of the business (of its lead's creation). */
  eventId: string;
  /** A webhook endpoint of the business, disabled, at an address that never resolves. */
  endpointId: string;
  /** A delivery to it: of the `webhook.test` event it was sent. */
  deliveryId: string;
  /** A client whose business holds as many webhook endpoints as it may. */
  fullEndpoints: DispositionsClient;
}

interface Result {
  response: Response;
  data?: unknown;
  error?: unknown;
}

/**
 * The operations the service answers. The spec's `webhooks:` section (`onDispositionCreated`, …)
 * is generated into `operations` as well, but its operations are the requests the service
 * sends to its users' endpoints, not HTTP operations of the server: they are left out of the
 * walk on purpose (a test below holds that exactly they are the `on…` ones), and the bodies
 * sent are checked against their schemas by support/webhook-schema.ts instead.
 */
type ServiceOperation = Exclude<keyof operations, `on${string}`>;

type Cases = { [K in ServiceOperation]: Partial<Record<keyof operations[K]['responses'], (context: Context) => Promise<Result>>> };

const missing = '00000000-0000-4000-8000-000000000000';
/** A browser origin the servers here allow, sent with every request, so CORS headers are sent back. */
const origin = 'https://app.example.com';
const fromOrigin = { Origin: origin };
const badId = 'not-a-uuid';
/** Text that makes any request body larger than the 1 MB limit. */
const overLimit = 'x'.repeat(1024 * 1024);
/** Sends the body as an HTML form would, instead of JSON. */
/** A well-formed feed token that no feed has. */
const unknownFeedToken = `dspcal_${'A'.repeat(43)}`;
const report = { from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z', timeZone: 'America/New_York' };
const asForm = { bodySerializer: () => 'outcome=Contacted', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } };
/** A well-formed event id that no event has. */
const missingEvent = `evt_${'0'.repeat(32)}`;
/**
 * Where the webhook endpoints of these cases point: `.invalid` never resolves (RFC 6761), and
 * they are created disabled, so nothing is ever delivered anywhere. Each is deleted at the end.
 */
const nowhere = { url: 'https://example.invalid/hooks', enabled: false };
const endpointsCreated: { client: DispositionsClient; id: string }[] = [];
async function createEndpoint(client: DispositionsClient) {
  const result = await client.POST('/webhook-endpoints', { body: nowhere });
  if (result.data) endpointsCreated.push({ client, id: result.data.id });
  return result;
}

const cases: Cases = {
  createDisposition: {
    201: ({ client, leadId }) => client.POST('/dispositions', { body: buildDisposition(leadId) }),
    400: ({ client, leadId }) => client.POST('/dispositions', { body: { leadId, type: 'Call' } as never }),
    401: ({ anonymous, leadId }) => anonymous.POST('/dispositions', { body: buildDisposition(leadId) }),
    429: ({ limited, leadId }) => limited.POST('/dispositions', { body: buildDisposition(leadId) }),
    503: ({ down, leadId }) => down.POST('/dispositions', { body: buildDisposition(leadId) }),
    404: ({ client }) => client.POST('/dispositions', { body: buildDisposition(missing) }),
    422: async ({ client, leadId }) => {
      const headers = { 'Idempotency-Key': randomUUID() };
      await client.POST('/dispositions', { body: buildDisposition(leadId), headers });
      return client.POST('/dispositions', { body: buildDisposition(leadId, { outcome: 'Sold' }), headers });
    },
    413: ({ client, leadId }) => client.POST('/dispositions', { body: buildDisposition(leadId, { notes: overLimit }) }),
    415: ({ client, leadId }) => client.POST('/dispositions', { body: buildDisposition(leadId), ...asForm }),
  },
  getDisposition: {
    200: ({ client, dispositionId }) => client.GET('/dispositions/{id}', { params: { path: { id: dispositionId } } }),
    400: ({ client }) => client.GET('/dispositions/{id}', { params: { path: { id: badId } } }),
    401: ({ anonymous, dispositionId }) => anonymous.GET('/dispositions/{id}', { params: { path: { id: dispositionId } } }),
    429: ({ limited, dispositionId }) => limited.GET('/dispositions/{id}', { params: { path: { id: dispositionId } } }),
    503: ({ down, dispositionId }) => down.GET('/dispositions/{id}', { params: { path: { id: dispositionId } } }),
    404: ({ client }) => client.GET('/dispositions/{id}', { params: { path: { id: missing } } }),
    304: async ({ client, dispositionId }) => {
      const { response } = await client.GET('/dispositions/{id}', { params: { path: { id: dispositionId } } });
      return client.GET('/dispositions/{id}', { params: { path: { id: dispositionId }, header: { 'If-None-Match': response.headers.get('etag')! } } });
    },
  },
  updateDisposition: {
    200: ({ client, dispositionId }) => client.PUT('/dispositions/{id}', { params: { path: { id: dispositionId } }, body: { outcome: 'Contacted' } }),
    400: ({ client, dispositionId }) => client.PUT('/dispositions/{id}', { params: { path: { id: dispositionId } }, body: { timestamp: 'now' } }),
    401: ({ anonymous, dispositionId }) => anonymous.PUT('/dispositions/{id}', { params: { path: { id: dispositionId } }, body: {} }),
    429: ({ limited, dispositionId }) => limited.PUT('/dispositions/{id}', { params: { path: { id: dispositionId } }, body: {} }),
    503: ({ down, dispositionId }) => down.PUT('/dispositions/{id}', { params: { path: { id: dispositionId } }, body: {} }),
    404: ({ client }) => client.PUT('/dispositions/{id}', { params: { path: { id: missing } }, body: {} }),
    413: ({ client, dispositionId }) => client.PUT('/dispositions/{id}', { params: { path: { id: dispositionId } }, body: { notes: overLimit } }),
    415: ({ client, dispositionId }) => client.PUT('/dispositions/{id}', { params: { path: { id: dispositionId } }, body: {}, ...asForm }),
    412: ({ client, dispositionId }) =>
      client.PUT('/dispositions/{id}', { params: { path: { id: dispositionId }, header: { 'If-Match': '"stale"' } }, body: { outcome: 'Sold' } }),
    422: ({ client, dispositionId, archivedStatusName }) =>
      client.PUT('/dispositions/{id}', { params: { path: { id: dispositionId } }, body: { outcome: archivedStatusName } }),
  },
  deleteDisposition: {
    204: async ({ client, leadId }) => {
      const { id } = await createDisposition(client, leadId);
      return client.DELETE('/dispositions/{id}', { params: { path: { id } } });
    },
    400: ({ client }) => client.DELETE('/dispositions/{id}', { params: { path: { id: badId } } }),
    401: ({ anonymous, dispositionId }) => anonymous.DELETE('/dispositions/{id}', { params: { path: { id: dispositionId } } }),
    429: ({ limited, dispositionId }) => limited.DELETE('/dispositions/{id}', { params: { path: { id: dispositionId } } }),
    503: ({ down, dispositionId }) => down.DELETE('/dispositions/{id}', { params: { path: { id: dispositionId } } }),
    404: ({ client }) => client.DELETE('/dispositions/{id}', { params: { path: { id: missing } } }),
    412: ({ client, dispositionId }) => client.DELETE('/dispositions/{id}', { params: { path: { id: dispositionId }, header: { 'If-Match': '"stale"' } } }),
  },
  listLeadDispositions: {
    200: ({ client, leadId }) => client.GET('/dispositions/lead/{leadId}', { params: { path: { leadId } } }),
    400: ({ client }) => client.GET('/dispositions/lead/{leadId}', { params: { path: { leadId: badId } } }),
    401: ({ anonymous, leadId }) => anonymous.GET('/dispositions/lead/{leadId}', { params: { path: { leadId } } }),
    429: ({ limited, leadId }) => limited.GET('/dispositions/lead/{leadId}', { params: { path: { leadId } } }),
    422: ({ client, longHistoryLeadId }) => client.GET('/dispositions/lead/{leadId}', { params: { path: { leadId: longHistoryLeadId } } }),
    503: ({ down, leadId }) => down.GET('/dispositions/lead/{leadId}', { params: { path: { leadId } } }),
    404: ({ client }) => client.GET('/dispositions/lead/{leadId}', { params: { path: { leadId: missing } } }),
  },
  exportLeadDispositions: {
    200: ({ client, leadId }) => client.GET('/dispositions/lead/{leadId}/export', { params: { path: { leadId } } }),
    400: ({ client }) => client.GET('/dispositions/lead/{leadId}/export', { params: { path: { leadId: badId } } }),
    401: ({ anonymous, leadId }) => anonymous.GET('/dispositions/lead/{leadId}/export', { params: { path: { leadId } } }),
    429: ({ limited, leadId }) => limited.GET('/dispositions/lead/{leadId}/export', { params: { path: { leadId } } }),
    503: ({ down, leadId }) => down.GET('/dispositions/lead/{leadId}/export', { params: { path: { leadId } } }),
    404: ({ client }) => client.GET('/dispositions/lead/{leadId}/export', { params: { path: { leadId: missing } } }),
    422: ({ client, longHistoryLeadId }) => client.GET('/dispositions/lead/{leadId}/export', { params: { path: { leadId: longHistoryLeadId } } }),
  },
  queryDispositions: {
    200: ({ client }) => client.POST('/dispositions/all/my', { body: { pageSize: 1, includeCount: true } }),
    400: ({ client }) => client.POST('/dispositions/all/my', { body: { pageSize: 501 } }),
    401: ({ anonymous }) => anonymous.POST('/dispositions/all/my', { body: {} }),
    429: ({ limited }) => limited.POST('/dispositions/all/my', { body: {} }),
    503: ({ down }) => down.POST('/dispositions/all/my', { body: {} }),
    413: ({ client }) => client.POST('/dispositions/all/my', { body: { search: overLimit } }),
    415: ({ client }) => client.POST('/dispositions/all/my', { body: {}, ...asForm }),
  },
  recordLeadStatusChange: {
    201: ({ client, leadId }) => client.PUT('/leads/{id}/status', { params: { path: { id: leadId } }, body: buildStatusChange() }),
    400: ({ client, leadId }) => client.PUT('/leads/{id}/status', { params: { path: { id: leadId } }, body: { category: 'Sold' } as never }),
    401: ({ anonymous, leadId }) => anonymous.PUT('/leads/{id}/status', { params: { path: { id: leadId } }, body: buildStatusChange() }),
    429: ({ limited, leadId }) => limited.PUT('/leads/{id}/status', { params: { path: { id: leadId } }, body: buildStatusChange() }),
    503: ({ down, leadId }) => down.PUT('/leads/{id}/status', { params: { path: { id: leadId } }, body: buildStatusChange() }),
    404: ({ client }) => client.PUT('/leads/{id}/status', { params: { path: { id: missing } }, body: buildStatusChange() }),
    413: ({ client, leadId }) => client.PUT('/leads/{id}/status', { params: { path: { id: leadId } }, body: buildStatusChange({ notes: overLimit }) }),
    415: ({ client, leadId }) => client.PUT('/leads/{id}/status', { params: { path: { id: leadId } }, body: buildStatusChange(), ...asForm }),
    422: ({ client, leadId, archivedStatusName }) =>
      client.PUT('/leads/{id}/status', { params: { path: { id: leadId } }, body: buildStatusChange({ outcome: archivedStatusName }) }),
  },
  listLeadStatusHistory: {
    200: ({ client, leadId }) => client.GET('/leads/{id}/status-history', { params: { path: { id: leadId } } }),
    400: ({ client }) => client.GET('/leads/{id}/status-history', { params: { path: { id: badId } } }),
    401: ({ anonymous, leadId }) => anonymous.GET('/leads/{id}/status-history', { params: { path: { id: leadId } } }),
    429: ({ limited, leadId }) => limited.GET('/leads/{id}/status-history', { params: { path: { id: leadId } } }),
    422: ({ client, longHistoryLeadId }) => client.GET('/leads/{id}/status-history', { params: { path: { id: longHistoryLeadId } } }),
    503: ({ down, leadId }) => down.GET('/leads/{id}/status-history', { params: { path: { id: leadId } } }),
    404: ({ client }) => client.GET('/leads/{id}/status-history', { params: { path: { id: missing } } }),
  },
  exportLeadStatusHistory: {
    200: ({ client, leadId }) => client.GET('/leads/{id}/status-history/export', { params: { path: { id: leadId } } }),
    400: ({ client }) => client.GET('/leads/{id}/status-history/export', { params: { path: { id: badId } } }),
    401: ({ anonymous, leadId }) => anonymous.GET('/leads/{id}/status-history/export', { params: { path: { id: leadId } } }),
    429: ({ limited, leadId }) => limited.GET('/leads/{id}/status-history/export', { params: { path: { id: leadId } } }),
    503: ({ down, leadId }) => down.GET('/leads/{id}/status-history/export', { params: { path: { id: leadId } } }),
    404: ({ client }) => client.GET('/leads/{id}/status-history/export', { params: { path: { id: missing } } }),
    422: ({ client, longHistoryLeadId }) => client.GET('/leads/{id}/status-history/export', { params: { path: { id: longHistoryLeadId } } }),
  },
  getLeadStatusChange: {
    200: ({ client, dispositionId }) => client.GET('/lead-status-changes/{id}', { params: { path: { id: dispositionId } } }),
    400: ({ client }) => client.GET('/lead-status-changes/{id}', { params: { path: { id: badId } } }),
    401: ({ anonymous, dispositionId }) => anonymous.GET('/lead-status-changes/{id}', { params: { path: { id: dispositionId } } }),
    429: ({ limited, dispositionId }) => limited.GET('/lead-status-changes/{id}', { params: { path: { id: dispositionId } } }),
    503: ({ down, dispositionId }) => down.GET('/lead-status-changes/{id}', { params: { path: { id: dispositionId } } }),
    404: ({ client }) => client.GET('/lead-status-changes/{id}', { params: { path: { id: missing } } }),
    304: async ({ client, dispositionId }) => {
      const { response } = await client.GET('/lead-status-changes/{id}', { params: { path: { id: dispositionId } } });
      return client.GET('/lead-status-changes/{id}', { params: { path: { id: dispositionId }, header: { 'If-None-Match': response.headers.get('etag')! } } });
    },
  },
  updateLeadStatusChange: {
    200: ({ client, dispositionId }) => client.PUT('/lead-status-changes/{id}', { params: { path: { id: dispositionId } }, body: { outcome: 'Contacted' } }),
    400: ({ client, dispositionId }) =>
      client.PUT('/lead-status-changes/{id}', { params: { path: { id: dispositionId } }, body: { leadId: missing } as never }),
    401: ({ anonymous, dispositionId }) => anonymous.PUT('/lead-status-changes/{id}', { params: { path: { id: dispositionId } }, body: {} }),
    429: ({ limited, dispositionId }) => limited.PUT('/lead-status-changes/{id}', { params: { path: { id: dispositionId } }, body: {} }),
    503: ({ down, dispositionId }) => down.PUT('/lead-status-changes/{id}', { params: { path: { id: dispositionId } }, body: {} }),
    404: ({ client }) => client.PUT('/lead-status-changes/{id}', { params: { path: { id: missing } }, body: {} }),
    413: ({ client, dispositionId }) => client.PUT('/lead-status-changes/{id}', { params: { path: { id: dispositionId } }, body: { notes: overLimit } }),
    415: ({ client, dispositionId }) => client.PUT('/lead-status-changes/{id}', { params: { path: { id: dispositionId } }, body: {}, ...asForm }),
    412: ({ client, dispositionId }) =>
      client.PUT('/lead-status-changes/{id}', { params: { path: { id: dispositionId }, header: { 'If-Match': '"stale"' } }, body: { outcome: 'Sold' } }),
    422: ({ client, dispositionId, archivedStatusName }) =>
      client.PUT('/lead-status-changes/{id}', { params: { path: { id: dispositionId } }, body: { outcome: archivedStatusName } }),
  },
  deleteLeadStatusChange: {
    204: async ({ client, leadId }) => {
      const { id } = await createDisposition(client, leadId);
      return client.DELETE('/lead-status-changes/{id}', { params: { path: { id } } });
    },
    400: ({ client }) => client.DELETE('/lead-status-changes/{id}', { params: { path: { id: badId } } }),
    401: ({ anonymous, dispositionId }) => anonymous.DELETE('/lead-status-changes/{id}', { params: { path: { id: dispositionId } } }),
    429: ({ limited, dispositionId }) => limited.DELETE('/lead-status-changes/{id}', { params: { path: { id: dispositionId } } }),
    503: ({ down, dispositionId }) => down.DELETE('/lead-status-changes/{id}', { params: { path: { id: dispositionId } } }),
    404: ({ client }) => client.DELETE('/lead-status-changes/{id}', { params: { path: { id: missing } } }),
    412: ({ client, dispositionId }) =>
      client.DELETE('/lead-status-changes/{id}', { params: { path: { id: dispositionId }, header: { 'If-Match': '"stale"' } } }),
  },
  queryLeadStatusChanges: {
    200: ({ client }) =>
      client.POST('/lead-status-changes/all/my', { body: { pageSize: 1, includeCount: true, orderBy: [{ field: 'changedAt', direction: 'desc' }] } }),
    400: ({ client }) => client.POST('/lead-status-changes/all/my', { body: { filters: [{ field: 'leadName', value: 'Ada' }] } as never }),
    401: ({ anonymous }) => anonymous.POST('/lead-status-changes/all/my', { body: {} }),
    429: ({ limited }) => limited.POST('/lead-status-changes/all/my', { body: {} }),
    503: ({ down }) => down.POST('/lead-status-changes/all/my', { body: {} }),
    413: ({ client }) => client.POST('/lead-status-changes/all/my', { body: { search: overLimit } }),
    415: ({ client }) => client.POST('/lead-status-changes/all/my', { body: {}, ...asForm }),
  },
  listLeadStatuses: {
    200: ({ client }) => client.GET('/lead-statuses', { params: { query: { includeArchived: true } } }),
    400: ({ client }) => client.GET('/lead-statuses', { params: { query: { includeArchived: 'maybe' as never } } }),
    401: ({ anonymous }) => anonymous.GET('/lead-statuses'),
    429: ({ limited }) => limited.GET('/lead-statuses'),
    503: ({ down }) => down.GET('/lead-statuses'),
  },
  createLeadStatus: {
    201: ({ client }) => client.POST('/lead-statuses', { body: buildLeadStatus() }),
    400: ({ client }) => client.POST('/lead-statuses', { body: { color: 'red' } as never }),
    401: ({ anonymous }) => anonymous.POST('/lead-statuses', { body: buildLeadStatus() }),
    429: ({ limited }) => limited.POST('/lead-statuses', { body: buildLeadStatus() }),
    503: ({ down }) => down.POST('/lead-statuses', { body: buildLeadStatus() }),
    409: async ({ client }) => {
      const { name } = await createLeadStatus(client);
      return client.POST('/lead-statuses', { body: buildLeadStatus({ name: name.toUpperCase() }) });
    },
    413: ({ client }) => client.POST('/lead-statuses', { body: buildLeadStatus({ color: overLimit }) }),
    415: ({ client }) => client.POST('/lead-statuses', { body: buildLeadStatus(), ...asForm }),
    422: ({ fullCatalog }) => fullCatalog.POST('/lead-statuses', { body: buildLeadStatus() }),
  },
  getLeadStatus: {
    200: ({ client, leadStatusId }) => client.GET('/lead-statuses/{id}', { params: { path: { id: leadStatusId } } }),
    400: ({ client }) => client.GET('/lead-statuses/{id}', { params: { path: { id: badId } } }),
    401: ({ anonymous, leadStatusId }) => anonymous.GET('/lead-statuses/{id}', { params: { path: { id: leadStatusId } } }),
    429: ({ limited, leadStatusId }) => limited.GET('/lead-statuses/{id}', { params: { path: { id: leadStatusId } } }),
    503: ({ down, leadStatusId }) => down.GET('/lead-statuses/{id}', { params: { path: { id: leadStatusId } } }),
    404: ({ client }) => client.GET('/lead-statuses/{id}', { params: { path: { id: missing } } }),
    304: async ({ client, leadStatusId }) => {
      const { response } = await client.GET('/lead-statuses/{id}', { params: { path: { id: leadStatusId } } });
      return client.GET('/lead-statuses/{id}', { params: { path: { id: leadStatusId }, header: { 'If-None-Match': response.headers.get('etag')! } } });
    },
  },
  updateLeadStatus: {
    200: ({ client, leadStatusId }) => client.PUT('/lead-statuses/{id}', { params: { path: { id: leadStatusId } }, body: { color: '#16a34a' } }),
    400: ({ client, leadStatusId }) => client.PUT('/lead-statuses/{id}', { params: { path: { id: leadStatusId } }, body: { sortOrder: 'first' } as never }),
    401: ({ anonymous, leadStatusId }) => anonymous.PUT('/lead-statuses/{id}', { params: { path: { id: leadStatusId } }, body: {} }),
    429: ({ limited, leadStatusId }) => limited.PUT('/lead-statuses/{id}', { params: { path: { id: leadStatusId } }, body: {} }),
    503: ({ down, leadStatusId }) => down.PUT('/lead-statuses/{id}', { params: { path: { id: leadStatusId } }, body: {} }),
    404: ({ client }) => client.PUT('/lead-statuses/{id}', { params: { path: { id: missing } }, body: {} }),
    409: async ({ client, leadStatusId }) => {
      const { name } = await createLeadStatus(client);
      return client.PUT('/lead-statuses/{id}', { params: { path: { id: leadStatusId } }, body: { name } });
    },
    412: ({ client, leadStatusId }) =>
      client.PUT('/lead-statuses/{id}', { params: { path: { id: leadStatusId }, header: { 'If-Match': '"stale"' } }, body: {} }),
    413: ({ client, leadStatusId }) => client.PUT('/lead-statuses/{id}', { params: { path: { id: leadStatusId } }, body: { color: overLimit } }),
    415: ({ client, leadStatusId }) => client.PUT('/lead-statuses/{id}', { params: { path: { id: leadStatusId } }, body: {}, ...asForm }),
  },
  archiveLeadStatus: {
    200: async ({ client }) => {
      const { id } = await createLeadStatus(client);
      return client.DELETE('/lead-statuses/{id}', { params: { path: { id } } });
    },
    400: ({ client }) => client.DELETE('/lead-statuses/{id}', { params: { path: { id: badId } } }),
    401: ({ anonymous, leadStatusId }) => anonymous.DELETE('/lead-statuses/{id}', { params: { path: { id: leadStatusId } } }),
    429: ({ limited, leadStatusId }) => limited.DELETE('/lead-statuses/{id}', { params: { path: { id: leadStatusId } } }),
    503: ({ down, leadStatusId }) => down.DELETE('/lead-statuses/{id}', { params: { path: { id: leadStatusId } } }),
    404: ({ client }) => client.DELETE('/lead-statuses/{id}', { params: { path: { id: missing } } }),
    412: ({ client, leadStatusId }) => client.DELETE('/lead-statuses/{id}', { params: { path: { id: leadStatusId }, header: { 'If-Match': '"stale"' } } }),
  },
  createLead: {
    201: ({ client }) => client.POST('/leads', { body: buildLead() }),
    400: ({ client }) => client.POST('/leads', { body: { contact: { email: 42 } } as never }),
    401: ({ anonymous }) => anonymous.POST('/leads', { body: buildLead() }),
    429: ({ limited }) => limited.POST('/leads', { body: buildLead() }),
    503: ({ down }) => down.POST('/leads', { body: buildLead() }),
    422: async ({ client }) => {
      const headers = { 'Idempotency-Key': randomUUID() };
      await client.POST('/leads', { body: buildLead(), headers });
      return client.POST('/leads', { body: buildLead(), headers });
    },
    413: ({ client }) => client.POST('/leads', { body: buildLead({ metadata: { landingPage: overLimit } }) }),
    415: ({ client }) => client.POST('/leads', { body: buildLead(), ...asForm }),
  },
  getLead: {
    200: ({ client, leadId }) => client.GET('/leads/{id}', { params: { path: { id: leadId } } }),
    400: ({ client }) => client.GET('/leads/{id}', { params: { path: { id: badId } } }),
    401: ({ anonymous, leadId }) => anonymous.GET('/leads/{id}', { params: { path: { id: leadId } } }),
    429: ({ limited, leadId }) => limited.GET('/leads/{id}', { params: { path: { id: leadId } } }),
    503: ({ down, leadId }) => down.GET('/leads/{id}', { params: { path: { id: leadId } } }),
    404: ({ client }) => client.GET('/leads/{id}', { params: { path: { id: missing } } }),
    304: async ({ client, leadId }) => {
      const { response } = await client.GET('/leads/{id}', { params: { path: { id: leadId } } });
      return client.GET('/leads/{id}', { params: { path: { id: leadId }, header: { 'If-None-Match': response.headers.get('etag')! } } });
    },
  },
  updateLead: {
    200: ({ client, leadId }) => client.PUT('/leads/{id}', { params: { path: { id: leadId } }, body: { contact: { timeZoneId: 'Europe/London' } } }),
    400: ({ client, leadId }) => client.PUT('/leads/{id}', { params: { path: { id: leadId } }, body: { nickname: 'x' } as never }),
    401: ({ anonymous, leadId }) => anonymous.PUT('/leads/{id}', { params: { path: { id: leadId } }, body: {} }),
    429: ({ limited, leadId }) => limited.PUT('/leads/{id}', { params: { path: { id: leadId } }, body: {} }),
    503: ({ down, leadId }) => down.PUT('/leads/{id}', { params: { path: { id: leadId } }, body: {} }),
    404: ({ client }) => client.PUT('/leads/{id}', { params: { path: { id: missing } }, body: {} }),
    413: ({ client, leadId }) => client.PUT('/leads/{id}', { params: { path: { id: leadId } }, body: { contact: { firstName: overLimit } } }),
    415: ({ client, leadId }) => client.PUT('/leads/{id}', { params: { path: { id: leadId } }, body: {}, ...asForm }),
    412: ({ client, leadId }) => client.PUT('/leads/{id}', { params: { path: { id: leadId }, header: { 'If-Match': '"stale"' } }, body: {} }),
  },
  deleteLead: {
    204: async ({ client }) => {
      const { id } = await createLead(client);
      return client.DELETE('/leads/{id}', { params: { path: { id } } });
    },
    400: ({ client }) => client.DELETE('/leads/{id}', { params: { path: { id: badId } } }),
    401: ({ anonymous, leadId }) => anonymous.DELETE('/leads/{id}', { params: { path: { id: leadId } } }),
    429: ({ limited, leadId }) => limited.DELETE('/leads/{id}', { params: { path: { id: leadId } } }),
    503: ({ down, leadId }) => down.DELETE('/leads/{id}', { params: { path: { id: leadId } } }),
    404: ({ client }) => client.DELETE('/leads/{id}', { params: { path: { id: missing } } }),
    412: ({ client, leadId }) => client.DELETE('/leads/{id}', { params: { path: { id: leadId }, header: { 'If-Match': '"stale"' } } }),
  },
  queryLeads: {
    200: ({ client }) => client.POST('/leads/all/my', { body: { pageSize: 1, search: 'Ada' } }),
    400: ({ client }) => client.POST('/leads/all/my', { body: { orderBy: [{ field: 'password' }] } as never }),
    401: ({ anonymous }) => anonymous.POST('/leads/all/my', { body: {} }),
    429: ({ limited }) => limited.POST('/leads/all/my', { body: {} }),
    503: ({ down }) => down.POST('/leads/all/my', { body: {} }),
    413: ({ client }) => client.POST('/leads/all/my', { body: { search: overLimit } }),
    415: ({ client }) => client.POST('/leads/all/my', { body: {}, ...asForm }),
  },
  reportOutcomes: {
    200: ({ client }) => client.POST('/reports/outcomes', { body: { ...report, groupBy: ['week', 'category'] } }),
    400: ({ client }) => client.POST('/reports/outcomes', { body: { ...report, timeZone: 'Mars/Olympus_Mons' } }),
    401: ({ anonymous }) => anonymous.POST('/reports/outcomes', { body: report }),
    413: ({ client }) => client.POST('/reports/outcomes', { body: { ...report, search: overLimit } }),
    415: ({ client }) => client.POST('/reports/outcomes', { body: report, ...asForm }),
    422: ({ bigReports }) => bigReports.POST('/reports/outcomes', { body: { ...report, groupBy: ['outcome'] } }),
    429: ({ limited }) => limited.POST('/reports/outcomes', { body: report }),
    503: ({ down }) => down.POST('/reports/outcomes', { body: report }),
  },
  reportFollowUps: {
    200: ({ client }) => client.POST('/reports/follow-ups', { body: { ...report, groupBy: ['kind', 'week'] } }),
    400: ({ client }) => client.POST('/reports/follow-ups', { body: { ...report, to: report.from } }),
    401: ({ anonymous }) => anonymous.POST('/reports/follow-ups', { body: report }),
    413: ({ client }) => client.POST('/reports/follow-ups', { body: { ...report, search: overLimit } }),
    415: ({ client }) => client.POST('/reports/follow-ups', { body: report, ...asForm }),
    422: ({ bigReports }) => bigReports.POST('/reports/follow-ups', { body: { ...report, groupBy: ['assignedToUserId'] } }),
    429: ({ limited }) => limited.POST('/reports/follow-ups', { body: report }),
    503: ({ down }) => down.POST('/reports/follow-ups', { body: report }),
  },
  listFollowUps: {
    200: ({ client }) => client.GET('/follow-ups', { params: { query: { view: 'upcoming', includeCount: true } } }),
    400: ({ client }) => client.GET('/follow-ups', { params: { query: { timeZone: 'Nowhere/Special' } } }),
    401: ({ anonymous }) => anonymous.GET('/follow-ups'),
    429: ({ limited }) => limited.GET('/follow-ups'),
    503: ({ down }) => down.GET('/follow-ups'),
  },
  listCalendarFeeds: {
    200: ({ client }) => client.GET('/calendar-feeds'),
    401: ({ anonymous }) => anonymous.GET('/calendar-feeds'),
    429: ({ limited }) => limited.GET('/calendar-feeds'),
    503: ({ down }) => down.GET('/calendar-feeds'),
  },
  createCalendarFeed: {
    201: ({ client }) => client.POST('/calendar-feeds', { body: { assignedToUserId: 'user-1', kinds: ['callback'] } }),
    400: ({ client }) => client.POST('/calendar-feeds', { body: { kinds: ['callback'] } as never }),
    401: ({ anonymous }) => anonymous.POST('/calendar-feeds', { body: { assignedToUserId: 'user-1' } }),
    413: ({ client }) => client.POST('/calendar-feeds', { body: { assignedToUserId: overLimit } }),
    415: ({ client }) => client.POST('/calendar-feeds', { body: { assignedToUserId: 'user-1' }, ...asForm }),
    422: ({ fullFeeds }) => fullFeeds.POST('/calendar-feeds', { body: { assignedToUserId: 'user-1' } }),
    429: ({ limited }) => limited.POST('/calendar-feeds', { body: { assignedToUserId: 'user-1' } }),
    503: ({ down }) => down.POST('/calendar-feeds', { body: { assignedToUserId: 'user-1' } }),
  },
  deleteCalendarFeed: {
    204: async ({ client }) => {
      const { data } = await client.POST('/calendar-feeds', { body: { assignedToUserId: 'user-1' } });
      return client.DELETE('/calendar-feeds/{id}', { params: { path: { id: data!.id } } });
    },
    400: ({ client }) => client.DELETE('/calendar-feeds/{id}', { params: { path: { id: badId } } }),
    401: ({ anonymous, feedId }) => anonymous.DELETE('/calendar-feeds/{id}', { params: { path: { id: feedId } } }),
    404: ({ client }) => client.DELETE('/calendar-feeds/{id}', { params: { path: { id: missing } } }),
    429: ({ limited, feedId }) => limited.DELETE('/calendar-feeds/{id}', { params: { path: { id: feedId } } }),
    503: ({ down, feedId }) => down.DELETE('/calendar-feeds/{id}', { params: { path: { id: feedId } } }),
  },
  rotateCalendarFeed: {
    200: async ({ client }) => {
      const { data } = await client.POST('/calendar-feeds', { body: { assignedToUserId: 'user-1' } });
      return client.POST('/calendar-feeds/{id}/rotate', { params: { path: { id: data!.id } } });
    },
    400: ({ client }) => client.POST('/calendar-feeds/{id}/rotate', { params: { path: { id: badId } } }),
    401: ({ anonymous, feedId }) => anonymous.POST('/calendar-feeds/{id}/rotate', { params: { path: { id: feedId } } }),
    404: ({ client }) => client.POST('/calendar-feeds/{id}/rotate', { params: { path: { id: missing } } }),
    429: ({ limited, feedId }) => limited.POST('/calendar-feeds/{id}/rotate', { params: { path: { id: feedId } } }),
    503: ({ down, feedId }) => down.POST('/calendar-feeds/{id}/rotate', { params: { path: { id: feedId } } }),
  },
  getCalendar: {
    200: ({ anonymous, feedToken }) => anonymous.GET('/calendar.ics', { params: { query: { token: feedToken } }, parseAs: 'text' }),
    304: async ({ anonymous, feedToken }) => {
      const { response } = await anonymous.GET('/calendar.ics', { params: { query: { token: feedToken } }, parseAs: 'text' });
      return anonymous.GET('/calendar.ics', {
        params: { query: { token: feedToken }, header: { 'If-None-Match': response.headers.get('etag')! } },
        parseAs: 'text',
      });
    },
    400: ({ anonymous }) => anonymous.GET('/calendar.ics', { params: { query: {} as never } }),
    404: ({ anonymous }) => anonymous.GET('/calendar.ics', { params: { query: { token: unknownFeedToken } } }),
    429: ({ limitedAnonymous }) => limitedAnonymous.GET('/calendar.ics', { params: { query: { token: unknownFeedToken } } }),
    503: ({ down }) => down.GET('/calendar.ics', { params: { query: { token: unknownFeedToken } } }),
  },
  listChangeEvents: {
    200: ({ client, leadId }) => client.GET('/change-events', { params: { query: { leadId, types: ['lead.*', 'disposition.created'], pageSize: 2 } } }),
    400: ({ client }) => client.GET('/change-events', { params: { query: { types: ['Lead Created'] } } }),
    401: ({ anonymous }) => anonymous.GET('/change-events'),
    404: ({ client }) => client.GET('/change-events', { params: { query: { after: missingEvent } } }),
    429: ({ limited }) => limited.GET('/change-events'),
    503: ({ down }) => down.GET('/change-events'),
  },
  getChangeEvent: {
    200: ({ client, eventId }) => client.GET('/change-events/{id}', { params: { path: { id: eventId } } }),
    400: ({ client }) => client.GET('/change-events/{id}', { params: { path: { id: badId } } }),
    401: ({ anonymous, eventId }) => anonymous.GET('/change-events/{id}', { params: { path: { id: eventId } } }),
    404: ({ client }) => client.GET('/change-events/{id}', { params: { path: { id: missingEvent } } }),
    429: ({ limited, eventId }) => limited.GET('/change-events/{id}', { params: { path: { id: eventId } } }),
    503: ({ down, eventId }) => down.GET('/change-events/{id}', { params: { path: { id: eventId } } }),
  },
  listWebhookEndpoints: {
    200: ({ client }) => client.GET('/webhook-endpoints'),
    401: ({ anonymous }) => anonymous.GET('/webhook-endpoints'),
    429: ({ limited }) => limited.GET('/webhook-endpoints'),
    503: ({ down }) => down.GET('/webhook-endpoints'),
  },
  createWebhookEndpoint: {
    201: ({ client }) => createEndpoint(client),
    400: ({ client }) => client.POST('/webhook-endpoints', { body: { ...nowhere, url: 'hooks.example.com/dispositions' } }),
    401: ({ anonymous }) => anonymous.POST('/webhook-endpoints', { body: nowhere }),
    413: ({ client }) => client.POST('/webhook-endpoints', { body: { ...nowhere, description: overLimit } }),
    415: ({ client }) => client.POST('/webhook-endpoints', { body: nowhere, ...asForm }),
    422: ({ fullEndpoints }) => fullEndpoints.POST('/webhook-endpoints', { body: nowhere }),
    429: ({ limited }) => limited.POST('/webhook-endpoints', { body: nowhere }),
    503: ({ down }) => down.POST('/webhook-endpoints', { body: nowhere }),
  },
  getWebhookEndpoint: {
    200: ({ client, endpointId }) => client.GET('/webhook-endpoints/{id}', { params: { path: { id: endpointId } } }),
    400: ({ client }) => client.GET('/webhook-endpoints/{id}', { params: { path: { id: badId } } }),
    401: ({ anonymous, endpointId }) => anonymous.GET('/webhook-endpoints/{id}', { params: { path: { id: endpointId } } }),
    404: ({ client }) => client.GET('/webhook-endpoints/{id}', { params: { path: { id: missing } } }),
    429: ({ limited, endpointId }) => limited.GET('/webhook-endpoints/{id}', { params: { path: { id: endpointId } } }),
    503: ({ down, endpointId }) => down.GET('/webhook-endpoints/{id}', { params: { path: { id: endpointId } } }),
  },
  updateWebhookEndpoint: {
    200: ({ client, endpointId }) =>
      client.PATCH('/webhook-endpoints/{id}', { params: { path: { id: endpointId } }, body: { description: 'CRM sync', eventTypes: ['disposition.*'] } }),
    400: ({ client, endpointId }) => client.PATCH('/webhook-endpoints/{id}', { params: { path: { id: endpointId } }, body: {} }),
    401: ({ anonymous, endpointId }) => anonymous.PATCH('/webhook-endpoints/{id}', { params: { path: { id: endpointId } }, body: { enabled: false } }),
    404: ({ client }) => client.PATCH('/webhook-endpoints/{id}', { params: { path: { id: missing } }, body: { enabled: false } }),
    413: ({ client, endpointId }) => client.PATCH('/webhook-endpoints/{id}', { params: { path: { id: endpointId } }, body: { description: overLimit } }),
    415: ({ client, endpointId }) => client.PATCH('/webhook-endpoints/{id}', { params: { path: { id: endpointId } }, body: { enabled: false }, ...asForm }),
    429: ({ limited, endpointId }) => limited.PATCH('/webhook-endpoints/{id}', { params: { path: { id: endpointId } }, body: { enabled: false } }),
    503: ({ down, endpointId }) => down.PATCH('/webhook-endpoints/{id}', { params: { path: { id: endpointId } }, body: { enabled: false } }),
  },
  deleteWebhookEndpoint: {
    204: async ({ client }) => {
      const { data } = await client.POST('/webhook-endpoints', { body: nowhere });
      return client.DELETE('/webhook-endpoints/{id}', { params: { path: { id: data!.id } } });
    },
    400: ({ client }) => client.DELETE('/webhook-endpoints/{id}', { params: { path: { id: badId } } }),
    401: ({ anonymous, endpointId }) => anonymous.DELETE('/webhook-endpoints/{id}', { params: { path: { id: endpointId } } }),
    404: ({ client }) => client.DELETE('/webhook-endpoints/{id}', { params: { path: { id: missing } } }),
    429: ({ limited, endpointId }) => limited.DELETE('/webhook-endpoints/{id}', { params: { path: { id: endpointId } } }),
    503: ({ down, endpointId }) => down.DELETE('/webhook-endpoints/{id}', { params: { path: { id: endpointId } } }),
  },
  rotateWebhookSecret: {
    200: ({ client, endpointId }) =>
      client.POST('/webhook-endpoints/{id}/rotate-secret', { params: { path: { id: endpointId } }, body: { overlapSeconds: 60 } }),
    400: ({ client, endpointId }) =>
      client.POST('/webhook-endpoints/{id}/rotate-secret', { params: { path: { id: endpointId } }, body: { overlapSeconds: 604_801 } }),
    401: ({ anonymous, endpointId }) =>
      anonymous.POST('/webhook-endpoints/{id}/rotate-secret', { params: { path: { id: endpointId } }, body: { overlapSeconds: 60 } }),
    404: ({ client }) => client.POST('/webhook-endpoints/{id}/rotate-secret', { params: { path: { id: missing } }, body: { overlapSeconds: 60 } }),
    413: ({ client, endpointId }) =>
      client.POST('/webhook-endpoints/{id}/rotate-secret', { params: { path: { id: endpointId } }, body: { overlapSeconds: 60, padding: overLimit } as never }),
    415: ({ client, endpointId }) =>
      client.POST('/webhook-endpoints/{id}/rotate-secret', { params: { path: { id: endpointId } }, body: { overlapSeconds: 60 }, ...asForm }),
    429: ({ limited, endpointId }) =>
      limited.POST('/webhook-endpoints/{id}/rotate-secret', { params: { path: { id: endpointId } }, body: { overlapSeconds: 60 } }),
    503: ({ down, endpointId }) => down.POST('/webhook-endpoints/{id}/rotate-secret', { params: { path: { id: endpointId } }, body: { overlapSeconds: 60 } }),
  },
  testWebhookEndpoint: {
    200: ({ client, endpointId }) => client.POST('/webhook-endpoints/{id}/test', { params: { path: { id: endpointId } } }),
    400: ({ client }) => client.POST('/webhook-endpoints/{id}/test', { params: { path: { id: badId } } }),
    401: ({ anonymous, endpointId }) => anonymous.POST('/webhook-endpoints/{id}/test', { params: { path: { id: endpointId } } }),
    404: ({ client }) => client.POST('/webhook-endpoints/{id}/test', { params: { path: { id: missing } } }),
    429: ({ limited, endpointId }) => limited.POST('/webhook-endpoints/{id}/test', { params: { path: { id: endpointId } } }),
    503: ({ down, endpointId }) => down.POST('/webhook-endpoints/{id}/test', { params: { path: { id: endpointId } } }),
  },
  listWebhookDeliveries: {
    200: ({ client, endpointId }) =>
      client.GET('/webhook-endpoints/{id}/deliveries', { params: { path: { id: endpointId }, query: { eventType: 'webhook.test', pageSize: 1 } } }),
    400: ({ client, endpointId }) =>
      client.GET('/webhook-endpoints/{id}/deliveries', { params: { path: { id: endpointId }, query: { status: 'lost' as never } } }),
    401: ({ anonymous, endpointId }) => anonymous.GET('/webhook-endpoints/{id}/deliveries', { params: { path: { id: endpointId } } }),
    404: ({ client }) => client.GET('/webhook-endpoints/{id}/deliveries', { params: { path: { id: missing } } }),
    429: ({ limited, endpointId }) => limited.GET('/webhook-endpoints/{id}/deliveries', { params: { path: { id: endpointId } } }),
    503: ({ down, endpointId }) => down.GET('/webhook-endpoints/{id}/deliveries', { params: { path: { id: endpointId } } }),
  },
  retryWebhookDelivery: {
    202: ({ client, endpointId, deliveryId }) =>
      client.POST('/webhook-endpoints/{id}/deliveries/{deliveryId}/retry', { params: { path: { id: endpointId, deliveryId } } }),
    400: ({ client, endpointId }) =>
      client.POST('/webhook-endpoints/{id}/deliveries/{deliveryId}/retry', { params: { path: { id: endpointId, deliveryId: badId } } }),
    401: ({ anonymous, endpointId, deliveryId }) =>
      anonymous.POST('/webhook-endpoints/{id}/deliveries/{deliveryId}/retry', { params: { path: { id: endpointId, deliveryId } } }),
    404: ({ client, endpointId }) =>
      client.POST('/webhook-endpoints/{id}/deliveries/{deliveryId}/retry', { params: { path: { id: endpointId, deliveryId: missing } } }),
    429: ({ limited, endpointId, deliveryId }) =>
      limited.POST('/webhook-endpoints/{id}/deliveries/{deliveryId}/retry', { params: { path: { id: endpointId, deliveryId } } }),
    503: ({ down, endpointId, deliveryId }) =>
      down.POST('/webhook-endpoints/{id}/deliveries/{deliveryId}/retry', { params: { path: { id: endpointId, deliveryId } } }),
  },
  replayWebhookEvents: {
    202: ({ client, endpointId }) =>
      client.POST('/webhook-endpoints/{id}/replay', { params: { path: { id: endpointId } }, body: { since: '2026-01-01T00:00:00Z', eventTypes: ['lead.*'] } }),
    400: ({ client, endpointId }) => client.POST('/webhook-endpoints/{id}/replay', { params: { path: { id: endpointId } }, body: { since: 'last week' } }),
    401: ({ anonymous, endpointId }) =>
      anonymous.POST('/webhook-endpoints/{id}/replay', { params: { path: { id: endpointId } }, body: { since: report.from } }),
    404: ({ client }) => client.POST('/webhook-endpoints/{id}/replay', { params: { path: { id: missing } }, body: { since: report.from } }),
    413: ({ client, endpointId }) =>
      client.POST('/webhook-endpoints/{id}/replay', { params: { path: { id: endpointId } }, body: { since: report.from, eventTypes: [overLimit] } }),
    415: ({ client, endpointId }) =>
      client.POST('/webhook-endpoints/{id}/replay', { params: { path: { id: endpointId } }, body: { since: report.from }, ...asForm }),
    429: ({ limited, endpointId }) => limited.POST('/webhook-endpoints/{id}/replay', { params: { path: { id: endpointId } }, body: { since: report.from } }),
    503: ({ down, endpointId }) => down.POST('/webhook-endpoints/{id}/replay', { params: { path: { id: endpointId } }, body: { since: report.from } }),
  },
  getHealth: {
    200: ({ anonymous }) => anonymous.GET('/healthz'),
    429: ({ limitedAnonymous }) => limitedAnonymous.GET('/healthz'),
  },
  getReadiness: {
    200: ({ anonymous }) => anonymous.GET('/readyz'),
    429: ({ limitedAnonymous }) => limitedAnonymous.GET('/readyz'),
    503: async () => {
      // The app over a database nobody listens for; the client must not retry the 503.
      const db = createDatabase({ databaseUrl: `postgres://postgres@127.0.0.1:${await freePort()}/nowhere`, poolMax: 1 });
      const app = await startAppOver(db, { corsOrigins: [origin] });
      try {
        return await createDispositionsClient({ baseUrl: app.url, apiKey: null, retry: false, headers: fromOrigin }).GET('/readyz');
      } finally {
        await app.close();
        await db.destroy();
      }
    },
  },
  getApiReference: {
    200: ({ anonymous }) => anonymous.GET('/docs', { parseAs: 'text' }),
    429: ({ limitedAnonymous }) => limitedAnonymous.GET('/docs', { parseAs: 'text' }),
  },
  getOpenApiJson: {
    200: ({ anonymous }) => anonymous.GET('/openapi.json'),
    429: ({ limitedAnonymous }) => limitedAnonymous.GET('/openapi.json'),
  },
  getOpenApiYaml: {
    200: ({ anonymous }) => anonymous.GET('/openapi.yaml', { parseAs: 'text' }),
    429: ({ limitedAnonymous }) => limitedAnonymous.GET('/openapi.yaml', { parseAs: 'text' }),
  },
  getMetrics: {
    200: ({ anonymous }) => anonymous.GET('/metrics', { parseAs: 'text' }),
    404: ({ down }) => down.GET('/metrics', { parseAs: 'text' }),
    429: ({ limitedAnonymous }) => limitedAnonymous.GET('/metrics', { parseAs: 'text' }),
  },
};

const checkResponse = createResponseChecker(spec);

let server: TestServer;
let throttled: TestServer;
let unreachable: { db: Database; app: Listening };
let context: Context;

beforeAll(async () => {
  // Rate limiting and CORS on, so that every header the spec documents is sent.
  server = await startTestServer(undefined, { rateLimitPerMinute: 1_000_000, corsOrigins: [origin] });
  const { apiKey, businessId } = await server.newBusiness();
  const client = createDispositionsClient({ baseUrl: server.url, apiKey, headers: fromOrigin });
  const lead = await createLead(client);
  const disposition = await createDisposition(client, lead.id);
  const longHistoryLead = await createLead(client);
  await insertHistory(server.db, businessId, longHistoryLead.id, jsonHistoryLimit + 1);
  const leadStatus = await createLeadStatus(client);
  const archived = await createLeadStatus(client);
  await client.DELETE('/lead-statuses/{id}', { params: { path: { id: archived.id } } });
  const full = await server.newBusiness();
  await server.db.raw(
    `INSERT INTO lead_statuses (business_id, id, name, category) SELECT ?, gen_random_uuid(), 'Status ' || n, 'Open' FROM generate_series(1, ?) AS n`,
    [full.businessId, leadStatusLimit],
  );
  const big = await server.newBusiness();
  const bigLead = await createLead(big.client);
  await server.db.raw(
    `INSERT INTO dispositions (business_id, id, lead_id, type, outcome, "timestamp", callback_at, assigned_to_user_id)
     SELECT ?, gen_random_uuid(), ?, 'Call', 'Outcome ' || n, '2026-11-10T00:00:00Z', '2026-11-11T00:00:00Z', 'user-' || n FROM generate_series(1, ?) AS n`,
    [big.businessId, bigLead.id, maxReportRows + 1],
  );
  const fullFeeds = await server.newBusiness();
  await server.db.raw(
    `INSERT INTO calendar_feeds (business_id, id, assigned_to_user_id, kinds, token_hash) SELECT ?, gen_random_uuid(), 'user-1', 'callback', md5(random()::text) || n FROM generate_series(1, ?) AS n`,
    [fullFeeds.businessId, calendarFeedLimit],
  );
  const feed = (await client.POST('/calendar-feeds', { body: { assignedToUserId: 'user-1' } })).data!;
  // Read softly: until the routes are served, only their own cases fail.
  await feedCaughtUp(server.db);
  const event = (await client.GET('/change-events', { params: { query: { leadId: lead.id, pageSize: 1 } } })).data?.items[0];
  const endpoint = (await createEndpoint(client)).data;
  const delivery = endpoint && (await client.POST('/webhook-endpoints/{id}/test', { params: { path: { id: endpoint.id } } })).data;
  const fullEndpoints = await server.newBusiness();
  // As many endpoints as the spec lets a business hold (WebhookEndpointList's maxItems).
  const endpointLimit: number = spec.components.schemas.WebhookEndpointList.properties.items.maxItems;
  await server.db.raw(
    `INSERT INTO webhook_endpoints (business_id, id, url, enabled, secret) SELECT ?, gen_random_uuid(), 'https://example.invalid/hooks/' || n, false, 'whsec_' || md5(random()::text) FROM generate_series(1, ?) AS n`,
    [fullEndpoints.businessId, endpointLimit],
  );
  const db = createDatabase({ databaseUrl: `postgres://postgres@127.0.0.1:${await freePort()}/unreachable`, poolMax: 1 });
  // Also an app whose metrics have a port of their own (METRICS_PORT): its API port answers /metrics 404.
  unreachable = { db, app: await startAppOver(db, { corsOrigins: [origin], metricsApart: true, rateLimitPerMinute: 1_000_000 }) };
  throttled = await startTestServer(undefined, { rateLimitPerMinute: 1, corsOrigins: [origin] });
  const { apiKey: limitedKey } = await throttled.newBusiness();
  const limited = createDispositionsClient({ baseUrl: throttled.url, apiKey: limitedKey, retry: false, headers: fromOrigin });
  await limited.POST('/leads/all/my', { body: {} });
  const limitedAnonymous = createDispositionsClient({ baseUrl: throttled.url, apiKey: null, retry: false, headers: fromOrigin });
  // The probes are counted apart from the rest of the address's anonymous requests: use up both.
  await limitedAnonymous.GET('/healthz');
  await limitedAnonymous.GET('/openapi.json');
  context = {
    client,
    anonymous: createDispositionsClient({ baseUrl: server.url, apiKey: null, headers: fromOrigin }),
    limited,
    limitedAnonymous,
    down: createDispositionsClient({ baseUrl: unreachable.app.url, apiKey: 'dsp_any', retry: false, headers: fromOrigin }),
    leadId: lead.id,
    dispositionId: disposition.id,
    longHistoryLeadId: longHistoryLead.id,
    leadStatusId: leadStatus.id,
    archivedStatusName: archived.name,
    fullCatalog: createDispositionsClient({ baseUrl: server.url, apiKey: full.apiKey, headers: fromOrigin }),
    bigReports: createDispositionsClient({ baseUrl: server.url, apiKey: big.apiKey, headers: fromOrigin }),
    fullFeeds: createDispositionsClient({ baseUrl: server.url, apiKey: fullFeeds.apiKey, headers: fromOrigin }),
    feedId: feed.id,
    feedToken: new URL(feed.url).searchParams.get('token')!,
    eventId: event?.id ?? missingEvent,
    endpointId: endpoint?.id ?? missing,
    deliveryId: delivery?.id ?? missing,
    fullEndpoints: createDispositionsClient({ baseUrl: server.url, apiKey: fullEndpoints.apiKey, headers: fromOrigin }),
  };
});
afterAll(async () => {
  for (const { client, id } of endpointsCreated) await client.DELETE('/webhook-endpoints/{id}', { params: { path: { id } } });
  await server.close();
  await throttled.close();
  await unreachable.app.close();
  await unreachable.db.destroy();
});

test('every operation and documented status in the spec has a contract case, and no case is for something the spec lacks', () => {
  const documented = specOperations.flatMap((operation) => Object.keys(operation.responses).map((status) => `${operation.operationId} ${status}`));
  const covered = Object.entries(cases).flatMap(([operationId, byStatus]) => Object.keys(byStatus).map((status) => `${operationId} ${status}`));

  expect(covered.sort()).toEqual(documented.sort());
});

describe.each(specOperations.map((operation) => [`${operation.method.toUpperCase()} ${operation.path}`, operation] as const))('%s', (_name, operation) => {
  const byStatus = cases[operation.operationId as ServiceOperation] as Record<string, (context: Context) => Promise<Result>>;

  test.each(Object.keys(operation.responses))('answers %s as the spec says', async (status) => {
    const { response, data, error } = await byStatus[status]!(context);

    expect(response.status).toBe(Number(status));
    expect(checkResponse(operation, { status: response.status, headers: response.headers, body: data ?? error }, { requireHeaders: true })).toEqual([]);
  });
});

test('the webhooks: section is not walked: its operations are exactly the on… ones, and no path of the server has one', () => {
  const webhookOperations = webhooksOf(spec).map(({ operationId }) => operationId);
  const served = specOperations.map(({ operationId }) => operationId);

  expect(webhookOperations).toHaveLength(Object.keys(spec.webhooks).length);
  expect(webhookOperations.every((operationId) => /^on[A-Z]/.test(operationId))).toBe(true);
  expect(served.filter((operationId) => /^on[A-Z]/.test(operationId))).toEqual([]);
  expect(Object.keys(cases).filter((operationId) => webhookOperations.includes(operationId))).toEqual([]);
});

test('every event the cases above caused, and a follow-up due and one missed, read from the feed, is a valid body of its webhook in the webhooks: section', async () => {
  // The clock's events: a callback a second ahead, and a task whose window ends a second ahead.
  const lead = await createLead(context.client);
  const now = Date.now();
  await createDisposition(context.client, lead.id, {
    timestamp: new Date(now).toISOString(),
    callbackAt: new Date(now + 1_000).toISOString(),
    taskDueAt: new Date(now - 60 * 60_000 + 1_000).toISOString(),
  });
  const job = followUpEventsJob(server.db, pino({ level: 'silent' }));
  await eventually(async () => {
    await job.pass();
    await feedCaughtUp(server.db);
    const { data } = await context.client.GET('/change-events', { params: { query: { leadId: lead.id, types: ['follow_up.*'] } as never } });
    return data!.items.length === 2;
  });
  await feedCaughtUp(server.db);
  const events: { type: string }[] = [];
  let continuationToken: string | undefined;
  do {
    const { data, error } = await context.client.GET('/change-events', {
      params: { query: { pageSize: 500, ...(continuationToken ? { continuationToken } : {}) } },
    });
    expect(error).toBeUndefined();
    events.push(...data!.items);
    continuationToken = data!.continuationToken ?? undefined;
  } while (continuationToken);

  expect(new Set(events.map(({ type }) => type))).toEqual(
    new Set([
      'lead.created',
      'lead.updated',
      'lead.deleted',
      'lead.current_disposition_changed',
      'disposition.created',
      'disposition.updated',
      'disposition.deleted',
      'lead_status.created',
      'lead_status.updated',
      'lead_status.archived',
      'follow_up.due',
      'follow_up.missed',
    ]),
  );
  expect(events.flatMap((event) => webhookViolations(event.type, event).map((violation) => `${event.type}: ${violation}`))).toEqual([]);
});
