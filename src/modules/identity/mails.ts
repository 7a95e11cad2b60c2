import type { App } from '../../app.js';
import { type MailLine, type MailMessage, link } from '../mail/message.js';

/**
 * The emails of sign-up, reset and email change. None of them quotes text a stranger typed (a
 * name, an account name): anyone can ask for them to be sent to any address, so they carry only
 * Roster's own words, the address itself and Roster's own links.
 */
const message = (to: string, subject: string, lines: MailLine[]): MailMessage => ({ accountId: null, to, subject, lines });

const until = (expiresAt: Date) => `This link works once, until ${expiresAt.toUTCString()}.`;

export const signUpLink = (app: App, to: string, token: string, expiresAt: Date) =>
  message(to, 'Confirm your email to finish signing up to Roster', [
    'Someone, hopefully you, asked to create a Roster login for this address.',
    '',
    link('To finish, open this link and enter the password you chose:', `${app.config.publicUrl}/verify-email?token=${token}`),
    until(expiresAt),
    '',
    'If it was not you, ignore this email: no login is created without it.',
  ]);

export const signUpKnownAddress = (app: App, to: string) =>
  message(to, 'You already have a Roster login', [
    'Someone, hopefully you, asked to sign up to Roster with this address, which already has a login.',
    '',
    link('Sign in with it (the login mutation), then use createAccount for another account:', `${app.config.publicUrl}/graphql`),
    link('Forgot the password? Reset it:', `${app.config.publicUrl}/reset-password`),
    '',
    'If it was not you, ignore this email: nothing changed.',
  ]);

export const resetLink = (app: App, to: string, token: string, expiresAt: Date) =>
  message(to, 'Reset your Roster password', [
    'Someone, hopefully you, asked to reset the password of the Roster login of this address.',
    '',
    link('Choose a new password:', `${app.config.publicUrl}/reset-password?token=${token}`),
    until(expiresAt),
    'Setting it signs your login out everywhere.',
    '',
    'If it was not you, ignore this email: your password stays as it is.',
  ]);

export const resetUnknownAddress = (app: App, to: string) =>
  message(to, 'Roster password reset', [
    'Someone, hopefully you, asked to reset a Roster password for this address, but no Roster login uses it.',
    '',
    'If it was you, you may have signed up with another address. If not, ignore this email.',
    link('To create a login (the signUp mutation):', `${app.config.publicUrl}/graphql`),
  ]);

export const emailChangeLink = (app: App, to: string, token: string, expiresAt: Date) =>
  message(to, 'Confirm the new email of your Roster login', [
    'Someone, hopefully you, asked to move a Roster login to this address.',
    '',
    link('Confirm it:', `${app.config.publicUrl}/confirm-email?token=${token}`),
    until(expiresAt),
    '',
    'If it was not you, ignore this email: nothing changes without it.',
  ]);

export const emailChangeTaken = (to: string) =>
  message(to, 'This address already has a Roster login', [
    'Someone asked to move a Roster login to this address, but this address already has a login of its own, so nothing changed.',
  ]);

export const emailChangeRequested = (app: App, to: string, newEmail: string) =>
  message(to, 'A change of your Roster email was requested', [
    `Someone signed in to your Roster login asked to change its email to ${newEmail}.`,
    'It takes effect only once confirmed from that address.',
    '',
    link('If it was not you, reset your password now:', `${app.config.publicUrl}/reset-password`),
  ]);

export const emailChanged = (to: string, newEmail: string) =>
  message(to, 'Your Roster login has a new email', [
    `The email of your Roster login is now ${newEmail}; this address no longer signs in.`,
    'If it was not you, contact the admins of your accounts.',
  ]);

export const passwordChanged = (app: App, to: string) =>
  message(to, 'Your Roster password was changed', [
    'The password of your Roster login was changed, and its other sessions were ended.',
    '',
    link('If it was not you, reset your password now:', `${app.config.publicUrl}/reset-password`),
  ]);
