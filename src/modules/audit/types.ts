import { builder } from '../../graphql/builder.js';
import { pageType, pageArgs } from '../../graphql/pagination.js';
import { asMember } from '../../request/context.js';
import { MEMBER, USER_MANAGER } from '../../graphql/scopes.js';
import { InviteRef } from '../invites/types.js';
import { describedEnum } from '../../graphql/enums.js';
import { UserRef } from '../users/types.js';
import { listAuditLog } from './service.js';
import { AuditAction, type AuditRow, auditActions, auditDetailsNeed } from './tables.js';

export const AuditActionEnum = describedEnum('AuditAction', 'What kind of change an audit entry records', AuditAction);

const AuditSubjectTypeEnum = builder.enumType('AuditSubjectType', {
  description: 'The type of record an audit entry is about (a type of this schema)',
  values: [...new Set(Object.values(auditActions).map(([subject]) => subject))],
});

/** An entry's details need the capability guarding its subject (a cost change needs the catalog). */
const detailsRule = (entry: AuditRow) => {
  const capability = auditDetailsNeed(entry.action);
  return capability ? { [capability]: true } : MEMBER;
};

const AuditEntryRef = builder.objectRef<AuditRow>('AuditEntry').implement({
  description: 'One recorded change: who did what to whom, before and after, when',
  fields: (t) => ({
    id: t.exposeID('id'),
    action: t.expose('action', { type: AuditActionEnum }),
    actor: t.field({
      type: UserRef,
      nullable: true,
      description: 'Who made the change; deleted users still show here with their name and email',
      resolve: (entry, _args, ctx) => (entry.actorId ? ctx.loaders.member.load(entry.actorId) : null),
    }),
    subjectType: t.expose('subjectType', { type: AuditSubjectTypeEnum }),
    subjectId: t.exposeID('subjectId', { description: 'The id of the record the entry is about' }),
    target: t.field({
      type: UserRef,
      nullable: true,
      resolve: (entry, _args, ctx) => (entry.targetId ? ctx.loaders.member.load(entry.targetId) : null),
    }),
    invite: t.field({
      type: InviteRef,
      nullable: true,
      resolve: (entry, _args, ctx) => (entry.inviteId ? ctx.loaders.invite.load(entry.inviteId) : null),
    }),
    before: t.expose('before', { type: 'JSON', nullable: true, authScopes: detailsRule }),
    after: t.expose('after', { type: 'JSON', nullable: true, authScopes: detailsRule }),
    at: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const AuditEntryConnection = pageType('AuditEntry', AuditEntryRef);

builder.queryField('auditLog', (t) =>
  t.field({
    type: AuditEntryConnection,
    description: 'Every recorded change in the account (users, invites, permissions, and every feature), newest first',
    authScopes: USER_MANAGER,
    args: {
      ...pageArgs(t.arg),
      targetId: t.arg.id({ required: false, description: 'Only changes to this user' }),
      subjectType: t.arg({ type: AuditSubjectTypeEnum, required: false, description: 'Only changes to records of this type' }),
      subjectId: t.arg.id({ required: false, description: 'Only changes to this record' }),
    },
    resolve: (_root, args, ctx) => listAuditLog(asMember(ctx), args),
  }),
);
