import { startTracing } from './tracing';

/** Imported first by main.ts: starting the SDK is this module's effect, before any other loads. */
export const tracing = startTracing();
