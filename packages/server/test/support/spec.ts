import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { specPath } from '../../src/app';

export interface SpecOperation {
  operationId: string;
  path: string;
  method: string;
  security?: unknown[];
  responses: Record<string, { content?: Record<string, { schema: object }> }>;
}

/** The spec as the server loads it. */
export const spec = parse(readFileSync(specPath, 'utf8'));

/** Every operation in the spec, with its path and method. */
export const specOperations: SpecOperation[] = Object.entries(spec.paths as Record<string, Record<string, unknown>>).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => ['get', 'put', 'post', 'delete', 'patch'].includes(method))
    .map(([method, operation]) => ({ ...(operation as Omit<SpecOperation, 'path' | 'method'>), path, method })),
);
