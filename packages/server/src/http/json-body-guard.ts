import type { RequestHandler } from 'express';
import { InvalidFieldsError } from '../domain/errors';

/** How deeply a request body may nest; only the free-form `sourceMetadata` could go near it. */
export const maxBodyDepth = 32;

/**
 * The most fields one object and items one array may hold, far above what any schema here
 * takes: refused in one cheap pass, before the validator spends a second of CPU listing
 * 60,000 unknown fields, and bounding how many errors it can collect per object.
 */
export const maxShape = { fields: 100, items: 1_000 } as const;

/** The free-form `sourceMetadata` bounds the spec states (`SourceMetadata`), beyond its `maxProperties`. */
export const sourceMetadataLimits = { depth: 8, bytes: 16_384 } as const;

function pointer(path: string, key: string | number): string {
  return `${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** U+0000 (PostgreSQL text and jsonb cannot hold it) or a lone UTF-16 surrogate (not Unicode text: text would store it as U+FFFD, jsonb refuses it). */
function unstorableText(text: string): string | undefined {
  if (text.includes('\u0000')) return 'the character U+0000';
  if (/\p{Cs}/u.test(text)) return 'a lone UTF-16 surrogate (\\ud800-\\udfff without its pair)';
  return undefined;
}

interface Pending {
  value: unknown;
  path: string;
  depth: number;
  /** The depth of the enclosing `sourceMetadata`, when inside one. */
  metadataDepth?: number;
}

/**
 * What the schema cannot say and what must not reach the database or the stack: text
 * PostgreSQL cannot store, nesting deeper than `maxBodyDepth` (a recursive walk over it,
 * in JSON.stringify or PostgreSQL, would overflow), shapes beyond `maxShape`, and a
 * `sourceMetadata` beyond `sourceMetadataLimits`. Walks without recursion, so a 1 MB body
 * of brackets costs one pass.
 */
function firstUnstorable(body: unknown): InvalidFieldsError | undefined {
  const pending: Pending[] = [{ value: body, path: '/body', depth: 0 }];
  const metadata: { value: unknown; path: string }[] = [];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, path, depth, metadataDepth } = next;
    if (typeof value === 'string') {
      const unstorable = unstorableText(value);
      if (unstorable) return InvalidFieldsError.at(path, `must not contain ${unstorable}`, 'invalid.character');
    } else if (value !== null && typeof value === 'object') {
      if (depth >= maxBodyDepth) return InvalidFieldsError.at(path, `must not nest more than ${maxBodyDepth} levels deep`, 'too.deep');
      if (metadataDepth !== undefined && depth - metadataDepth >= sourceMetadataLimits.depth) {
        return InvalidFieldsError.at(path, `is nested too deeply: sourceMetadata nests at most ${sourceMetadataLimits.depth} levels`, 'too.deep');
      }
      const entries = Object.entries(value);
      if (Array.isArray(value) && entries.length > maxShape.items)
        return InvalidFieldsError.at(path, `must not have more than ${maxShape.items} items`, 'too.many.items');
      if (!Array.isArray(value) && entries.length > maxShape.fields)
        return InvalidFieldsError.at(path, `must not have more than ${maxShape.fields} fields`, 'too.many.fields');
      for (const [key, item] of entries) {
        const unstorable = unstorableText(key);
        if (unstorable) return InvalidFieldsError.at(path, `must not have a key with ${unstorable}`, 'invalid.character');
        const itemPath = pointer(path, key);
        const startsMetadata = metadataDepth === undefined && key === 'sourceMetadata' && item !== null && typeof item === 'object';
        if (startsMetadata) metadata.push({ value: item, path: itemPath });
        pending.push({ value: item, path: itemPath, depth: depth + 1, metadataDepth: startsMetadata ? depth + 1 : metadataDepth });
      }
    }
  }
  // Measured once the walk found the nesting bounded, so JSON.stringify cannot overflow.
  const tooLarge = metadata.find(({ value }) => Buffer.byteLength(JSON.stringify(value)) > sourceMetadataLimits.bytes);
  if (tooLarge) return InvalidFieldsError.at(tooLarge.path, `must be at most ${sourceMetadataLimits.bytes} bytes as JSON`, 'too.large');
  return undefined;
}

/** Refuses, with 400 naming the place, a parsed JSON body that the database could not store or that is out of all proportion. */
export function guardJsonBody(): RequestHandler {
  return (req, _res, next) => {
    const problem = firstUnstorable(req.body);
    if (problem) throw problem;
    next();
  };
}
