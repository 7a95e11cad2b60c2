import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, Kit, ok, run } from '../kit/index.js';
import * as op from '../kit/operations.js';

// The audit log records every feature's changes with their subject; a user manager reads the whole
// log, but an entry's details stay hidden when they lack the capability guarding its subject.
let kit: Kit;
beforeAll(async () => {
  kit = await Kit.start('Audited Co');
});
afterAll(() => kit.close());

const LOG = graphql(`
  query InventoryAuditLog($subjectType: AuditSubjectType) {
    auditLog(first: 20, subjectType: $subjectType) {
      nodes {
        action
        subjectType
        subjectId
        actor {
          name
        }
        before
        after
      }
    }
  }
`);

describe('audit log of the features', () => {
  it('records each change with its subject, and hides billing and cost details from a manager without them', async () => {
    await kit.ok(op.UpdateBilling, { input: { cardLast4: '4242' } });
    const { createProduct } = await kit.ok(op.CreateProduct, {
      input: { name: 'Cap', category: 'Hats', variants: [{ sku: 'CAP-1', title: 'One', costCents: 300, priceCents: 900 }] },
    });
    const variantId = createProduct.variants[0]!.id;
    await kit.ok(op.UpdateVariant, { input: { variantId, priceCents: 1000 } });

    const full = await ok(kit.server, LOG, {}, kit.admin.token);
    const byAction = (nodes: Array<{ action: string }>, action: string) => nodes.find((node) => node.action === action) as any;
    expect(byAction(full.auditLog.nodes, 'VARIANT_UPDATED')).toMatchObject({
      subjectType: 'Variant',
      subjectId: variantId,
      before: { priceCents: 900 },
      after: { priceCents: 1000 },
    });
    expect(byAction(full.auditLog.nodes, 'BILLING_UPDATED')).toMatchObject({ subjectType: 'Account', after: { cardLast4: '4242' } });

    const manager = await kit.member(['ALLOW_MANAGE_PERMISSIONS']);
    const partial = await run(kit.server, LOG, {}, manager.token);
    const billing = byAction(partial.data!.auditLog.nodes, 'BILLING_UPDATED');
    expect(billing).toMatchObject({ subjectType: 'Account', before: null, after: null });
    expect(byAction(partial.data!.auditLog.nodes, 'VARIANT_UPDATED')).toMatchObject({ before: null, after: null });
    const refusals = new Set(partial.errors?.map((error) => error.extensions?.capability));
    expect(refusals).toEqual(new Set(['BILLING', 'CATALOG']));
    // Membership entries keep their details: managing users is what the log is for.
    const invited = byAction(partial.data!.auditLog.nodes, 'INVITE_SENT');
    expect(invited.after).toMatchObject({ permissions: ['ALLOW_MANAGE_PERMISSIONS'] });

    const variants = await ok(kit.server, LOG, { subjectType: 'Variant' }, kit.admin.token);
    expect(variants.auditLog.nodes.map((node: { action: string }) => node.action)).toEqual(['VARIANT_UPDATED']);
  });
});
