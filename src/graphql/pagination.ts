import type { ArgBuilder, ObjectRef } from '@pothos/core';
import { builder } from './builder.js';
import type { CountedPage } from '../db/paginate.js';
import type { Page } from '../lib/pagination.js';

const PageInfo = builder.objectRef<Page<unknown>>('PageInfo').implement({
  fields: (t) => ({
    hasNextPage: t.exposeBoolean('hasNextPage'),
    endCursor: t.exposeString('endCursor', {
      nullable: true,
      description: 'Pass as `after` to get the next page',
    }),
  }),
});

/**
 * The GraphQL type of one page of `node`s. In code a list's page is a "page"; the schema keeps the
 * Relay name `<Node>Connection` that clients and their tools expect (so the retailers' page reads
 * `ConnectionConnection`: "Connection" alone, in the schema and the docs, is a brand's retailer).
 */
export function pageType<T>(name: string, node: ObjectRef<any, T>) {
  return builder.objectRef<CountedPage<T>>(`${name}Connection`).implement({
    fields: (t) => ({
      nodes: t.field({ type: [node], resolve: (page) => page.nodes }),
      pageInfo: t.field({ type: PageInfo, resolve: (page) => page }),
      totalCount: t.int({ description: 'Matching rows across all pages', resolve: (page) => page.totalCount() }),
    }),
  });
}

/** The arguments every paginated field takes. */
export const pageArgs = (arg: ArgBuilder<any>) => ({
  first: arg.int({ required: false, description: 'Page size, 1 to 100 (default 50)' }),
  after: arg.string({ required: false, description: '`pageInfo.endCursor` of the previous page' }),
});
