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
