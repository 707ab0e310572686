import { BadUserInputError, type Problems } from '../errors';
import { parseOptionalId } from './ids';

// Small input checks shared by services; each adds a problem naming the field and rule.

/** Trims a required text and checks its length; returns the trimmed value. */
export function requiredText(problems: Problems, field: string, value: string | null | undefined, max: number, min = 1): string {
  const v = (value ?? '').trim();
  if (v.length < min) problems.add(field, 'required', `${field} is required.`);
  else if (v.length > max) problems.add(field, 'max_length', `${field} must be at most ${max} characters (it has ${v.length}).`);
  return v;
}

/** Trims an optional text (null/undefined -> ''); checks its length. */
export function optionalText(problems: Problems, field: string, value: string | null | undefined, max: number): string {
  const v = (value ?? '').trim();
  if (v.length > max) problems.add(field, 'max_length', `${field} must be at most ${max} characters (it has ${v.length}).`);
  return v;
}

/** An optional unique text: blank becomes null. */
export function optionalKey(problems: Problems, field: string, value: string | null | undefined, max: number): string | null {
  const v = optionalText(problems, field, value, max);
  return v === '' ? null : v;
}

/** A non-negative decimal with at most 12 integer and 2 fractional digits, as a string. */
export function decimalAmount(problems: Problems, field: string, value: number | string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  const s = String(value).trim();
  if (!/^\d{1,12}(\.\d{1,2})?$/.test(s) || !Number.isFinite(Number(s))) {
    problems.add(field, 'decimal', `${field} must be a non-negative amount with at most 2 decimals (got "${s.slice(0, 30)}").`);
    return null;
  }
  return s;
}

/** An ISO calendar date (YYYY-MM-DD) that exists. */
export function isoDate(problems: Problems, field: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const s = value.trim();
  const d = new Date(`${s}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) {
    problems.add(field, 'date', `${field} must be a date like 2024-03-31 (got "${s.slice(0, 30)}").`);
    return null;
  }
  return s;
}

/** Whether the input object carries the key (undefined = leave unchanged on update). */
export function has<T extends object>(input: T, key: keyof T): boolean {
  return (input as Record<string, unknown>)[key as string] !== undefined;
}

/**
 * An id argument: undefined when not given, null when cleared (a `required` problem if the
 * field is required), else the id; a malformed one is added to `problems`, not thrown.
 */
export function idInput(problems: Problems, field: string, value: string | number | null | undefined, required = false): number | null | undefined {
  if (value === undefined) return undefined;
  if (value === null || String(value).trim() === '') {
    if (required) problems.add(field, 'required', `${field} is required.`);
    return null;
  }
  try {
    return parseOptionalId(value, field);
  } catch (e) {
    if (!(e instanceof BadUserInputError)) throw e;
    problems.add(field, 'id', e.message);
    return undefined;
  }
}
