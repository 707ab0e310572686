import { rule } from 'graphql-shield';
import type { Context } from '../../context';
import { ForbiddenError, UnauthenticatedError } from '../../errors';

/** Logged in as an active superuser (webhook sources carry secrets that write data). */
export const isSuperuser = rule('isSuperuser', { cache: 'contextual' })((_parent, _args, ctx: Context) => {
  if (!ctx.user) return new UnauthenticatedError();
  return ctx.user.isActive && ctx.user.isSuperuser ? true : new ForbiddenError('is_superuser');
});
