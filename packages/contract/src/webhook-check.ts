import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { Spec } from './spec';

/** A webhook of the spec's `webhooks:` section: the event type it is named by and its operation. */
export interface SpecWebhook {
  /** The event type, as the webhook is named (`disposition.created`). */
  type: string;
  operationId: string;
}

/**
 * The webhooks the spec describes (its OpenAPI 3.1 `webhooks:` section). They are requests the
 * service sends to its users' endpoints, not operations of the service, so `operationsOf` never
 * lists them and the contract walk never calls them: their bodies are checked here instead.
 */
export function webhooksOf(spec: Spec): SpecWebhook[] {
  return Object.entries(spec.webhooks ?? {}).map(([type, item]) => ({ type, operationId: (item.post as { operationId: string }).operationId }));
}

/**
 * Checks a webhook's body (parsed, or raw as received) against the request schema the spec's
 * `webhooks:` section gives its event type, and that its `type` is that type. Returns one line
 * per violation; none for a valid body.
 */
export function createWebhookChecker(spec: Spec): (type: string, body: unknown) => string[] {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(spec, 'spec');
  const compiled = new Map<string, ValidateFunction>();
  const validator = (type: string) =>
    compiled.get(type) ??
    compiled.set(type, ajv.compile({ $ref: `spec#/webhooks/${encodeURIComponent(type)}/post/requestBody/content/application~1json/schema` })).get(type)!;

  return (type, received) => {
    if (!spec.webhooks?.[type]?.post) return [`the spec describes no webhook ${JSON.stringify(type)} (${Object.keys(spec.webhooks ?? {}).join(', ')})`];
    let body = received;
    if (typeof received === 'string' || received instanceof Uint8Array) {
      try {
        body = JSON.parse(typeof received === 'string' ? received : new TextDecoder().decode(received));
      } catch {
        return ['body: not JSON'];
      }
    }
    const validate = validator(type);
    const violations = validate(body) ? [] : [`body: ${(validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`).join('; ')}`];
    const sent = (body as { type?: unknown } | null)?.type;
    if (sent !== type) violations.push(`body: /type is ${JSON.stringify(sent)}, not the webhook's ${JSON.stringify(type)}`);
    return violations;
  };
}
