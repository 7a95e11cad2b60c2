import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { PermissionKey } from '../kit/gql/graphql.js';
import type { Caller, Kit } from '../kit/index.js';

/**
 * How to reach guarded coordinates of the schema: one operation, the records it needs (made by the
 * admin in `variables`), and which other entries the caller needs to get there (`alsoNeeds`: a
 * field-level guard is reached through a parent the caller may see).
 */
export type Exercise = Exercised | ProvenElsewhere;

export interface Exercised {
  covers: string[];
  document: TypedDocumentNode<any, any>;
  provenBy?: undefined;
  variables?: (kit: Kit, caller: Caller) => Promise<Record<string, unknown>> | Record<string, unknown>;
  alsoNeeds?: PermissionKey[];
}

/**
 * Coordinates that one request cannot prove (a subscription's later events, a rule that depends on
 * the data): the suite that proves them, named. The matrix still requires every coordinate here.
 */
export interface ProvenElsewhere {
  covers: string[];
  /** The tests that prove them: each must exist, by file and exact name (checked by the matrix). */
  provenBy: TestId[];
  document?: undefined;
}

/** A test, by its file and its exact name (an `it(...)` of that file). */
export interface TestId {
  file: string;
  test: string;
}

/** The exercises of one area of the product, and the records they share (made once, by the admin). */
export interface Area {
  setUp(kit: Kit): Promise<void>;
  exercises: Exercise[];
}
