/** An OpenAPI document, as far as walking its operations needs. */
export interface OpenApiPaths {
  paths?: Record<string, Record<string, unknown>>;
}

/** Every operation of an OpenAPI document, with its path template and (lower-case) method; `Operation` is what the caller reads of each. */
export declare function operationsOf<Operation = Record<string, unknown>>(spec: OpenApiPaths): { path: string; method: string; operation: Operation }[];
