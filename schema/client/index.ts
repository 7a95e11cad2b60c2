import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { ClientPermissionCatalogQuery, PermissionCategory, PermissionKey } from './gql/graphql.js';

export * as operations from './operations.js';

/** An error Roster answered with: its message and `extensions` (`code`, and `capability` or `rule` for a refusal). */
export class RosterClientError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly extensions: Record<string, unknown>,
  ) {
    super(message);
  }
}

export interface RosterClient {
  /** Runs a typed operation; answers its data, or throws the first error as a RosterClientError. */
  request<Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables: Variables): Promise<Result>;
  /** Signs the client in (or out, with null): later requests carry `Authorization: Bearer <token>`. */
  useToken(token: string | null): void;
}

/** A small typed client for Roster over `fetch`, as a browser or Node front-end would use it. */
export function createRosterClient({ url, token = null }: { url: string; token?: string | null }): RosterClient {
  let session = token;
  return {
    useToken: (next) => void (session = next),
    async request(document, variables) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(session ? { authorization: `Bearer ${session}` } : {}) },
        body: JSON.stringify({ query: print(document), variables }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
      const [error] = body.errors ?? [];
      if (error) throw new RosterClientError(error.message, error.extensions?.code as string | undefined, error.extensions ?? {});
      return body.data as never;
    },
  };
}

type CatalogEntry = ClientPermissionCatalogQuery['permissionCatalog'][number];

export interface PermissionEditorSection {
  category: PermissionCategory;
  /** Permission sets and Allow toggles are checkboxes that add; Restrict toggles take an everyday power away; Scope narrows. */
  entries: Array<CatalogEntry & { effect: string }>;
}

/**
 * What a permission editor renders, from `permissionCatalog`: one section per category, in the
 * catalog's order, each entry with a one-line effect built from what it grants or removes.
 */
export function permissionEditor(catalog: readonly CatalogEntry[], holding: readonly PermissionKey[] = []) {
  const sections = new Map<PermissionCategory, PermissionEditorSection>();
  for (const entry of catalog) {
    const section =
      sections.get(entry.category) ?? sections.set(entry.category, { category: entry.category, entries: [] }).get(entry.category)!;
    const effect =
      entry.key === 'FULL_ACCESS'
        ? 'everything'
        : [
            ...entry.grants.map((c) => `+${c}`),
            ...entry.removes.map((c) => `−${c}`),
            ...(entry.narrows ? [`narrows ${entry.narrows}`] : []),
          ].join(', ');
    section.entries.push({ ...entry, effect });
  }
  return { sections: [...sections.values()], checked: new Set(holding) };
}
