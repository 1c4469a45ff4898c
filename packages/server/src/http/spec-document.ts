import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface SpecDocument {
  /** The file as written, served byte for byte at /openapi.yaml. */
  yaml: string;
  /** The same document parsed, served at /openapi.json. */
  json: { paths?: Record<string, Record<string, { operationId?: string; security?: unknown[] }>> };
}

export function loadSpecDocument(specPath: string): SpecDocument {
  const yaml = readFileSync(specPath, 'utf8');
  return { yaml, json: parse(yaml) };
}

/** The keys of a path item that hold operations; the rest are `parameters`, `summary` and such. */
const httpMethods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

type Operation = NonNullable<SpecDocument['json']['paths']>[string][string];

/** Every operation in the spec, with its path template and (lower-case) method. */
export function specOperations(spec: SpecDocument['json']): { path: string; method: string; operation: Operation }[] {
  return Object.entries(spec.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => httpMethods.has(method))
      .map(([method, operation]) => ({ path, method, operation })),
  );
}

/** The paths whose every operation needs no API key (`security: []`): health, docs, metrics. */
export function publicPaths(spec: SpecDocument): string[] {
  const operations = specOperations(spec.json);
  const needsKey = new Set(
    operations.filter(({ operation }) => !(Array.isArray(operation.security) && operation.security.length === 0)).map(({ path }) => path),
  );
  return [...new Set(operations.map(({ path }) => path))].filter((path) => !needsKey.has(path));
}
