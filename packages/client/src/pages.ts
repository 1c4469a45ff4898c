import type { paths } from '@dispositions/api-types';
import { orThrow } from './problem-error.js';

/** The query endpoints that answer in pages with a continuation token. */
export type PagedPath = '/dispositions/all/my' | '/lead-status-changes/all/my' | '/leads/all/my';
export type PageQuery<P extends PagedPath> = paths[P]['post']['requestBody']['content']['application/json'];
export type Page<P extends PagedPath> = paths[P]['post']['responses'][200]['content']['application/json'];

type PostPage = <P extends PagedPath>(path: P, body: PageQuery<P>) => Promise<{ data?: Page<P>; error?: unknown; response: Response }>;

/**
 * Every page of a query, in order: sends the options, then each page's
 * `continuationToken` with the same options, until it is null. A problem answer throws
 * a `ProblemError`.
 */
export async function* pages<P extends PagedPath>(post: PostPage, path: P, query: PageQuery<P>): AsyncGenerator<Page<P>, void, undefined> {
  let continuationToken = query.continuationToken ?? null;
  do {
    const page = await orThrow(post(path, { ...query, continuationToken }));
    yield page;
    continuationToken = page.continuationToken ?? null;
  } while (continuationToken);
}

/** Every item of every page of a query. */
export async function* items<P extends PagedPath>(post: PostPage, path: P, query: PageQuery<P>): AsyncGenerator<Page<P>['items'][number], void, undefined> {
  for await (const page of pages(post, path, query)) yield* page.items;
}
