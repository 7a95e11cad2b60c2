import { badInput } from '../errors.js';

/** Input checks shared by every module; each failure names the field at fault. */

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function email(field: string, value: string): string {
  const normalized = value.trim().toLowerCase();
  if (normalized.length > 254 || !EMAIL.test(normalized)) {
    throw badInput(field, `${field} must be a valid email address`);
  }
  return normalized;
}

export function text(field: string, value: string, max = 200): string {
  const trimmed = value.trim();
  if (trimmed.length === 0) throw badInput(field, `${field} must not be empty`);
  if (trimmed.length > max) throw badInput(field, `${field} must be at most ${max} characters`);
  return trimmed;
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
