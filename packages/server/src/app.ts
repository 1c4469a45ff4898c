import path from 'node:path';
import express, { type Express } from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import type { AppContext } from './app-context';
import { authenticate } from './http/authenticate';
import { problemDetailsHandler } from './http/problem-details';
import { loadSpecDocument } from './http/spec-document';
import { createMetrics } from './observability/metrics';
import { operationIdMatcher } from './observability/operation-ids';
import { requestLogging } from './observability/request-logging';
import { docsRouter } from './routes/docs.routes';
import { dispositionsRouter } from './routes/dispositions.routes';
import { healthRouter } from './routes/health.routes';
import { leadsRouter } from './routes/leads.routes';
import { metricsRouter } from './routes/metrics.routes';

export const specPath = path.resolve(__dirname, '../../../spec/openapi.yaml');

export const bodyLimit = '1mb';

/** The whole HTTP pipeline, in the order a request meets it. */
export function createApp(context: AppContext): Express {
  const app = express();
  app.disable('x-powered-by');
  const spec = loadSpecDocument(specPath);
  const metrics = createMetrics(context.db, operationIdMatcher(spec.json));
  app.use(requestLogging(context.logger));
  app.use(metrics.record);
  app.use(healthRouter(context.db));
  app.use(docsRouter(spec));
  app.use(metricsRouter(metrics.registry));
  app.use(authenticate(context.db));
  app.use(express.json({ limit: bodyLimit, type: ['application/json', 'application/*+json'] }));
  app.use(
    OpenApiValidator.middleware({
      apiSpec: specPath,
      validateRequests: { allErrors: true },
      validateResponses: context.validateResponses ? { allErrors: true } : false,
      validateSecurity: false,
      validateFormats: true,
    }),
  );
  app.use(dispositionsRouter(context));
  app.use(leadsRouter(context));
  app.use(problemDetailsHandler(context.logger));
  return app;
}
