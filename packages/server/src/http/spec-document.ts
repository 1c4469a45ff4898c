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

const methods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** The paths whose every operation needs no API key (`security: []`): health, docs, metrics. */
export function publicPaths(spec: SpecDocument): string[] {
  return Object.entries(spec.json.paths ?? {})
    .filter(([, item]) => {
      const operations = Object.entries(item).filter(([method]) => methods.has(method));
      return operations.length > 0 && operations.every(([, operation]) => Array.isArray(operation.security) && operation.security.length === 0);
    })
    .map(([path]) => path);
}
