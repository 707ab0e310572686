import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config';
import { BadUserInputError, Problems } from '../../errors';
import { makePassword } from '../auth/password-hasher';
import { validatePassword } from '../auth/password-validators';
import { mapUniqueViolation } from '../../db/constraint-errors';

export const USERNAME_RE = /^[\w.@+-]+$/u;
export const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function countUsers(em: EntityManager): Promise<number> {
  const rows = await em.getConnection().execute<Array<{ n: string }>>('select count(*) as n from auth_user');
  return Number(rows[0]?.n ?? 0);
}

/** Django's username rule: 150 characters or fewer, letters, digits and @/./+/-/_ only. */
export function checkUsername(problems: Problems, field: string, username: string): void {
  if (!username) problems.add(field, 'required', 'Username is required.');
  else if (username.length > 150) problems.add(field, 'max_length', 'Username must be 150 characters or fewer.');
  else if (!USERNAME_RE.test(username)) {
    problems.add(field, 'invalid', 'Enter a valid username. It may contain only letters, numbers, and @/./+/-/_ characters.');
  }
}

export function checkEmail(problems: Problems, field: string, email: string): void {
  if (email && (email.length > 254 || !EMAIL_RE.test(email))) problems.add(field, 'invalid', 'Enter a valid email address.');
}

export interface NewSuperuser {
  username: string;
  email: string;
  password: string;
  /** Skip the password validators (Django's createsuperuser asks before bypassing). */
  validate?: boolean;
}

/** The CLI's createsuperuser: active, staff and superuser. */
export async function createSuperuser(em: EntityManager, config: Pick<Config, 'passwordHashIterations'>, input: NewSuperuser): Promise<number> {
  const problems = new Problems();
  checkUsername(problems, 'username', input.username);
  checkEmail(problems, 'email', input.email);
  if (input.validate !== false) {
    for (const p of validatePassword(input.password, { username: input.username, email: input.email })) {
      problems.add('password', p.code, p.message);
    }
  } else if (!input.password) {
    problems.add('password', 'required', 'Password is required.');
  }
  problems.throwIfAny();
  const hash = await makePassword(input.password, config.passwordHashIterations);
  try {
    const rows = await em.getConnection().execute<Array<{ id: number }>>(
      `insert into auth_user (username, email, password, is_staff, is_superuser, is_active, date_joined)
       values (?, ?, ?, true, true, true, now()) returning id`,
      [input.username, input.email, hash],
    );
    return rows[0]!.id;
  } catch (err) {
    mapUniqueViolation(err, { auth_user_username_unique: ['username', `A user with that username already exists: ${input.username}`] });
  }
}

export { BadUserInputError };
