import { rule } from 'graphql-shield';
import type { Context } from '../context';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import { hasPerm } from '../modules/auth/auth-user';

// Rules are cached per request under their name, so each name is unique.

/** Any logged-in, active user. */
export const isAuthenticated = rule('isAuthenticated', { cache: 'contextual' })(
  (_parent, _args, ctx: Context) => (ctx.user ? true : new UnauthenticatedError()),
);

/** Logged in and staff. */
export const isStaff = rule('isStaff', { cache: 'contextual' })((_parent, _args, ctx: Context) => {
  if (!ctx.user) return new UnauthenticatedError();
  return ctx.user.isStaff ? true : new ForbiddenError('is_staff');
});

const perRule = new Map<string, ReturnType<ReturnType<typeof rule>>>();

/**
 * Staff and the Django permission `app.codename`: the rule behind every read and write
 * of the domain. One named rule per codename (`staff+perm:activos.view_activo`).
 */
export function can(codename: string) {
  let r = perRule.get(codename);
  if (!r) {
    r = rule(`staff+perm:${codename}`, { cache: 'contextual' })((_parent, _args, ctx: Context) => {
      if (!ctx.user) return new UnauthenticatedError();
      if (!ctx.user.isStaff) return new ForbiddenError('is_staff');
      return hasPerm(ctx.user, codename) ? true : new ForbiddenError(codename);
    });
    perRule.set(codename, r);
  }
  return r;
}

/** Logged in and holding the permission, staff or not (e.g. `auth.*` for user admins). */
export function hasPermission(codename: string) {
  const key = `perm:${codename}`;
  let r = perRule.get(key);
  if (!r) {
    r = rule(key, { cache: 'contextual' })((_parent, _args, ctx: Context) => {
      if (!ctx.user) return new UnauthenticatedError();
      return hasPerm(ctx.user, codename) ? true : new ForbiddenError(codename);
    });
    perRule.set(key, r);
  }
  return r;
}
