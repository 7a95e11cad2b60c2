import { domainToASCII } from 'node:url';
import { badInput } from '../errors.js';

/** Input checks shared by every module; each failure names the field at fault. */

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Characters no name or address may hold: controls (CR, LF, NUL: they forge mail headers and log
 * lines), format characters (zero-width, bidi overrides: they make one text look like another),
 * unassigned, private-use and lone surrogate code points.
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Cn}\p{Co}\p{Cs}]/u;
/** The same, letting line breaks through (addresses, descriptions). */
const HIDDEN_BUT_NEWLINES = /(?!\n)[\p{Cc}\p{Cf}\p{Cn}\p{Co}\p{Cs}]/u;

/**
 * One mailbox, one address: NFKC (a fullwidth `ｅ` is an `e`), trimmed, lower-cased, the domain
 * converted to ASCII with IDNA (UTS 46); hidden characters refused, and a local part of ASCII only,
 * so that no address can look like another one. Plus-addresses and dots are kept: for most mail
 * providers they are different mailboxes. Null when the text is not such an address.
 */
export function normalizeEmail(value: string): string | null {
  const text = value.normalize('NFKC').trim().toLowerCase();
  if (HIDDEN.test(text)) return null;
  const at = text.lastIndexOf('@');
  const local = text.slice(0, at);
  const domain = domainToASCII(text.slice(at + 1));
  if (at <= 0 || !domain || !/^[\x21-\x7e]+$/.test(local)) return null;
  const address = `${local}@${domain}`;
  return address.length <= 254 && EMAIL.test(address) ? address : null;
}

export function email(field: string, value: string): string {
  const address = normalizeEmail(value);
  if (!address) {
    throw badInput(field, `${field} must be a valid email address (no hidden characters; the part before @ in ASCII)`);
  }
  return address;
}

/** One line of text (a name, a title): NFC, trimmed, bounded, with no hidden character. */
export function text(field: string, value: string, max = 200): string {
  return checked(field, value.normalize('NFC').trim(), max, HIDDEN, 'line breaks, control or invisible characters');
}

/**
 * What a name must not look like, read after NFKC (a fullwidth `ｗｗｗ．` is `www.`): mail clients
 * turn links and addresses into something to click, and a phone number is a lure all the same.
 */
const LOOKS_LIKE: Array<[RegExp, string]> = [
  // A scheme, `www.`, or a domain: a word, a dot (or an ideographic one) and two letters or more.
  [/[a-z][a-z\d+.-]*:\/\/|\b(?:mailto|tel|sms|javascript|data):|www[.\u3002]|[\p{L}\p{N}-][.\u3002]\p{L}{2,}/iu, 'a link'],
  [/\S@\S/u, 'an email address'],
  // Seven digits or more, with spaces, dashes, dots, slashes or brackets between them.
  [/\p{Nd}(?:[\s()./-]*\p{Nd}){6}/u, 'a phone number'],
];

/**
 * A person's or an account's name, which invite emails quote: one line of text (`text`) that does
 * not look like a link, an email address or a phone number, so that no name can carry a lure in
 * an email from Roster's own sender.
 */
export function name(field: string, value: string, max = 200): string {
  const line = text(field, value, max);
  const plain = line.normalize('NFKC');
  for (const [pattern, what] of LOOKS_LIKE) {
    if (pattern.test(plain)) throw badInput(field, `${field} must not look like ${what}: emails quote it`);
  }
  return line;
}

/** Text that may run over several lines (an address, a description): as `text`, line breaks allowed. */
export function paragraph(field: string, value: string, max = 2000): string {
  return checked(field, value.normalize('NFC').replace(/\r\n?/g, '\n').trim(), max, HIDDEN_BUT_NEWLINES, 'control or invisible characters');
}

function checked(field: string, text: string, max: number, hidden: RegExp, what: string): string {
  if (text.length === 0) throw badInput(field, `${field} must not be empty`);
  if (text.length > max) throw badInput(field, `${field} must be at most ${max} characters`);
  if (hidden.test(text)) throw badInput(field, `${field} must not contain ${what}`);
  return text;
}

export function password(field: string, value: string): string {
  if (value.length < 8) throw badInput(field, `${field} must be at least 8 characters`);
  if (value.length > 200) throw badInput(field, `${field} must be at most 200 characters`);
  return value;
}

/** A whole number from `min` to `max` (counts, days, cents). */
export function wholeNumber(field: string, value: number, min: number, max = 1_000_000_000): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(field, `${field} must be a whole number from ${min} to ${max}`);
  }
  return value;
}

/** An amount in cents that both databases store in an integer column (up to $21,474,836.47). */
export const cents = (field: string, value: number) => wholeNumber(field, value, 0, 2_147_483_647);

/** A number of units (stock, sales, order quantities): up to a million, so that totals stay exact. */
export const units = (field: string, value: number, min = 0) => wholeNumber(field, value, min, 1_000_000);

/** At most `max` items in a list argument. */
export function atMost<T>(field: string, list: readonly T[], max = 100): readonly T[] {
  if (list.length > max) throw badInput(field, `${field} takes at most ${max} items`);
  return list;
}

/** A month as `YYYY-MM`. */
export function month(field: string, value: string): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) throw badInput(field, `${field} must be a month as YYYY-MM`);
  return value;
}

/** A day as `YYYY-MM-DD` (a real date). */
export function day(field: string, value: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw badInput(field, `${field} must be a date as YYYY-MM-DD`);
  }
  return value;
}
