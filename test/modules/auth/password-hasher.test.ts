import {
  MAX_ITERATIONS,
  PASSWORD_MAX_LENGTH,
  checkPassword,
  hashDummy,
  isPasswordUsable,
  makePassword,
  makeUnusablePassword,
  mustUpdate,
} from '../../../src/modules/auth/password-hasher';

// Produced with Python's hashlib, exactly as Django's PBKDF2PasswordHasher encodes:
//   base64.b64encode(hashlib.pbkdf2_hmac('sha256', password, salt, iterations))
const DJANGO_VECTORS = [
  {
    password: 'correct horse battery staple',
    encoded: 'pbkdf2_sha256$1000$salt$nNr3AKmYFOXvzxzP+2VlPwJFPcGKllppLaQIvsodtc4=',
  },
  {
    password: 'Energía-2024!',
    encoded:
      'pbkdf2_sha256$2000$kVq3XbT9mPz1LwR8nYc2dA$BZVbDYnZcgJlsoSz0Q1owCaTK1hamACnMDo2VqYeWtA=',
  },
];

const FAST = 1000;

describe('checkPassword', () => {
  it.each(DJANGO_VECTORS)('verifies the Django hash of $password', async ({ password, encoded }) => {
    await expect(checkPassword(password, encoded)).resolves.toBe(true);
  });

  it('refuses a wrong password against a Django hash', async () => {
    const { encoded } = DJANGO_VECTORS[0]!;
    await expect(checkPassword('correct horse battery stapl', encoded)).resolves.toBe(false);
    await expect(checkPassword('Correct horse battery staple', encoded)).resolves.toBe(false);
    await expect(checkPassword('', encoded)).resolves.toBe(false);
  });

  it('hashes the password as UTF-8, like Django', async () => {
    const { encoded } = DJANGO_VECTORS[1]!;
    await expect(checkPassword('Energia-2024!', encoded)).resolves.toBe(false);
    await expect(checkPassword('Energi\u0301a-2024!', encoded)).resolves.toBe(false);
  });

  it('refuses a hash whose digest was tampered with', async () => {
    const tampered = DJANGO_VECTORS[0]!.encoded.replace('nNr3', 'nNr4');
    await expect(checkPassword('correct horse battery staple', tampered)).resolves.toBe(false);
  });

  it('refuses the same digest stored under another iteration count or salt', async () => {
    const { password, encoded } = DJANGO_VECTORS[0]!;
    await expect(checkPassword(password, encoded.replace('$1000$', '$1001$'))).resolves.toBe(false);
    await expect(checkPassword(password, encoded.replace('$salt$', '$salt2$'))).resolves.toBe(false);
  });

  it.each([
    ['a null hash', null],
    ['an undefined hash', undefined],
    ['an empty hash', ''],
    ['no separators', 'pbkdf2_sha256'],
    ['too few fields', 'pbkdf2_sha256$1000$salt'],
    ['too many fields', 'pbkdf2_sha256$1000$salt$nNr3AKmYFOXvzxzP+2VlPwJFPcGKllppLaQIvsodtc4=$x'],
    ['non-numeric iterations', 'pbkdf2_sha256$abc$salt$nNr3AKmYFOXvzxzP+2VlPwJFPcGKllppLaQIvsodtc4='],
    ['zero iterations', 'pbkdf2_sha256$0$salt$nNr3AKmYFOXvzxzP+2VlPwJFPcGKllppLaQIvsodtc4='],
    ['negative iterations', 'pbkdf2_sha256$-1000$salt$nNr3AKmYFOXvzxzP+2VlPwJFPcGKllppLaQIvsodtc4='],
    ['zero-padded iterations', 'pbkdf2_sha256$01000$salt$nNr3AKmYFOXvzxzP+2VlPwJFPcGKllppLaQIvsodtc4='],
    ['fractional iterations', 'pbkdf2_sha256$1000.0$salt$nNr3AKmYFOXvzxzP+2VlPwJFPcGKllppLaQIvsodtc4='],
    ['empty salt', 'pbkdf2_sha256$1000$$nNr3AKmYFOXvzxzP+2VlPwJFPcGKllppLaQIvsodtc4='],
    ['an empty digest', 'pbkdf2_sha256$1000$salt$'],
    ['a short digest', 'pbkdf2_sha256$1000$salt$nNr3AKmYFOXvzxzP'],
    ['an unknown algorithm', 'md5$1000$salt$nNr3AKmYFOXvzxzP+2VlPwJFPcGKllppLaQIvsodtc4='],
    ['pbkdf2_sha1 (not supported)', 'pbkdf2_sha1$1000$salt$nNr3AKmYFOXvzxzP+2VlPwJFPcGKllppLaQIvsodtc4='],
    ['an argon2 hash', 'argon2$argon2id$v=19$m=102400,t=2,p=8$c29tZXNhbHQ$aGFzaA'],
    ['an unusable password', '!kVq3XbT9mPz1LwR8nYc2dAkVq3XbT9mPz1LwR8nY'],
    ['an unusable prefix before a valid hash', '!pbkdf2_sha256$1000$salt$nNr3AKmYFOXvzxzP+2VlPwJFPcGKllppLaQIvsodtc4='],
  ])('returns false, without throwing, for %s', async (_name, encoded) => {
    await expect(checkPassword('correct horse battery staple', encoded)).resolves.toBe(false);
  });

  it('refuses absurd iteration counts without hashing', async () => {
    const absurd = `pbkdf2_sha256$${MAX_ITERATIONS + 1}$salt$nNr3AKmYFOXvzxzP+2VlPwJFPcGKllppLaQIvsodtc4=`;
    const started = performance.now();
    await expect(checkPassword('correct horse battery staple', absurd)).resolves.toBe(false);
    await expect(checkPassword('x', 'pbkdf2_sha256$99999999999999999999$salt$x')).resolves.toBe(false);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('refuses a password longer than the limit cheaply, before any hashing', async () => {
    // Verifying at this cost takes seconds, so a fast answer proves nothing was hashed.
    const costly = `pbkdf2_sha256$${MAX_ITERATIONS}$salt$nNr3AKmYFOXvzxzP+2VlPwJFPcGKllppLaQIvsodtc4=`;
    const started = performance.now();
    await expect(checkPassword('a'.repeat(PASSWORD_MAX_LENGTH + 1), costly)).resolves.toBe(false);
    await expect(checkPassword('a'.repeat(1_000_000), costly)).resolves.toBe(false);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('accepts a password of exactly the limit, counted in characters', async () => {
    const longest = '\u{1F50B}'.repeat(PASSWORD_MAX_LENGTH); // 2 UTF-16 units each
    const encoded = await makePassword(longest, FAST);
    await expect(checkPassword(longest, encoded)).resolves.toBe(true);
    await expect(checkPassword(longest + 'a', encoded)).resolves.toBe(false);
  });
});

describe('makePassword', () => {
  it('writes the Django format with a 22-character alphanumeric salt', async () => {
    const encoded = await makePassword('s3cret-Turbine', FAST);
    expect(encoded).toMatch(/^pbkdf2_sha256\$1000\$[a-zA-Z0-9]{22}\$[A-Za-z0-9+/]{43}=$/);
  });

  it('round-trips through checkPassword', async () => {
    const encoded = await makePassword('s3cret-Turbine', FAST);
    await expect(checkPassword('s3cret-Turbine', encoded)).resolves.toBe(true);
    await expect(checkPassword('s3cret-turbine', encoded)).resolves.toBe(false);
  });

  it('round-trips the empty password and non-ASCII text', async () => {
    for (const raw of ['', 'contraseña segura ⚡', '密码密码密码']) {
      const encoded = await makePassword(raw, FAST);
      await expect(checkPassword(raw, encoded)).resolves.toBe(true);
    }
  });

  it('uses a fresh salt every time', async () => {
    const first = await makePassword('same password', FAST);
    const second = await makePassword('same password', FAST);
    expect(first).not.toBe(second);
    expect(first.split('$')[2]).not.toBe(second.split('$')[2]);
  });

  it('throws for a password longer than the limit, before hashing', async () => {
    const started = performance.now();
    await expect(makePassword('a'.repeat(PASSWORD_MAX_LENGTH + 1), MAX_ITERATIONS)).rejects.toThrow(
      RangeError,
    );
    expect(performance.now() - started).toBeLessThan(200);
  });

  it.each([0, -1, 1.5, Number.NaN, MAX_ITERATIONS + 1])('throws for %p iterations', async (iterations) => {
    await expect(makePassword('password', iterations)).rejects.toThrow(RangeError);
  });
});

describe('mustUpdate', () => {
  it('is true when the stored hash has fewer iterations than the setting', async () => {
    const encoded = await makePassword('pw', FAST);
    expect(mustUpdate(encoded, FAST + 1)).toBe(true);
    expect(mustUpdate(encoded, 600_000)).toBe(true);
  });

  it('is false at the current iteration count, or above it', async () => {
    const encoded = await makePassword('pw', FAST);
    expect(mustUpdate(encoded, FAST)).toBe(false);
    expect(mustUpdate(encoded, FAST - 1)).toBe(false);
  });

  it('is true for a salt weaker than 128 bits, as Django does', () => {
    // "salt" is 4 characters: about 24 bits.
    expect(mustUpdate(DJANGO_VECTORS[0]!.encoded, FAST)).toBe(true);
    expect(mustUpdate(DJANGO_VECTORS[1]!.encoded, 2000)).toBe(false);
  });

  it('is true for another algorithm or an unreadable hash', () => {
    expect(mustUpdate('pbkdf2_sha1$1000000$salt$abc=', FAST)).toBe(true);
    expect(mustUpdate('argon2$argon2id$v=19$m=102400,t=2,p=8$c29tZXNhbHQ$aGFzaA', FAST)).toBe(true);
    expect(mustUpdate('garbage', FAST)).toBe(true);
  });
});

describe('makeUnusablePassword', () => {
  it('is "!" followed by 40 random characters', () => {
    const unusable = makeUnusablePassword();
    expect(unusable).toMatch(/^![a-zA-Z0-9]{40}$/);
    expect(makeUnusablePassword()).not.toBe(unusable);
    expect(isPasswordUsable(unusable)).toBe(false);
  });

  it('never verifies, not even against its own text', async () => {
    const unusable = makeUnusablePassword();
    await expect(checkPassword(unusable, unusable)).resolves.toBe(false);
    await expect(checkPassword(unusable.slice(1), unusable)).resolves.toBe(false);
  });
});

describe('hashDummy', () => {
  it('takes about as long as checking a real hash of the same cost', async () => {
    const iterations = 50_000;
    const encoded = await makePassword('real password', iterations);
    // CPU time (the hashing runs on libuv's pool, which process.cpuUsage includes), not
    // wall-clock time: a busy machine stretches the latter but not the work done.
    const fastestOf = async (run: () => Promise<unknown>): Promise<number> => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const started = process.cpuUsage();
        await run();
        const used = process.cpuUsage(started);
        best = Math.min(best, (used.user + used.system) / 1000);
      }
      return best;
    };
    const check = await fastestOf(() => checkPassword('wrong password', encoded));
    const dummy = await fastestOf(() => hashDummy('wrong password', iterations));
    expect(dummy).toBeGreaterThan(check / 3);
    expect(dummy).toBeLessThan(check * 3);
  });

  it('returns nothing and skips hashing for a password longer than the limit', async () => {
    const started = performance.now();
    await expect(hashDummy('a'.repeat(PASSWORD_MAX_LENGTH + 1), MAX_ITERATIONS)).resolves.toBeUndefined();
    expect(performance.now() - started).toBeLessThan(200);
  });
});
