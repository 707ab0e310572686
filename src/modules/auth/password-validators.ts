import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PASSWORD_MAX_LENGTH, isPasswordTooLong } from './password-hasher';

export interface PasswordProblem {
  code: string;
  message: string;
}

export interface PasswordUser {
  username?: string | null;
  email?: string | null;
  firstName?: string | null;
  lastName?: string | null;
}

const MIN_LENGTH = 8;
const MAX_SIMILARITY = 0.7;
const COMMON_PASSWORDS_FILE = join('data', 'common-passwords.txt.gz');

// Django's DEFAULT_USER_ATTRIBUTES, in its order, with the User model's verbose names.
const SIMILARITY_ATTRIBUTES: ReadonlyArray<readonly [keyof PasswordUser, string]> = [
  ['username', 'username'],
  ['firstName', 'first name'],
  ['lastName', 'last name'],
  ['email', 'email address'],
];

// Python's `\W` on str: anything that is not a letter, a number or "_".
// Combining marks are not word characters in Python either.
const NON_WORD_RUN = /[^\p{L}\p{N}_]+/u;

/**
 * Runs Django's four default validators (in its settings order) plus the length cap,
 * and returns every problem found; an empty list means the password is acceptable.
 */
export function validatePassword(password: string, user?: PasswordUser): PasswordProblem[] {
  const checks = [checkMaximumLength, checkSimilarity, checkMinimumLength, checkCommon, checkNumeric];
  const problems: PasswordProblem[] = [];
  for (const check of checks) {
    const problem = check(password, user);
    if (problem) problems.push(problem);
  }
  return problems;
}

function checkMaximumLength(password: string): PasswordProblem | null {
  if (!isPasswordTooLong(password)) return null;
  return {
    code: 'password_too_long',
    message: `This password is too long. It must contain at most ${PASSWORD_MAX_LENGTH} characters.`,
  };
}

function checkMinimumLength(password: string): PasswordProblem | null {
  if (codePoints(password).length >= MIN_LENGTH) return null;
  return {
    code: 'password_too_short',
    message: `This password is too short. It must contain at least ${MIN_LENGTH} characters.`,
  };
}

// Port of UserAttributeSimilarityValidator.validate: the first similar attribute wins.
function checkSimilarity(password: string, user?: PasswordUser): PasswordProblem | null {
  if (!user) return null;
  const lowered = codePoints(password.toLowerCase());
  for (const [attribute, verboseName] of SIMILARITY_ATTRIBUTES) {
    const value = user[attribute];
    if (typeof value !== 'string' || value === '') continue;
    const valueLower = value.toLowerCase();
    const parts = [...valueLower.split(NON_WORD_RUN), valueLower];
    if (parts.some((part) => isTooSimilar(lowered, codePoints(part)))) {
      return {
        code: 'password_too_similar',
        message: `The password is too similar to the ${verboseName}.`,
      };
    }
  }
  return null;
}

function isTooSimilar(password: string[], part: string[]): boolean {
  if (exceedsMaximumLengthRatio(password, MAX_SIMILARITY, part)) return false;
  return quickRatio(password, part) >= MAX_SIMILARITY;
}

// Django's exceeds_maximum_length_ratio: a value under a tenth of the password's length
// cannot reach the similarity bound, so matching is skipped.
export function exceedsMaximumLengthRatio(
  password: readonly string[],
  maxSimilarity: number,
  value: readonly string[],
): boolean {
  const pwdLen = password.length;
  const lengthBoundSimilarity = (maxSimilarity / 2) * pwdLen;
  const valueLen = value.length;
  return pwdLen >= 10 * valueLen && valueLen < lengthBoundSimilarity;
}

// difflib.SequenceMatcher(a, b).quick_ratio(): size of the multiset intersection,
// doubled, over the total length (1.0 when both are empty).
export function quickRatio(a: readonly string[], b: readonly string[]): number {
  const available = new Map<string, number>();
  for (const element of b) available.set(element, (available.get(element) ?? 0) + 1);
  let matches = 0;
  for (const element of a) {
    const count = available.get(element) ?? 0;
    if (count > 0) {
      matches++;
      available.set(element, count - 1);
    }
  }
  const total = a.length + b.length;
  return total === 0 ? 1 : (2 * matches) / total;
}

function checkCommon(password: string): PasswordProblem | null {
  if (!commonPasswords().has(password.toLowerCase().trim())) return null;
  return { code: 'password_too_common', message: 'This password is too common.' };
}

// Python's str.isdigit() for decimal digits of any script.
function checkNumeric(password: string): PasswordProblem | null {
  if (!/^\p{Nd}+$/u.test(password)) return null;
  return { code: 'password_entirely_numeric', message: 'This password is entirely numeric.' };
}

// Python's len() and iteration work on code points, not UTF-16 units.
function codePoints(text: string): string[] {
  return Array.from(text);
}

let commonPasswordSet: ReadonlySet<string> | undefined;

/** The common-password list, read once on first use. */
export function commonPasswords(): ReadonlySet<string> {
  if (!commonPasswordSet) {
    const text = gunzipSync(readFileSync(join(projectRoot(), COMMON_PASSWORDS_FILE))).toString('utf8');
    commonPasswordSet = new Set(text.split('\n').map((line) => line.trim()).filter(Boolean));
  }
  return commonPasswordSet;
}

// The folder holding package.json, found from src/ (tests) and from dist/src/ (build) alike.
function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json found above ${__dirname}`);
    dir = parent;
  }
  return dir;
}
