import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface SpecDocument {
  /** The file as written, served byte for byte at /openapi.yaml. */
  yaml: string;
  /** The same document parsed, served at /openapi.json. */
  json: { paths?: Record<string, Record<string, { operationId?: string }>> };
}

export function loadSpecDocument(specPath: string): SpecDocument {
  const yaml = readFileSync(specPath, 'utf8');
  return { yaml, json: parse(yaml) };
}
