import { rule } from 'graphql-shield';
import type { Context } from '../context';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import { hasPerm } from '../modules/auth/auth-user';

// Rules are cached per request under their name, so each name is unique.

/** A decision that depends on the caller alone: allowed, or the error to answer. */
export type UserDecision = (ctx: Context) => true | Error;

type Rule = ReturnType<ReturnType<typeof rule>>;
const decisions = new WeakMap<object, UserDecision>();

/** A shield rule decided by the caller alone; its decision can also be taken synchronously (decisionOf). */
function userRule(name: string, decide: UserDecision): Rule {
  const r = rule(name, { cache: 'contextual' })((_parent, _args, ctx: Context) => decide(ctx));
  decisions.set(r, decide);
  return r;
}

/** The synchronous decision behind a rule made here, or undefined for any other rule. */
export function decisionOf(r: unknown): UserDecision | undefined {
  return typeof r === 'object' && r !== null ? decisions.get(r) : undefined;
}

/** Any logged-in, active user. */
export const isAuthenticated = userRule('isAuthenticated', (ctx) => (ctx.user ? true : new UnauthenticatedError()));

const perRule = new Map<string, Rule>();

/**
 * Staff and the Django permission `app.codename`: the rule behind every read and write
 * of the domain. One named rule per codename (`staff+perm:activos.view_activo`).
 */
export function can(codename: string) {
  let r = perRule.get(codename);
  if (!r) {
    r = userRule(`staff+perm:${codename}`, (ctx) => {
      if (!ctx.user) return new UnauthenticatedError();
      if (!ctx.user.isStaff) return new ForbiddenError('is_staff');
      return hasPerm(ctx.user, codename) ? true : new ForbiddenError(codename);
    });
    perRule.set(codename, r);
  }
  return r;
}
