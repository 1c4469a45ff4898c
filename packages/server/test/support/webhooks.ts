import type { components } from '@dispositions/api-types';
import { type DispositionsClient, orThrow } from '@dispositions/client';
import type { ReceivedWebhook } from './webhook-receiver';

type Schemas = components['schemas'];

/** Creates a webhook endpoint through the API; answers it with its secret. */
export function createEndpoint(client: DispositionsClient, body: Schemas['WebhookEndpointRequest']): Promise<Schemas['WebhookEndpointWithSecret']> {
  return orThrow(client.POST('/webhook-endpoints', { body }));
}

/** Every delivery of an endpoint, newest first, following the pages. */
export async function deliveriesOf(
  client: DispositionsClient,
  endpointId: string,
  query: { status?: Schemas['WebhookDeliveryStatus']; eventType?: Schemas['ChangeEventType']; pageSize?: number } = {},
): Promise<Schemas['WebhookDelivery'][]> {
  const all: Schemas['WebhookDelivery'][] = [];
  let continuationToken: string | undefined;
  for (;;) {
    const page = await orThrow(
      client.GET('/webhook-endpoints/{id}/deliveries', { params: { path: { id: endpointId }, query: { ...query, continuationToken } } }),
    );
    all.push(...page.items);
    if (!page.continuationToken) return all;
    continuationToken = page.continuationToken;
  }
}

/** The event a receiver got, parsed. */
export function eventOf(request: ReceivedWebhook): Schemas['ChangeEvent'] {
  return JSON.parse(request.body) as Schemas['ChangeEvent'];
}

/** Polls `check` until it answers something other than undefined or false, or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs = 30_000,
  what = 'the condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`${what} did not come to pass within ${timeoutMs} ms${last ? `: ${String(last)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
