import { distance } from 'fastest-levenshtein';

// What express-openapi-validator (ajv) says about a bad request, reworded for the person
// who sent it: ajv names the rule that failed ("must NOT have unevaluated properties"),
// where a person needs to hear what to send instead. Paths stay as the validator gives
// them (`/body/contact/phone`), in `errors[]` and in `detail` alike, and so do the
// error codes, so programs reading `errors[]` see no change.

export interface FieldError {
  path: string;
  message: string;
  errorCode?: string;
}

type Json = Record<string, unknown>;

/** The spec (to resolve `$ref`s) and the operation the request was matched to, when there is one. */
export interface ValidationContext {
  spec: Json;
  operation: Json | undefined;
}

/** How a value of each string format the spec uses is written, with an example. */
const formatHints: Record<string, string> = {
  'date-time': 'must be a date and time in RFC 3339 with a UTC offset, like "2026-11-25T15:00:00Z"',
  uuid: 'must be a UUID, like "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d"',
  'uri-reference': 'must be a URI reference, like "/problems/validation-error"',
};

/** A suggestion is made only for a known field this close to the unknown one. */
const maxEdits = 2;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function resolve(spec: Json, value: unknown, depth = 0): unknown {
  if (!isObject(value) || typeof value.$ref !== 'string' || !value.$ref.startsWith('#/') || depth > 16) return value;
  const target = value.$ref
    .slice(2)
    .split('/')
    .reduce<unknown>((node, key) => (isObject(node) ? node[key.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined), spec);
  return resolve(spec, target, depth + 1);
}

/** The schema and every schema it combines (`allOf`, `anyOf`, `oneOf`), resolved. */
function branches(spec: Json, schema: unknown, depth = 0): Json[] {
  const resolved = resolve(spec, schema);
  if (!isObject(resolved) || depth > 16) return [];
  const combined = ['allOf', 'anyOf', 'oneOf'].flatMap((keyword) => (Array.isArray(resolved[keyword]) ? (resolved[keyword] as unknown[]) : []));
  return [resolved, ...combined.flatMap((part) => branches(spec, part, depth + 1))];
}

/** The schemas found at `segments` below `schema`: a property by name, an array item by index. */
function schemasAt(spec: Json, schema: unknown, segments: string[]): Json[] {
  let current = branches(spec, schema);
  for (const segment of segments) {
    current = current.flatMap((part) => {
      if (/^\d+$/.test(segment) && part.items !== undefined) return branches(spec, part.items);
      const properties = isObject(part.properties) ? part.properties : {};
      return segment in properties ? branches(spec, properties[segment]) : [];
    });
  }
  return current;
}

function bodySchema(spec: Json, operation: Json | undefined): unknown {
  const body = resolve(spec, operation?.requestBody);
  const content = isObject(body) && isObject(body.content) ? body.content : {};
  const json = content['application/json'];
  return isObject(json) ? json.schema : undefined;
}

/** The names a request may use beside the unknown one at `path` (`/body/…` or `/query/…`). */
function knownNames(context: ValidationContext | undefined, path: string): string[] {
  if (!context) return [];
  const [, place, ...segments] = path.split('/');
  if (place === 'query') {
    const parameters = Array.isArray(context.operation?.parameters) ? context.operation.parameters : [];
    return parameters
      .map((parameter) => resolve(context.spec, parameter))
      .flatMap((parameter) => (isObject(parameter) && parameter.in === 'query' ? [String(parameter.name)] : []));
  }
  if (place !== 'body') return [];
  const parents = schemasAt(context.spec, bodySchema(context.spec, context.operation), segments.slice(0, -1));
  return [...new Set(parents.flatMap((part) => (isObject(part.properties) ? Object.keys(part.properties) : [])))];
}

/** The known name closest to `name`, if it is at most two edits away (a difference of case alone counts as none). */
export function closestName(name: string, known: string[]): string | undefined {
  let best: { name: string; edits: number } | undefined;
  for (const candidate of known) {
    if (candidate === name) continue;
    const edits = Math.min(distance(name, candidate), distance(name.toLowerCase(), candidate.toLowerCase()));
    if (edits <= maxEdits && (!best || edits < best.edits)) best = { name: candidate, edits };
  }
  return best?.name;
}

function unknownName(kind: 'field' | 'query parameter', path: string, context: ValidationContext | undefined): string {
  const name = path.split('/').at(-1) ?? '';
  const suggestion = closestName(name, knownNames(context, path));
  return `unknown ${kind} ${JSON.stringify(name)}${suggestion ? ` (did you mean ${JSON.stringify(suggestion)}?)` : ''}`;
}

/**
 * ajv lists an enum's values joined by commas, where a nullable enum (`[..., 'null', null]`)
 * ends in `null, `: an empty entry. Listed here once each, quoted, with null last.
 */
function allowedValues(list: string): string {
  const values = list.split(', ');
  const nullable = values.some((value) => value === '' || value === 'null');
  const named = [...new Set(values.filter((value) => value !== '' && value !== 'null'))].map((value) => JSON.stringify(value));
  const all = nullable ? [...named, 'null'] : named;
  if (all.length <= 2) return `must be ${all.join(' or ')}`;
  return `must be one of ${all.slice(0, -1).join(', ')} or ${all.at(-1)}`;
}

/** One validator error as a person should read it; the path and error code are kept as they are. */
export function reworded(error: FieldError, context?: ValidationContext): FieldError {
  const { path, message } = error;
  const keyword = error.errorCode?.replace(/\.openapi\.validation$/, '');
  let text = message;
  if (keyword === 'unevaluatedProperties' || keyword === 'additionalProperties') text = unknownName('field', path, context);
  else if (/^Unknown query parameter '/.test(message)) text = unknownName('query parameter', path, context);
  else if (keyword === 'format') text = formatHints[/"([^"]+)"/.exec(message)?.[1] ?? ''] ?? message;
  else if (keyword === 'enum') {
    const list = /^must be equal to one of the allowed values: ([\s\S]*)$/.exec(message)?.[1];
    if (list !== undefined) text = allowedValues(list);
  }
  return { ...error, message: text };
}

/** The `detail` of a validation problem: each error as `path: message`, in the paths `errors[]` uses. */
export function validationDetail(errors: FieldError[]): string {
  return errors.map(({ path, message }) => `${path}: ${message}`).join('; ');
}
