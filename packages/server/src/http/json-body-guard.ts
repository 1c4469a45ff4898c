import type { RequestHandler } from 'express';
import { ValidationError } from './errors';

/** How deeply a request body may nest; only the free-form `sourceMetadata` could go near it. */
export const maxBodyDepth = 32;

function pointer(path: string, key: string | number): string {
  return `${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/**
 * What the schema cannot say and what must not reach the database or the stack: U+0000 in
 * any string or key (PostgreSQL text and jsonb cannot hold it) and nesting deeper than
 * `maxBodyDepth` (a recursive walk over it, in JSON.stringify or PostgreSQL, would overflow).
 * Walks without recursion, so a 1 MB body of brackets costs one pass.
 */
function firstUnstorable(body: unknown): ValidationError | undefined {
  const pending: { value: unknown; path: string; depth: number }[] = [{ value: body, path: '/body', depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, path, depth } = next;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return ValidationError.at(path, 'must not contain the character U+0000', 'invalid.character');
    } else if (value !== null && typeof value === 'object') {
      if (depth >= maxBodyDepth) return ValidationError.at(path, `must not nest more than ${maxBodyDepth} levels deep`, 'too.deep');
      for (const [key, item] of Object.entries(value)) {
        if (key.includes('\u0000')) return ValidationError.at(path, 'must not have a key with the character U+0000', 'invalid.character');
        pending.push({ value: item, path: pointer(path, key), depth: depth + 1 });
      }
    }
  }
  return undefined;
}

/** Refuses, with 400 naming the place, a parsed JSON body that the database could not store. */
export function guardJsonBody(): RequestHandler {
  return (req, _res, next) => {
    const problem = firstUnstorable(req.body);
    if (problem) throw problem;
    next();
  };
}
