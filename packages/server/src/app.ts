import path from 'node:path';
import express, { type Express } from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import type { AppContext } from './app-context';
import { dateTimeFormat } from './domain/date-time';
import { identifyCaller, requireCaller } from './http/authenticate';
import { guardJsonBody } from './http/json-body-guard';
import { problemDetailsHandler } from './http/problem-details';
import { rateLimitPerCaller } from './http/rate-limit';
import { noteEmptyBody, requireBody } from './http/required-body';
import { crossOrigin, securityHeaders } from './http/security-headers';
import { createMetrics } from './observability/metrics';
import { operationIdMatcher } from './observability/operation-ids';
import { requestLogging } from './observability/request-logging';
import { traceRequestIds } from './observability/tracing';
import { calendarFeedsRouter, calendarRouter } from './routes/calendar-feeds.routes';
import { dispositionsRouter } from './routes/dispositions.routes';
import { docsRouter } from './routes/docs.routes';
import { followUpsRouter } from './routes/follow-ups.routes';
import { healthRouter, probePaths } from './routes/health.routes';
import { leadStatusChangesRouter } from './routes/lead-status-changes.routes';
import { leadStatusesRouter } from './routes/lead-statuses.routes';
import { leadsRouter } from './routes/leads.routes';
import { metricsRouter } from './routes/metrics.routes';
import { reportsRouter } from './routes/reports.routes';
import { loadSpecDocument, publicPaths } from './spec-document';

export const specPath = path.resolve(__dirname, '../../../spec/openapi.yaml');

export const bodyLimit = '1mb';

/** The whole HTTP pipeline, in the order a request meets it. */
export function createApp(context: AppContext): Express {
  const app = express();
  app.disable('x-powered-by');
  // Strong ETags on every JSON answer, so they can be sent back in If-Match (http/preconditions.ts).
  app.set('etag', 'strong');
  if (context.trustProxy !== undefined) app.set('trust proxy', context.trustProxy);
  const spec = loadSpecDocument(specPath);
  const metrics = createMetrics(context.db, operationIdMatcher(spec.json));
  app.use(requestLogging(context.logger));
  app.use(traceRequestIds);
  app.use(metrics.record);
  app.use(securityHeaders());
  app.use(crossOrigin(context.corsOrigins));
  // One count per request: by client address on the public paths; on the API, by the API key
  // once identified, or by address when there is no valid key (before its 401).
  // The health probes have counts of their own, so that bad-key traffic never fails a probe.
  const rateLimit = rateLimitPerCaller(context.rateLimitPerMinute);
  app.use(probePaths, rateLimitPerCaller(context.rateLimitPerMinute).count);
  app.use(publicPaths(spec), rateLimit.count);
  app.use(healthRouter(context.db));
  app.use(docsRouter(spec));
  app.use(metricsRouter(metrics.registry));
  // A calendar feed's URL carries its own credential: no API key is looked up.
  app.use(calendarRouter(context));
  app.use(rateLimit.beforeKeyLookup);
  app.use(identifyCaller(context.db));
  app.use(rateLimit.count);
  app.use(requireCaller);
  app.use(express.json({ limit: bodyLimit, type: ['application/json', 'application/*+json'], verify: noteEmptyBody }));
  app.use(guardJsonBody());
  app.use(
    OpenApiValidator.middleware({
      apiSpec: specPath,
      validateRequests: { allErrors: true },
      validateResponses: context.validateResponses ? { allErrors: true } : false,
      validateSecurity: false,
      // No operation takes a file: no multipart parser on every request.
      fileUploader: false,
      validateFormats: true,
      formats: { 'date-time': dateTimeFormat },
    }),
  );
  app.use(requireBody());
  app.use(dispositionsRouter(context));
  app.use(leadStatusChangesRouter(context));
  app.use(leadStatusesRouter(context));
  app.use(leadsRouter(context));
  app.use(reportsRouter(context));
  app.use(followUpsRouter(context));
  app.use(calendarFeedsRouter(context));
  app.use(problemDetailsHandler(context.logger));
  return app;
}
