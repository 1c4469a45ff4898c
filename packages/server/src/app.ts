import path from 'node:path';
import express, { type Express, type RequestHandler, Router } from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import type { Registry } from 'prom-client';
import type { AppContext } from './app-context';
import { dateTimeFormat } from './domain/date-time';
import { identifyCaller, requireCaller } from './http/authenticate';
import { guardJsonBody } from './http/json-body-guard';
import { byFirstSegment, chain } from './http/middleware-chain';
import { problemDetailsHandler } from './http/problem-details';
import { rateLimitPerCaller } from './http/rate-limit';
import { noteEmptyBody, requireBody } from './http/required-body';
import { crossOrigin, securityHeaders } from './http/security-headers';
import { createMetrics, type WebhookMetrics } from './observability/metrics';
import { operationIdMatcher } from './observability/operation-ids';
import { requestLogging } from './observability/request-logging';
import { isTracing, traceRequestIds } from './observability/tracing';
import { calendarFeedsRouter, calendarRouter } from './routes/calendar-feeds.routes';
import { changeEventsRouter } from './routes/change-events.routes';
import { dispositionsRouter } from './routes/dispositions.routes';
import { docsPaths, docsRouter } from './routes/docs.routes';
import { followUpsRouter } from './routes/follow-ups.routes';
import { healthRouter, probePaths } from './routes/health.routes';
import { leadStatusChangesRouter } from './routes/lead-status-changes.routes';
import { leadStatusesRouter } from './routes/lead-statuses.routes';
import { leadsRouter } from './routes/leads.routes';
import { metricsRouter } from './routes/metrics.routes';
import { reportsRouter } from './routes/reports.routes';
import { webhookEndpointsRouter } from './routes/webhook-endpoints.routes';
import { calendarFeedPath } from './services/calendar-feeds.service';
import { loadSpecDocument, publicPaths } from './spec-document';

export const specPath = path.resolve(__dirname, '../../../spec/openapi.yaml');

export const bodyLimit = '1mb';

/** The app's metrics, for a listener of their own (METRICS_PORT). */
export function metricsRegistryOf(app: Express): Registry {
  return app.locals.metricsRegistry as Registry;
}

/** The app's webhook metrics: the dispatcher of the same server reports there. */
export function webhookMetricsOf(app: Express): WebhookMetrics {
  return app.locals.webhookMetrics as WebhookMetrics;
}

/** The whole HTTP pipeline, in the order a request meets it. */
export function createApp(context: AppContext): Express {
  const app = express();
  app.disable('x-powered-by');
  // Strong ETags on every JSON answer, so they can be sent back in If-Match (http/preconditions.ts).
  app.set('etag', 'strong');
  if (context.trustProxy !== undefined) app.set('trust proxy', context.trustProxy);
  const spec = loadSpecDocument(specPath);
  const metrics = createMetrics(context.db, operationIdMatcher(spec.json));
  // Middlewares that always run together are one layer each (http/middleware-chain.ts), and
  // one that would do nothing (tracing off, no CORS origins) is not installed.
  app.use(
    chain(
      requestLogging(context.logger),
      ...(isTracing() ? [traceRequestIds] : []),
      metrics.record,
      securityHeaders(),
      ...(context.corsOrigins?.length ? [crossOrigin(context.corsOrigins)] : []),
    ),
  );
  // One count per request: by client address on the public paths; on the API, by the API key
  // once identified, or by address when there is no valid key (before its 401).
  // The health probes have counts of their own, so that bad-key traffic never fails a probe.
  const rateLimit = rateLimitPerCaller(context.rateLimitPerMinute);
  const publicEndpoints = Router()
    .use(probePaths, rateLimitPerCaller(context.rateLimitPerMinute).count)
    .use(publicPaths(spec), rateLimit.count)
    .use(healthRouter(context.db), docsRouter(spec), metricsRouter(metrics.registry, context.metricsApart));
  app.locals.metricsRegistry = metrics.registry;
  app.locals.webhookMetrics = metrics.webhooks;
  // A calendar feed's URL carries its own credential: no API key is looked up.
  app.use(
    byFirstSegment([
      [[...probePaths, ...publicPaths(spec), ...docsPaths], publicEndpoints],
      [[calendarFeedPath], calendarRouter(context)],
    ]),
  );
  app.use(chain(rateLimit.beforeKeyLookup, identifyCaller(context.db, context.apiKeyCache), rateLimit.count, requireCaller));
  const validator = OpenApiValidator.middleware({
    apiSpec: specPath,
    validateRequests: { allErrors: true },
    validateResponses: context.validateResponses ? { allErrors: true } : false,
    validateSecurity: false,
    // No operation takes a file: no multipart parser on every request.
    fileUploader: false,
    validateFormats: true,
    formats: { 'date-time': dateTimeFormat },
  });
  app.use(
    chain(
      express.json({ limit: bodyLimit, type: ['application/json', 'application/*+json'], verify: noteEmptyBody }),
      guardJsonBody(),
      ...(validator as RequestHandler[]),
      requireBody(),
    ),
  );
  // Each resource's router under the first segments of its paths (PUT /leads/{id}/status is
  // a lead status change's, the rest of /leads a lead's).
  app.use(
    byFirstSegment([
      [['/dispositions'], dispositionsRouter(context)],
      [['/lead-status-changes', '/leads'], leadStatusChangesRouter(context)],
      [['/lead-statuses'], leadStatusesRouter(context)],
      [['/leads'], leadsRouter(context)],
      [['/reports'], reportsRouter(context)],
      [['/follow-ups'], followUpsRouter(context)],
      [['/calendar-feeds'], calendarFeedsRouter(context)],
      [['/change-events'], changeEventsRouter(context)],
      [['/webhook-endpoints'], webhookEndpointsRouter({ countWebhookAttempt: metrics.webhooks.countAttempt, ...context })],
    ]),
  );
  app.use(problemDetailsHandler(context.logger, spec.json as Record<string, unknown>));
  return app;
}
