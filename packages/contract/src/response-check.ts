import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { deref, type ResponseObject, type Spec, type SpecOperation } from './spec';

/** An answer as received: its status, headers, and its body parsed (JSON) or as text, `undefined` when empty. */
export interface ReceivedResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

export interface CheckOptions {
  /**
   * Demand every documented header. Some are sent only under a configuration (CORS origins,
   * rate limits) a deployment may not have, so by default only the ones present are checked.
   */
  requireHeaders?: boolean;
}

/** Documented as sent on replays only, so never demanded. */
const conditionalHeaders = new Set(['Idempotency-Replayed']);

/** A JSON pointer into the spec, as a `$ref` that Ajv resolves against the added document. */
function specRef(tokens: string[]): string {
  return `spec#/${tokens.map((token) => encodeURIComponent(token.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/')}`;
}

/** The documented status an answer falls under: exact, then `4XX`, then `default`. */
function documentedStatus(operation: SpecOperation, status: number): string | undefined {
  const range = `${String(status)[0]}XX`;
  return [String(status), range, range.toLowerCase(), 'default'].find((key) => key in operation.responses);
}

/**
 * Checks answers against the spec: the status is documented for the operation, the body
 * matches its media type and schema (or is empty when none is documented), and each
 * documented header holds a value its schema allows. Returns one line per violation.
 */
export function createResponseChecker(spec: Spec): (operation: SpecOperation, response: ReceivedResponse, options?: CheckOptions) => string[] {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(spec, 'spec');
  const compiled = new Map<string, ValidateFunction>();
  const validator = (ref: string) => compiled.get(ref) ?? compiled.set(ref, ajv.compile({ $ref: ref })).get(ref)!;
  const errorsOf = (validate: ValidateFunction) => (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`).join('; ');

  return (operation, response, options = {}) => {
    const status = documentedStatus(operation, response.status);
    if (!status) return [`status ${response.status} is not documented (${Object.keys(operation.responses).join(', ')})`];
    const documented = operation.responses[status]!;
    // A response given by `$ref` is validated where it is written, in components.
    const tokens = documented.$ref ? documented.$ref.replace(/^#\//, '').split('/') : ['paths', operation.path, operation.method, 'responses', status];
    const { content, headers } = deref<ResponseObject>(spec, documented);
    const violations: string[] = [];

    for (const [name, header] of Object.entries(headers ?? {})) {
      const value = response.headers.get(name);
      if (value === null) {
        if (options.requireHeaders && !conditionalHeaders.has(name)) violations.push(`header ${name} is missing`);
        continue;
      }
      const { schema } = deref(spec, header as { $ref?: string; schema: { type?: string } });
      const validate = ajv.compile(schema);
      if (!validate(schema.type === 'integer' ? Number(value) : value)) violations.push(`header ${name}: ${JSON.stringify(value)} ${errorsOf(validate)}`);
    }
    if (headers?.ETag && response.headers.has('etag') && !/^"[^"]+"$/.test(response.headers.get('etag')!)) {
      violations.push(`header ETag: ${response.headers.get('etag')} is not a strong entity tag`);
    }

    if (!content) {
      const length = Number(response.headers.get('content-length') ?? 0);
      if ((response.body !== undefined && response.body !== '') || length > 0) violations.push(`a body was sent where the spec documents none`);
      return violations;
    }
    const contentType = response.headers.get('content-type') ?? '';
    const mediaType = Object.keys(content).find((type) => contentType.toLowerCase().startsWith(type.toLowerCase()));
    if (!mediaType) return [...violations, `content type ${JSON.stringify(contentType)} is not documented (${Object.keys(content).join(', ')})`];
    if (!content[mediaType]!.schema) return violations;
    const validate = validator(specRef([...tokens, 'content', mediaType, 'schema']));
    if (!validate(response.body)) violations.push(`body: ${errorsOf(validate)}`);
    return violations;
  };
}
