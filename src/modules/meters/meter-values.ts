import type { Problems } from '../../errors';

// Meter values: decimals with at most 14 integer and 4 fractional digits (numeric(18,4)),
// given as a string or a plain JSON number (never exponent notation).

const DECIMAL = /^-?\d{1,14}(\.\d{1,4})?$/;

/** A decimal as a string, or null when absent; adds a problem when malformed. */
export function meterDecimal(
  problems: Problems,
  field: string,
  value: string | number | null | undefined,
  rule: { positive?: boolean; nonNegative?: boolean } = {},
): string | null {
  if (value === null || value === undefined || value === '') return null;
  const s = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : 'NaN') : String(value).trim();
  if (!DECIMAL.test(s)) {
    problems.add(field, 'decimal', `${field} must be a number with at most 14 digits before and 4 after the point (got "${s.slice(0, 30)}").`);
    return null;
  }
  const n = Number(s);
  if (rule.positive && !(n > 0)) problems.add(field, 'positive', `${field} must be greater than 0.`);
  if (rule.nonNegative && n < 0) problems.add(field, 'non_negative', `${field} must not be negative.`);
  return s;
}

/** The same check for one value, as a reason (null when valid); used for batch rows. */
export function decimalProblem(value: unknown): string | null {
  if (typeof value !== 'number' && typeof value !== 'string') return 'value must be a number';
  const s = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : 'NaN') : value.trim();
  return DECIMAL.test(s) ? null : 'value must be a number with at most 14 digits before and 4 after the point';
}
