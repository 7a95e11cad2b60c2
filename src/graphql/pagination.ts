import type { ArgBuilder, ObjectRef } from '@pothos/core';
import { builder } from './builder.js';
import type { Connection } from '../db/paginate.js';
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

export function connectionType<T>(name: string, node: ObjectRef<any, T>) {
  return builder.objectRef<Connection<T>>(`${name}Connection`).implement({
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
