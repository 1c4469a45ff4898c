import { type Context, context, propagation } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { BatchSpanProcessor, type ReadableSpan, type Span, type SpanProcessor } from '@opentelemetry/sdk-trace';

import type { NextFunction, Request, Response } from 'express';
import { requestIdHeader } from './request-id';

// OpenTelemetry traces: the standard SDK with its OTLP/HTTP exporter, and spans from the
// http, Express and pg instrumentations. Off unless OTEL_EXPORTER_OTLP_ENDPOINT is set; the
// exporter reads that and the other OTEL_* variables (service name, headers) itself.

const requestIdKey = 'request.id';

/** Puts the request id, carried in the request's context as baggage, on every span begun in it. */
class RequestIdSpanProcessor implements SpanProcessor {
  onStart(span: Span, parent: Context): void {
    const requestId = propagation.getBaggage(parent)?.getEntry(requestIdKey)?.value;
    if (requestId) span.setAttribute(requestIdKey, requestId);
  }
  onEnd(_span: ReadableSpan): void {}
  forceFlush(): Promise<void> {
    return Promise.resolve();
  }
  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

/**
 * Starts tracing when OTEL_EXPORTER_OTLP_ENDPOINT is set. Must run before express, pg and
 * node:http are loaded (main.ts imports start-tracing.ts first), so the instrumentations can wrap them.
 */
export function startTracing(env: NodeJS.ProcessEnv = process.env): NodeSDK | undefined {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT) return undefined;
  tracingStarted = true;
  const sdk = new NodeSDK({
    serviceName: env.OTEL_SERVICE_NAME ?? 'dispositions-api',
    spanProcessors: [new RequestIdSpanProcessor(), new BatchSpanProcessor({ exporter: new OTLPTraceExporter() })],
    instrumentations: [
      new HttpInstrumentation({
        // The server span gets the id too: it begins before the id is chosen.
        applyCustomAttributesOnSpan(span, _request, response) {
          const requestId = 'getHeader' in response ? response.getHeader(requestIdHeader) : undefined;
          if (typeof requestId === 'string') span.setAttribute(requestIdKey, requestId);
        },
      }),
      new ExpressInstrumentation(),
      new PgInstrumentation(),
    ],
  });
  sdk.start();
  return sdk;
}

let tracingStarted = false;

/** Whether this process traces: only then does a request's id need carrying into its context. */
export function isTracing(): boolean {
  return tracingStarted;
}

/** Carries the request's id (chosen by the logging middleware) into the context of everything it does. */
export function traceRequestIds(_req: Request, res: Response, next: NextFunction): void {
  const requestId = res.getHeader(requestIdHeader);
  if (typeof requestId !== 'string') {
    next();
    return;
  }
  const baggage = (propagation.getBaggage(context.active()) ?? propagation.createBaggage()).setEntry(requestIdKey, { value: requestId });
  context.with(propagation.setBaggage(context.active(), baggage), next);
}
