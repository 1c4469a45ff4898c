import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { specPath } from '../../src/app';
import { specOperations as operationsIn } from '../../src/spec-document';

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
export const specOperations: SpecOperation[] = operationsIn(spec).map(({ path, method, operation }) => ({
  ...(operation as Omit<SpecOperation, 'path' | 'method'>),
  path,
  method,
}));
