import { readFileSync } from 'node:fs';
import path from 'node:path';
import { operationsOf as walkOperations } from '@dispositions/api-types/spec';
import { parse } from 'yaml';

/** The repository's spec: the contract a deployment is held to. */
export const defaultSpecPath = path.resolve(__dirname, '../../../spec/openapi.yaml');

export interface MediaObject {
  schema?: object;
  example?: unknown;
  examples?: Record<string, { value?: unknown }>;
}

export interface ResponseObject {
  $ref?: string;
  content?: Record<string, MediaObject>;
  headers?: Record<string, unknown>;
}

export interface ParameterObject {
  $ref?: string;
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: { type?: string; format?: string };
}

export interface SpecOperation {
  operationId: string;
  path: string;
  method: string;
  security?: unknown[];
  parameters?: ParameterObject[];
  requestBody?: { $ref?: string; content?: Record<string, MediaObject> };
  responses: Record<string, ResponseObject>;
}

export interface Spec {
  paths: Record<string, Record<string, unknown>>;
  /** The requests the service sends (OpenAPI 3.1 `webhooks:`): not operations of the service. */
  webhooks?: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, unknown>>;
  security?: unknown[];
}

export function loadSpec(file = defaultSpecPath): Spec {
  return parse(readFileSync(file, 'utf8')) as Spec;
}

/**
 * Every operation of the service in the spec, with its path template and (lower-case) method.
 * Only `paths`: the `webhooks:` section (`onDispositionCreated`, …) describes requests the
 * service sends to its users' endpoints, which no deployment answers, so they are left out
 * of the walk on purpose; `createWebhookChecker` checks their bodies instead.
 */
export function operationsOf(spec: Spec): SpecOperation[] {
  return walkOperations<Omit<SpecOperation, 'path' | 'method'>>({ paths: spec.paths }).map(({ path, method, operation }) => ({ ...operation, path, method }));
}

/** A `$ref` to a component (`#/components/<kind>/<name>`) resolved, or the object itself. */
export function deref<T extends { $ref?: string }>(spec: Spec, value: T): T {
  if (!value.$ref) return value;
  const [, , kind, name] = value.$ref.split('/');
  return deref(spec, spec.components[kind!]![name!] as T);
}
