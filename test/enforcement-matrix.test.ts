import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../src/graphql/schema.js';
import { type Capability, capabilityName } from '../src/modules/permissions/capabilities.js';
import { catalog, entriesGranting } from '../src/modules/permissions/catalog.js';
import { decide } from '../src/modules/permissions/decide.js';
import { decidedInsideAt, guardsOf, onlyFullAccess, ruleAt } from '../src/modules/permissions/guards.js';
import type { PermissionKey } from './kit/gql/graphql.js';
import { Kit } from './kit/index.js';
import { account } from './matrix/account.js';
import type { Exercised } from './matrix/exercise.js';
import { inventoryPlanner } from './matrix/inventory-planner.js';
import { orders } from './matrix/orders.js';
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
const areas = [inventoryPlanner, account, styles, orders];
const exercises = areas.flatMap((area) => area.exercises);
let kit: Kit;

/** The operation that proves a declared guard at `coordinate`. */
const exerciseFor = (coordinate: string) =>
  exercises.find((exercise): exercise is Exercised => Boolean(exercise.document) && exercise.covers.includes(coordinate));
/** The suite that proves a capability decided inside, from the data, at `coordinate`. */
const proofOf = (coordinate: string) => exercises.find((exercise) => exercise.provenBy && exercise.covers.includes(coordinate))?.provenBy;

/** The capabilities of `entry` at `coordinate`: declared on it (a rule), or decided inside from the data. */
function guardingAt(entry: (typeof catalog)[number], coordinate: string) {
  const rule = ruleAt(schema, coordinate);
  const declared = rule && 'capabilities' in rule ? rule.capabilities : [];
  const own = entry.key === 'FULL_ACCESS' ? onlyFullAccess : [...entry.grants, ...entry.removes];
  return {
    rule: rule as { capabilities: Capability[]; mode: 'any' | 'all' },
    declared: own.filter((capability) => declared.includes(capability)),
    decidedInside: own.filter((capability) => decidedInsideAt(schema, coordinate).includes(capability)),
  };
}
/** The first entry other than full access that grants `capability`. */
const grantingEntry = (capability: Capability) =>
  entriesGranting(capability).find((granting) => granting.key !== 'FULL_ACCESS')!.key as PermissionKey;

/**
 * For a rule that needs all its capabilities (`$all`), the entries granting those `entry` does not
 * decide and a member lacks by default, so that only `entry` says yes or no.
 */
function grantsOfTheRest(entry: (typeof catalog)[number], rule: { capabilities: Capability[]; mode: 'any' | 'all' }): PermissionKey[] {
  if (rule.mode !== 'all') return [];
  const own = new Set<Capability>(entry.key === 'FULL_ACCESS' ? onlyFullAccess : [...entry.grants, ...entry.removes]);
  return rule.capabilities.filter((capability) => !own.has(capability) && !effective([]).has(capability)).map(grantingEntry);
}

/** Every entry but the SCOPE one, which narrows records instead of refusing (see the end of this file). */
const entries = catalog.filter((entry) => entry.kind !== 'SCOPE');
const effective = (permissions: readonly string[]) => decide(permissions, { wholesale: true });

beforeAll(async () => {
  kit = await Kit.start('Matrix Co');
  await kit.ok(op.EnableWholesale, {});
  for (const area of areas) await area.setUp(kit);
});
afterAll(() => kit.close());

describe('the matrix covers the schema', () => {
  it('every guard an entry declares has an exercise, and every one decided inside names the suite proving it', () => {
    const uncovered = entries.flatMap((entry) =>
      guardsOf(schema, entry).flatMap((coordinate) => {
        const { declared, decidedInside } = guardingAt(entry, coordinate);
        return [
          ...(declared.length && !exerciseFor(coordinate) && !proofOf(coordinate) ? [coordinate] : []),
          ...(decidedInside.length && !proofOf(coordinate) ? [`${coordinate} (decided inside)`] : []),
        ];
      }),
    );
    expect([...new Set(uncovered)]).toEqual([]);
  });

  it('every test named as a proof exists, by file and exact name', () => {
    const missing = exercises
      .flatMap((exercise) => exercise.provenBy ?? [])
      .filter(({ file, test }) => {
        const source = existsSync(file) ? readFileSync(file, 'utf8') : '';
        return ![`'${test}'`, `"${test}"`, `\`${test}\``].some((quoted) => source.includes(`it(${quoted}`));
      });
    expect(missing).toEqual([]);
  });
});

for (const entry of entries) {
  describe(`${entry.key} ("${entry.name}")`, () => {
    for (const coordinate of guardsOf(schema, entry)) {
      const { rule, declared: guarding } = guardingAt(entry, coordinate);
      if (guarding.length === 0 || !exerciseFor(coordinate)) {
        it.skip(`${coordinate}: proven by ${proofOf(coordinate)
          ?.map(({ file, test }) => `${file}: ${test}`)
          .join('; ')}`, () => {});
        continue;
      }

      it(`${coordinate}: refused ${entry.kind === 'RESTRICT' ? `with ${entry.key}` : `without ${guarding.map(capabilityName).join(' or ')}`}, nothing written`, async () => {
        const exercise = exerciseFor(coordinate)!;
        const needs = [...(exercise.alsoNeeds ?? []), ...grantsOfTheRest(entry, rule)];
        const lacking = await kit.member(entry.kind === 'RESTRICT' ? [...needs, entry.key as PermissionKey] : needs);
        const permissions = effective(lacking.permissions);
        const missing = rule.capabilities.filter((capability) => !permissions.has(capability));
        expect(
          rule.mode === 'all' ? missing.length > 0 : missing.length === rule.capabilities.length,
          'the member must fail the rule',
        ).toBe(true);
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
        const exercise = exerciseFor(coordinate)!;
        const needs = [...(exercise.alsoNeeds ?? []), ...grantsOfTheRest(entry, rule)];
        const holding = await kit.member(entry.kind === 'RESTRICT' ? needs : [...needs, entry.key as PermissionKey]);
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

/**
 * SCOPE entries narrow records instead of refusing: for every coordinate that declares the
 * narrowing, a member with the toggle on and no region reaches nothing there (NOT_FOUND, a refusal,
 * or an empty list) and writes nothing; the same member without the toggle gets an answer.
 */
const reachesNothing = (data: unknown): boolean =>
  Array.isArray(data)
    ? data.length === 0
    : data && typeof data === 'object'
      ? Object.values(data).every(reachesNothing)
      : typeof data !== 'number' || data === 0; // totalCount

for (const entry of catalog.filter((entry) => entry.kind === 'SCOPE')) {
  describe(`${entry.key} ("${entry.name}")`, () => {
    for (const coordinate of guardsOf(schema, entry)) {
      const exercise = exerciseFor(coordinate);
      // The entries that grant what the rule needs, so that only the narrowing can say no.
      const rule = ruleAt(schema, coordinate);
      const grants = (rule && 'capabilities' in rule ? rule.capabilities : [])
        .filter((capability) => !effective([]).has(capability))
        .map(grantingEntry);
      it(`${coordinate}: reaches nothing outside the member's regions, writes nothing`, async () => {
        expect(exercise, `an exercise for ${coordinate}`).toBeDefined();
        const scoped = await kit.member([...(exercise!.alsoNeeds ?? []), ...grants, entry.key as PermissionKey]);
        const variables = (await exercise!.variables?.(kit, scoped)) ?? {};
        const before = await kit.snapshot();
        const response = await kit.run(exercise!.document, variables, scoped);
        expect(await kit.snapshot()).toBe(before);
        if (response.errors) {
          expect(response.errors.map((error) => error.extensions?.code)).toEqual(
            expect.arrayContaining([expect.stringMatching(/^(NOT_FOUND|FORBIDDEN)$/)]),
          );
        } else {
          expect(reachesNothing(response.data), JSON.stringify(response.data)).toBe(true);
        }
      });
      it(`${coordinate}: answered without the toggle`, async () => {
        const unscoped = await kit.member([...(exercise!.alsoNeeds ?? []), ...grants]);
        const response = await kit.run(exercise!.document, (await exercise!.variables?.(kit, unscoped)) ?? {}, unscoped);
        expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
      });
    }
  });
}
