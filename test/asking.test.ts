import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kit } from './kit/index.js';
import * as op from './kit/operations.js';

// Asking before acting: a front-end hides a button instead of letting the mutation fail.
let kit: Kit;
beforeAll(async () => {
  kit = await Kit.start('Asking Co');
});
afterAll(() => kit.close());

describe('me { can explain }', () => {
  it('answers for the caller, with the reason a refusal would give', async () => {
    const planner = await kit.member(['REPLENISHMENT', 'MODIFY_SHARED_PRESETS']);
    const forecast = await kit.ok(op.MyCapability, { capability: 'EDIT_FORECAST' }, planner);
    expect(forecast.me).toEqual({
      can: true,
      explain: { allowed: true, reason: 'GRANTED', grantedBy: ['REPLENISHMENT'], restrictedBy: [] },
    });
    const shared = await kit.ok(op.MyCapability, { capability: 'MODIFY_SHARED_PRESETS' }, planner);
    expect(shared.me).toEqual({
      can: false,
      explain: { allowed: false, reason: 'REQUIRES_OTHER_CAPABILITY', grantedBy: ['MODIFY_SHARED_PRESETS'], restrictedBy: [] },
    });
    // What the refusal itself says, for the same question.
    const refused = await kit.run(op.SaveSharedReportPreset, { input: { name: 'Team', filters: {} } }, planner);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      capability: 'MODIFY_SHARED_PRESETS',
      reason: 'REQUIRES_OTHER_CAPABILITY',
    });
  });

  it('wholesale while the account feature is off: no, because of the feature, even with full access', async () => {
    const answer = await kit.ok(op.MyCapability, { capability: 'WHOLESALE' }, kit.admin);
    expect(answer.me).toEqual({ can: false, explain: { allowed: false, reason: 'FEATURE_DISABLED', grantedBy: [], restrictedBy: [] } });
  });
});

describe('user(id) { can explain }', () => {
  it('a manager asks about anyone; a member only about themselves', async () => {
    const buyer = await kit.member(['PURCHASE_ORDERS']);
    const other = await kit.member(['OVERVIEW']);
    const asked = await kit.ok(op.UserCapability, { id: buyer.userId, capability: 'SEND_EMAILS' }, kit.admin);
    expect(asked.user).toEqual({ can: true, explain: { allowed: true, reason: 'GRANTED', grantedBy: ['PURCHASE_ORDERS'] } });
    const self = await kit.ok(op.UserCapability, { id: other.userId, capability: 'SEND_EMAILS' }, other);
    expect(self.user).toEqual({ can: false, explain: { allowed: false, reason: 'NOT_GRANTED', grantedBy: [] } });

    const prying = await kit.run(op.UserCapability, { id: buyer.userId, capability: 'SEND_EMAILS' }, other);
    expect(prying.data?.user).toEqual({ can: null, explain: null });
    expect(prying.errors?.map((error) => [error.path?.join('.'), error.extensions?.capability])).toEqual([
      ['user.can', 'MANAGE_USERS'],
      ['user.explain', 'MANAGE_USERS'],
    ]);
  });
});
