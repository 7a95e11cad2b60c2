import { builder } from '../../graphql/builder.js';
import { asMember } from '../../request/context.js';
import { MEMBER, USER_MANAGER } from '../../graphql/scopes.js';
import { describedEnum } from '../../graphql/enums.js';
import { AuditActionEnum } from '../audit/types.js';
import { SessionEndReason } from '../auth/index.js';
import { InviteRef } from '../invites/types.js';
import { CapabilityEnum, EffectivePermissionsRef, PermissionKey } from '../permissions/types.js';
import { UserRef } from '../users/types.js';
import { type MembershipEvent, PermissionChangeCause } from './events.js';
import { type PermissionsChange, membershipStream, myPermissionsStream } from './streams.js';

const CauseEnum = describedEnum('PermissionChangeCause', 'Why permissions changed', PermissionChangeCause);
const SessionEndEnum = describedEnum('SessionEnd', 'Why a session ended', {
  ...SessionEndReason,
  EXPIRED: 'The session passed its expiry',
});

const PermissionsChangeRef = builder.objectRef<PermissionsChange>('PermissionsChange').implement({
  description: 'Your effective permissions after a change, and what the change added and removed',
  fields: (t) => ({
    cause: t.expose('cause', { type: CauseEnum }),
    permissions: t.expose('permissions', {
      type: EffectivePermissionsRef,
      nullable: true,
      description: 'Null in the final event of an ended session',
    }),
    capabilitiesAdded: t.expose('capabilitiesAdded', { type: [CapabilityEnum] }),
    capabilitiesRemoved: t.expose('capabilitiesRemoved', { type: [CapabilityEnum] }),
    permissionsAdded: t.expose('permissionsAdded', { type: [PermissionKey] }),
    permissionsRemoved: t.expose('permissionsRemoved', { type: [PermissionKey] }),
    sessionEnded: t.expose('sessionEnded', {
      type: SessionEndEnum,
      nullable: true,
      description: 'Set in the final event, after which the stream (and a WebSocket) closes',
    }),
    at: t.field({ type: 'DateTime', resolve: (change) => new Date(change.at) }),
  }),
});

const MembershipChangeRef = builder.objectRef<MembershipEvent>('MembershipChange').implement({
  description: 'A change to the membership of your account, as recorded in the audit log',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The audit log entry' }),
    action: t.expose('action', { type: AuditActionEnum }),
    actor: t.field({
      type: UserRef,
      nullable: true,
      resolve: (event, _args, ctx) => (event.actorId ? ctx.loaders.member.load(event.actorId) : null),
    }),
    target: t.field({
      type: UserRef,
      nullable: true,
      resolve: (event, _args, ctx) => (event.targetId ? ctx.loaders.member.load(event.targetId) : null),
    }),
    invite: t.field({
      type: InviteRef,
      nullable: true,
      resolve: (event, _args, ctx) => (event.inviteId ? ctx.loaders.invite.load(event.inviteId) : null),
    }),
    at: t.field({ type: 'DateTime', resolve: (event) => new Date(event.at) }),
  }),
});

builder.subscriptionFields((t) => ({
  myPermissionsChanged: t.field({
    type: PermissionsChangeRef,
    description: 'Your effective permissions whenever they change; a final event with `sessionEnded` when your session ends.',
    authScopes: MEMBER,
    subscribe: (_root, _args, ctx) => myPermissionsStream(asMember(ctx), MEMBER),
    resolve: (change) => change,
  }),
  accountMembershipChanged: t.field({
    type: MembershipChangeRef,
    description:
      'Invites sent, re-sent, accepted, expired and revoked; permission edits; deletions in your account. Ends with FORBIDDEN the moment you may no longer manage users.',
    authScopes: USER_MANAGER,
    subscribe: (_root, _args, ctx) => membershipStream(asMember(ctx), USER_MANAGER),
    resolve: (event) => {
      if (event instanceof Error) throw event;
      return event;
    },
  }),
}));
