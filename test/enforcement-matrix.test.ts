import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../src/schema.js';
import { type Capability, capabilityName } from '../src/modules/permissions/capabilities.js';
import { catalog } from '../src/modules/permissions/catalog.js';
import { decide } from '../src/modules/permissions/decide.js';
import { guardsOf, onlyFullAccess, ruleAt } from '../src/modules/permissions/guards.js';
import type { PermissionKey } from './kit/gql/graphql.js';
import { Kit } from './kit/index.js';
import { account } from './matrix/account.js';
import type { Exercised } from './matrix/exercise.js';
import { inventoryPlanner } from './matrix/inventory-planner.js';
import { styles } from './matrix/styles.js';
import * as op from './kit/operations.js';

/**
 * The enforcement matrix, generated from the schema and the catalog: for every entry and every
 * coordinate it guards (read from the schema, see src/modules/permissions/guards.ts), a member who
 * lacks the capability is refused with FORBIDDEN naming it and the reason, and nothing is written;
 * a member who has it succeeds; full access succeeds everywhere. For a permission set or an Allow
 * toggle, "lacks" is "does not hold the entry"; for a Restrict toggle it is "has the toggle on".
 *
 * What is written per coordinate is only how to reach it: one operation (`exercises` below), the
 * records it needs (made by the admin), and which other entries the caller needs to get there
 * (`alsoNeeds`: a field-level guard is reached through a parent the caller may see).
 */
const areas = [inventoryPlanner, account, styles];
const exercises = areas.flatMap((area) => area.exercises);
let kit: Kit;

const exerciseFor = (coordinate: string) => exercises.find((exercise) => exercise.covers.includes(coordinate));
/** Entries with something to prove: every Inventory Planner entry; JOOR entries as their features land. */
const entries = catalog.filter((entry) => entry.kind !== 'SCOPE' && guardsOf(schema, entry).length > 0);
const effective = (permissions: readonly string[]) => decide(permissions, { wholesale: true });

beforeAll(async () => {
  kit = await Kit.start('Matrix Co');
  await kit.ok(op.EnableWholesale, {});
  for (const area of areas) await area.setUp(kit);
});
afterAll(() => kit.close());

describe('the matrix covers the schema', () => {
  it('every coordinate an entry guards has an exercise', () => {
    const uncovered = entries.flatMap((entry) => guardsOf(schema, entry)).filter((coordinate) => !exerciseFor(coordinate));
    expect([...new Set(uncovered)]).toEqual([]);
  });
});

for (const entry of entries) {
  describe(`${entry.key} ("${entry.name}")`, () => {
    for (const coordinate of guardsOf(schema, entry)) {
      if (exerciseFor(coordinate)?.provenBy) {
        it.skip(`${coordinate}: proven by ${exerciseFor(coordinate)!.provenBy}`, () => {});
        continue;
      }
      const rule = ruleAt(schema, coordinate) as { capabilities: Capability[]; mode: 'any' | 'all' };
      // The capabilities of this entry that guard this coordinate.
      const guarding = (entry.key === 'FULL_ACCESS' ? onlyFullAccess : [...entry.grants, ...entry.removes]).filter((capability) =>
        rule.capabilities.includes(capability),
      );

      it(`${coordinate}: refused ${entry.kind === 'RESTRICT' ? `with ${entry.key}` : `without ${guarding.map(capabilityName).join(' or ')}`}, nothing written`, async () => {
        const exercise = exerciseFor(coordinate) as Exercised;
        const lacking = await kit.member(entry.kind === 'RESTRICT' ? [...(exercise.alsoNeeds ?? []), entry.key as PermissionKey] : exercise.alsoNeeds ?? []);
        const permissions = effective(lacking.permissions);
        const missing = rule.capabilities.filter((capability) => !permissions.has(capability));
        expect(rule.mode === 'all' ? missing.length > 0 : missing.length === rule.capabilities.length, 'the member must fail the rule').toBe(true);
        const variables = (await exercise.variables?.(kit, lacking)) ?? {};
        const before = await kit.snapshot();
        const response = await kit.run(exercise.document, variables, lacking);
        expect(await kit.snapshot()).toBe(before);
        // A field-level guard answers null with the error at that field's path, and the rest still resolves.
        const field = /^(?!Query\.|Mutation\.)\w+\.(\w+)$/.exec(coordinate)?.[1];
        if (field) expect(response.data).toBeTruthy();
        const refusal = response.errors?.find(
          (error) =>
            error.extensions?.code === 'FORBIDDEN' &&
            missing.some((capability) => capabilityName(capability) === error.extensions!.capability) &&
            (!field || error.path?.at(-1) === field),
        );
        expect(refusal, JSON.stringify(response.errors)).toBeDefined();
        const named = missing.find((capability) => capabilityName(capability) === refusal!.extensions!.capability)!;
        expect(refusal!.extensions!.reason).toBe(permissions.explain(named).reason);
        if (guarding.includes(named)) {
          expect(entry.kind === 'RESTRICT' ? refusal!.extensions!.restrictedBy : refusal!.extensions!.grantedBy).toContain(entry.key);
        }
      });

      it(`${coordinate}: allowed ${entry.kind === 'RESTRICT' ? 'without' : 'with'} ${entry.key}`, async () => {
        const exercise = exerciseFor(coordinate) as Exercised;
        const holding = await kit.member(entry.kind === 'RESTRICT' ? exercise.alsoNeeds ?? [] : [...(exercise.alsoNeeds ?? []), entry.key as PermissionKey]);
        const response = await kit.run(exercise.document, (await exercise.variables?.(kit, holding)) ?? {}, holding);
        expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
      });
    }
  });
}

describe('full access', () => {
  for (const exercise of exercises.filter((exercise): exercise is Exercised => Boolean(exercise.document))) {
    it(`${exercise.covers.join(', ')}: allowed`, async () => {
      const response = await kit.run(exercise.document, (await exercise.variables?.(kit, kit.admin)) ?? {}, kit.admin);
      expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    });
  }
});
