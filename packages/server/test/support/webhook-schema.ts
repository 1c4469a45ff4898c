import type { ChangeEventType } from '@dispositions/api-types';
import { createWebhookChecker } from '@dispositions/contract';
import { spec } from './spec';

// A received webhook held to the spec's `webhooks:` section, as the contract test holds every
// response to its schema: for the delivery tests' receivers.

const check = createWebhookChecker(spec);

/** What is wrong with a webhook body for its event type (none when valid): parsed, or raw as received. */
export function webhookViolations(type: ChangeEventType | string, body: unknown): string[] {
  return check(type, body);
}

/**
 * Fails the test unless `body` (parsed, or the raw string or bytes a receiver got) is a valid
 * request body of the `type` webhook of the spec, with that `type`. Pass the type the test
 * expects, not the body's own, so that a wrong type is caught too.
 */
export function expectValidWebhook(type: ChangeEventType, body: unknown): void {
  expect(check(type, body)).toEqual([]);
}
