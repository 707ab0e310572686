import { BadUserInputError } from '../errors';

/** The database id (a positive int4) `value` spells, or null. */
export function asDatabaseId(value: string | number): number | null {
  const s = String(value).trim();
  return /^\d{1,10}$/.test(s) && Number(s) >= 1 && Number(s) <= 2147483647 ? Number(s) : null;
}

/** The message for a value that is not a database id. */
export function idProblem(field: string, value: unknown): string {
  return `${field} must be a positive whole number (got "${String(value).slice(0, 40)}").`;
}

/** Parses a GraphQL `ID` argument into a database id, or BAD_USER_INPUT naming the field. */
export function parseId(value: string | number, field = 'id'): number {
  const id = asDatabaseId(value);
  if (id === null) throw new BadUserInputError({ field, rule: 'id', message: idProblem(field, value) });
  return id;
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
