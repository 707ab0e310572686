import { BadUserInputError } from '../errors';

/** Parses a GraphQL `ID` argument into a database id, or BAD_USER_INPUT naming the field. */
export function parseId(value: string | number, field = 'id'): number {
  const s = String(value).trim();
  if (!/^\d{1,10}$/.test(s) || Number(s) < 1 || Number(s) > 2147483647) {
    throw new BadUserInputError({ field, rule: 'id', message: `${field} must be a positive whole number (got "${String(value).slice(0, 40)}").` });
  }
  return Number(s);
}

export function parseOptionalId(value: string | number | null | undefined, field: string): number | null {
  return value === null || value === undefined || value === '' ? null : parseId(value, field);
}

export function parseIds(values: ReadonlyArray<string | number>, field: string, max = 500): number[] {
  if (values.length > max) {
    throw new BadUserInputError({ field, rule: 'max_items', message: `${field} takes at most ${max} ids.` });
  }
  return [...new Set(values.map((v) => parseId(v, field)))];
}
