import { readFileSync } from 'node:fs';
import { operationsOf } from '@dispositions/api-types/spec';
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

type Operation = NonNullable<SpecDocument['json']['paths']>[string][string];

/** Every operation in the spec, with its path template and (lower-case) method. */
export function specOperations(spec: SpecDocument['json']): { path: string; method: string; operation: Operation }[] {
  return operationsOf<Operation>(spec);
}

/** The paths whose every operation needs no API key (`security: []`): health, docs, metrics. */
export function publicPaths(spec: SpecDocument): string[] {
  const operations = specOperations(spec.json);
  const needsKey = new Set(
    operations.filter(({ operation }) => !(Array.isArray(operation.security) && operation.security.length === 0)).map(({ path }) => path),
  );
  return [...new Set(operations.map(({ path }) => path))].filter((path) => !needsKey.has(path));
}
