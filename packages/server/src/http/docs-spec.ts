import type { SpecDocument } from '../spec-document';

// The request console of /docs (Scalar) fills every parameter that has an example with it,
// and ticks it: an optional `If-Match` example turns the first update into a 412, an
// optional `Idempotency-Key` example replays the first create on every later Send, and a
// path id's example is offered as a dropdown of one id nobody has. The console is given a
// copy of the spec without those examples, so a person starts from empty fields they type
// into; the spec itself (/openapi.json, /openapi.yaml, the validator) keeps them.

type Json = Record<string, unknown>;

interface Parameter extends Json {
  in?: string;
  required?: boolean;
  schema?: Json;
}

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The object a local `$ref` (`#/components/...`) points at, or the value itself. */
function resolve(document: Json, value: unknown): unknown {
  if (!isObject(value) || typeof value.$ref !== 'string' || !value.$ref.startsWith('#/')) return value;
  return value.$ref
    .slice(2)
    .split('/')
    .reduce<unknown>((node, key) => (isObject(node) ? node[key.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined), document);
}

function withoutExamples<T extends Json>(value: T): T {
  const { example: _example, examples: _examples, ...rest } = value;
  return rest as T;
}

/** A parameter as the console should offer it: no value of its own unless it is a required query or header value. */
function forConsole(document: Json, parameter: Parameter): Parameter {
  if (parameter.in === 'path') {
    const schema = resolve(document, parameter.schema);
    return { ...withoutExamples(parameter), ...(isObject(schema) ? { schema: withoutExamples(schema) } : {}) };
  }
  return parameter.required ? parameter : withoutExamples(parameter);
}

function parametersForConsole(document: Json, parameters: unknown): unknown {
  if (!Array.isArray(parameters)) return parameters;
  return parameters.map((parameter) => {
    const resolved = resolve(document, parameter);
    return isObject(resolved) ? forConsole(document, resolved) : parameter;
  });
}

/** The spec as the docs console gets it: the same operations, without the examples of optional parameters and path ids. */
export function consoleSpec(spec: SpecDocument['json']): Json {
  const document = structuredClone(spec) as Json;
  const paths = isObject(document.paths) ? document.paths : {};
  for (const item of Object.values(paths)) {
    if (!isObject(item)) continue;
    item.parameters = parametersForConsole(document, item.parameters);
    for (const operation of Object.values(item)) {
      if (isObject(operation) && Array.isArray(operation.parameters)) operation.parameters = parametersForConsole(document, operation.parameters);
    }
    if (item.parameters === undefined) delete item.parameters;
  }
  return document;
}
