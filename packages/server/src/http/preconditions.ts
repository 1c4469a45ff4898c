import etag from 'etag';
import type { Request, Response } from 'express';
import { PreconditionFailedError } from '../domain/errors';
import type { Precondition } from '../domain/precondition';

// Optimistic concurrency on the wire. A record's entity tag is the strong ETag of its JSON
// representation, exactly as Express sets it on the response (app setting `etag: strong`),
// so no version column is needed and any change to what a client sees changes the tag.
// `If-Match` on writes is checked against the record as it is once locked, inside the
// write's transaction. `If-None-Match` on reads is checked here rather than by Express,
// whose freshness check gives up when the request says `Cache-Control: no-cache`, which
// fetch() adds to every conditional request; an origin server answers it regardless.

/** The strong entity tag Express sends with this body. */
export function entityTagOf(body: unknown): string {
  return etag(JSON.stringify(body));
}

/** The request's `If-Match` as a check of the record's current representation; undefined without one (last write wins). */
export function ifMatch<Row>(req: Pick<Request, 'get'>, what: string, id: string, represent: (row: Row) => unknown): Precondition<Row> | undefined {
  const header = req.get('if-match');
  if (header === undefined) return undefined;
  const tags = header.split(',').map((tag) => tag.trim());
  return (current) => {
    if (tags.includes('*') || tags.includes(entityTagOf(represent(current)))) return;
    throw new PreconditionFailedError(what, id);
  };
}

/** Weak comparison, as If-None-Match uses: `W/"x"` and `"x"` are the same tag. */
function noneMatch(header: string, tag: string): boolean {
  const opaque = (value: string) => value.trim().replace(/^W\//, '');
  return header.split(',').some((candidate) => candidate.trim() === '*' || opaque(candidate) === opaque(tag));
}

/**
 * Sends a record with its ETag, or 304 with no body when the request's `If-None-Match`
 * already has it. Without that header Express computes the same tag as it sends the body,
 * so the body is serialized once.
 */
export function sendRecord<Body>(req: Pick<Request, 'get'>, res: Response<Body>, body: Body): void {
  const ifNoneMatch = req.get('if-none-match');
  if (ifNoneMatch !== undefined) {
    const tag = entityTagOf(body);
    res.setHeader('ETag', tag);
    if (noneMatch(ifNoneMatch, tag)) {
      res.status(304).end();
      return;
    }
  }
  res.json(body);
}

/** Sends a text document (a calendar) with its strong ETag, or 304 with no body when `If-None-Match` has it. */
export function sendTextDocument(req: Pick<Request, 'get'>, res: Response, type: string, text: string): void {
  const tag = etag(text);
  res.setHeader('ETag', tag);
  const ifNoneMatch = req.get('if-none-match');
  if (ifNoneMatch !== undefined && noneMatch(ifNoneMatch, tag)) {
    res.status(304).end();
    return;
  }
  res.status(200).type(type).send(text);
}
