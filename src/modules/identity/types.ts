import { builder } from '../../graphql/builder.js';
import { HASHES_PASSWORDS_FIRST } from '../../graphql/transactions.js';
import { transactionAfterHashing } from '../../request/transaction.js';
import { MEMBER } from '../../graphql/scopes.js';
import { AuthPayloadRef } from '../auth/types.js';
import {
  type EmailSent,
  changeEmail,
  changePassword,
  confirmEmailChange,
  requestPasswordReset,
  resetPassword,
  signUp,
  verifyEmail,
} from './service.js';

const EmailSentRef = builder.objectRef<EmailSent>('EmailSent').implement({
  description: 'An email is on its way. The answer is the same whether or not the address has a login.',
  fields: (t) => ({
    email: t.exposeString('email', { description: 'The address, as Roster normalised it' }),
    message: t.exposeString('message'),
  }),
});

const SignUpInput = builder.inputType('SignUpInput', {
  fields: (t) => ({
    accountName: t.string({ required: true }),
    name: t.string({ required: true }),
    email: t.string({ required: true }),
    password: t.string({ required: true, description: 'At least 8 characters; asked again with the emailed link' }),
  }),
});

const TokenAndPassword = (name: string, password: string) =>
  builder.inputType(name, {
    fields: (t) => ({
      token: t.string({ required: true, description: 'From the emailed link' }),
      password: t.string({ required: true, description: password }),
    }),
  });

const VerifyEmailInput = TokenAndPassword('VerifyEmailInput', 'The password chosen at sign-up');
const ResetPasswordInput = TokenAndPassword('ResetPasswordInput', 'The new password, at least 8 characters');

const ChangePasswordInput = builder.inputType('ChangePasswordInput', {
  fields: (t) => ({
    currentPassword: t.string({ required: true }),
    newPassword: t.string({ required: true, description: 'At least 8 characters' }),
  }),
});

const ChangeEmailInput = builder.inputType('ChangeEmailInput', {
  fields: (t) => ({
    newEmail: t.string({ required: true }),
    password: t.string({ required: true, description: 'Your current password' }),
  }),
});

const PUBLIC = { skipTypeScopes: true, authScopes: { public: true } } as const;

builder.mutationFields((t) => ({
  signUp: t.field({
    ...PUBLIC,
    type: EmailSentRef,
    description:
      'Starts a sign-up: emails a link to the address; `verifyEmail` then creates the login, its account (you with full access) and a session. Public.',
    args: { input: t.arg({ type: SignUpInput, required: true }) },
    resolve: (_root, { input }, ctx) => signUp(ctx, input),
  }),
  verifyEmail: t.field({
    ...PUBLIC,
    type: AuthPayloadRef,
    description: 'Finishes a sign-up from its emailed link, with the password chosen then; returns your first session. Public.',
    args: { input: t.arg({ type: VerifyEmailInput, required: true }) },
    resolve: (_root, { input }, ctx) => verifyEmail(ctx, input),
  }),
  requestPasswordReset: t.field({
    ...PUBLIC,
    type: EmailSentRef,
    description: 'Emails a single-use link to set a new password. Public.',
    args: { email: t.arg.string({ required: true }) },
    resolve: (_root, { email }, ctx) => requestPasswordReset(ctx, email),
  }),
  resetPassword: t.boolean({
    ...PUBLIC,
    description: 'Sets a new password from a reset link; every session of the login ends. Public.',
    args: { input: t.arg({ type: ResetPasswordInput, required: true }) },
    resolve: (_root, { input }, ctx) => resetPassword(ctx, input),
  }),
  confirmEmailChange: t.boolean({
    ...PUBLIC,
    description: 'Moves your login to the new address its emailed link was sent to. Public: the link is the proof.',
    args: { token: t.arg.string({ required: true }) },
    resolve: (_root, { token }, ctx) => confirmEmailChange(ctx, token),
  }),
  changePassword: t.boolean({
    description: 'Changes your password; your other sessions end',
    authScopes: MEMBER,
    extensions: HASHES_PASSWORDS_FIRST,
    args: { input: t.arg({ type: ChangePasswordInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      await changePassword(transactionAfterHashing(ctx), input);
      return true;
    },
  }),
  changeEmail: t.field({
    type: EmailSentRef,
    description: 'Emails a confirmation link to the new address; the change happens when it is followed',
    authScopes: MEMBER,
    extensions: HASHES_PASSWORDS_FIRST,
    args: { input: t.arg({ type: ChangeEmailInput, required: true }) },
    resolve: (_root, { input }, ctx) => changeEmail(transactionAfterHashing(ctx), input),
  }),
}));
