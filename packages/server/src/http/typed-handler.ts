import type { operations } from '@dispositions/api-types';
import type { RequestHandler } from 'express';

// Handler types derived from the generated `operations`, so a handler that reads a
// field the spec does not define, or answers with the wrong shape, fails to compile.

type OperationId = keyof operations;
type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : undefined;

type PathOf<K extends OperationId> = operations[K]['parameters'] extends { path: infer P extends Record<string, string> } ? P : Record<string, never>;
type QueryOf<K extends OperationId> = operations[K]['parameters'] extends { query?: infer Q }
  ? [NonNullable<Q>] extends [never]
    ? Record<string, never>
    : NonNullable<Q>
  : Record<string, never>;
type BodyOf<K extends OperationId> = operations[K] extends { requestBody: infer R } ? Json<NonNullable<R>> : undefined;
type Responses<K extends OperationId> = operations[K]['responses'];
type SuccessOf<K extends OperationId> =
  | Json<Responses<K>[200 & keyof Responses<K>]>
  | Json<Responses<K>[201 & keyof Responses<K>]>
  | Json<Responses<K>[202 & keyof Responses<K>]>;

export interface Locals {
  /** The business of the caller's API key, set by `identifyCaller`. */
  businessId: string;
  /** The SHA-256 of the caller's API key, as stored. */
  apiKeyHash?: string;
  /** The user the API key was issued to (`keys:create --user`); null or absent for a business key. */
  userId?: string | null;
}

export type Handler<K extends OperationId> = RequestHandler<PathOf<K>, SuccessOf<K>, BodyOf<K>, QueryOf<K>, Locals>;

type ContentOf<K extends OperationId, M extends string> = Responses<K>[200 & keyof Responses<K>] extends { content: infer C }
  ? M extends keyof C
    ? C[M]
    : never
  : never;

/** A handler whose 200 answer is in media type `M` (HTML, YAML, text) rather than JSON. */
export type MediaHandler<K extends OperationId, M extends string> = RequestHandler<PathOf<K>, ContentOf<K, M>, BodyOf<K>, Record<string, never>, Locals>;
