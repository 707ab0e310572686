import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PASSWORD_MAX_LENGTH } from '../../../src/modules/auth/password-hasher';
import {
  commonPasswords,
  exceedsMaximumLengthRatio,
  quickRatio,
  validatePassword,
  type PasswordUser,
} from '../../../src/modules/auth/password-validators';

const TOO_SHORT = {
  code: 'password_too_short',
  message: 'This password is too short. It must contain at least 8 characters.',
};
const TOO_COMMON = { code: 'password_too_common', message: 'This password is too common.' };
const NUMERIC = { code: 'password_entirely_numeric', message: 'This password is entirely numeric.' };
const TOO_LONG = {
  code: 'password_too_long',
  message: 'This password is too long. It must contain at most 1024 characters.',
};
const tooSimilar = (verboseName: string) => ({
  code: 'password_too_similar',
  message: `The password is too similar to the ${verboseName}.`,
});

// The user of Django's own validator tests.
const TEST_CLIENT: PasswordUser = {
  username: 'testclient',
  email: 'testclient@example.com',
  firstName: 'Test',
  lastName: 'Client',
};

const codes = (password: string, user?: PasswordUser) =>
  validatePassword(password, user).map((problem) => problem.code);

describe('validatePassword', () => {
  it('accepts a long random password', () => {
    expect(validatePassword('kV9#qT2!mZx7$Lp4', TEST_CLIENT)).toEqual([]);
    expect(validatePassword('sufficiently-long')).toEqual([]);
  });

  it('reports every problem together, in Django settings order', () => {
    expect(validatePassword('12345678', { username: '12345678' })).toEqual([
      tooSimilar('username'),
      TOO_COMMON,
      NUMERIC,
    ]);
    expect(validatePassword('1234', { username: '1234' })).toEqual([
      tooSimilar('username'),
      TOO_SHORT,
      TOO_COMMON,
      NUMERIC,
    ]);
  });

  describe('minimum length', () => {
    it('refuses fewer than 8 characters and accepts exactly 8', () => {
      expect(validatePassword('xQ7#kLp')).toEqual([TOO_SHORT]);
      expect(validatePassword('xQ7#kLpz')).toEqual([]);
    });

    it('counts characters, not UTF-16 units', () => {
      // Seven emoji are fourteen UTF-16 units but seven characters.
      expect(codes('\u{1F50B}'.repeat(7))).toEqual(['password_too_short']);
      expect(codes('\u{1F50B}'.repeat(8))).toEqual([]);
    });

    it('reports the empty password as too short only', () => {
      expect(validatePassword('')).toEqual([TOO_SHORT]);
    });
  });

  describe('maximum length', () => {
    it('refuses more than 1024 characters and accepts exactly 1024', () => {
      expect(validatePassword('xQ7#kLpz'.repeat(128))).toEqual([]);
      expect(validatePassword('xQ7#kLpz'.repeat(128) + 'a')).toEqual([TOO_LONG]);
      expect('xQ7#kLpz'.repeat(128)).toHaveLength(PASSWORD_MAX_LENGTH);
    });

    it('still reports the other problems of a long password', () => {
      expect(codes('1'.repeat(PASSWORD_MAX_LENGTH + 1))).toEqual([
        'password_too_long',
        'password_entirely_numeric',
      ]);
    });
  });

  describe('similarity to user attributes', () => {
    it('refuses the username itself', () => {
      expect(validatePassword('testclient', TEST_CLIENT)).toEqual([tooSimilar('username')]);
    });

    it('ignores the attributes when there is no user', () => {
      expect(validatePassword('testclient')).toEqual([]);
    });

    it('refuses the domain of the email address, a part of the value', () => {
      expect(validatePassword('example.com', TEST_CLIENT)).toEqual([tooSimilar('email address')]);
    });

    it('refuses the whole email address and its local part, reported once', () => {
      const user = { email: 'testclient@example.com' };
      expect(validatePassword('testclient@example.com', user)).toEqual([tooSimilar('email address')]);
      expect(validatePassword('testclient', user)).toEqual([tooSimilar('email address')]);
    });

    it('names the first and last name', () => {
      expect(validatePassword('Valderrama', { firstName: 'Valdemaro' })).toEqual([
        tooSimilar('first name'),
      ]);
      expect(validatePassword('ZANAHORIA', { lastName: 'zanahoria' })).toEqual([
        tooSimilar('last name'),
      ]);
    });

    it('reports one similarity problem, for the first attribute in Django order', () => {
      const user = { email: 'juan.perez@example.com', lastName: 'perez', username: 'juanperez' };
      expect(validatePassword('juanperez', user)).toEqual([tooSimilar('username')]);
    });

    it('compares letters regardless of their order (quick_ratio)', () => {
      expect(codes('tneilctset', TEST_CLIENT)).toEqual(['password_too_similar']);
    });

    it('accepts a password only loosely related to the attributes', () => {
      // quick_ratio("testclient", "test") is 0.57, below 0.7 (Django's own test case).
      expect(validatePassword('testclient', { firstName: 'Test' })).toEqual([]);
      // ...while "client" reaches 0.75.
      expect(codes('testclient', { lastName: 'Client' })).toEqual(['password_too_similar']);
    });

    it('skips parts far shorter than the password', () => {
      const user = { firstName: 'Al' };
      expect(validatePassword('al-turbine-maintenance-crew', user)).toEqual([]);
    });

    it('splits on non-word characters as Python does, keeping accented letters', () => {
      const user = { lastName: 'Muñoz-Ibáñez' };
      expect(codes('ibáñez77', user)).toEqual(['password_too_similar']);
      expect(codes('muñozibáñez', user)).toEqual(['password_too_similar']);
    });

    it('ignores empty and missing attributes', () => {
      expect(validatePassword('xQ7#kLpz', { username: '', email: null, firstName: undefined })).toEqual([]);
    });
  });

  describe('common passwords', () => {
    it.each(['password', 'godzilla', 'qwertyuiop', 'letmein1'])('refuses %s', (password) => {
      expect(codes(password)).toEqual(['password_too_common']);
    });

    it('compares lower-cased and trimmed', () => {
      expect(codes('  GodZilla ')).toEqual(['password_too_common']);
    });

    it('accepts a password that is not on the list', () => {
      expect(validatePassword('a-safe-password')).toEqual([]);
    });
  });

  describe('entirely numeric', () => {
    it('refuses digits only', () => {
      expect(validatePassword('42424242')).toEqual([NUMERIC]);
    });

    it('refuses digits of other scripts, like str.isdigit()', () => {
      expect(codes('٤٢٤٢٤٢٤٢')).toEqual(['password_entirely_numeric']);
    });

    it('accepts digits mixed with anything else', () => {
      expect(validatePassword('4242424a')).toEqual([]);
      expect(validatePassword('4242 4242')).toEqual([]);
    });
  });
});

describe('Django helpers', () => {
  const chars = (text: string) => Array.from(text);

  it.each([
    // Expected values from Python's difflib.SequenceMatcher(a=a, b=b).quick_ratio().
    ['testclient', 'test', 0.5714285714285714],
    ['example.com', 'example', 0.7777777777777778],
    ['abcd', 'dcba', 1],
    ['aab', 'abb', 0.6666666666666666],
    ['', '', 1],
    ['xyz', '', 0],
    ['jöhn.smïth', 'jöhn', 0.5714285714285714],
  ])('quickRatio(%p, %p) is %p', (a, b, expected) => {
    expect(quickRatio(chars(a), chars(b))).toBeCloseTo(expected, 12);
  });

  it('exceedsMaximumLengthRatio holds only for values under a tenth of the password', () => {
    expect(exceedsMaximumLengthRatio(chars('a'.repeat(30)), 0.7, chars('abc'))).toBe(true);
    expect(exceedsMaximumLengthRatio(chars('a'.repeat(29)), 0.7, chars('abc'))).toBe(false);
    expect(exceedsMaximumLengthRatio(chars('password'), 0.7, chars(''))).toBe(true);
    expect(exceedsMaximumLengthRatio([], 0.7, [])).toBe(false);
  });
});

describe('common-password list', () => {
  it('holds 20,000 lower-case passwords, the most common first', () => {
    const file = join(__dirname, '..', '..', '..', 'data', 'common-passwords.txt.gz');
    const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(20_000);
    expect(lines.slice(0, 3)).toEqual(['123456', 'password', '12345678']);
    expect(lines.every((line) => line === line.toLowerCase().trim() && line !== '')).toBe(true);
    expect(commonPasswords().size).toBe(20_000);
  });

  it('is read once and kept', () => {
    expect(commonPasswords()).toBe(commonPasswords());
  });
});
