import type { Context } from '../../context';
import { ForbiddenError, UnauthenticatedError } from '../../errors';
import { hasPerm } from '../auth/auth-user';

/**
 * Staff and the Django permission, checked in the services too: the legacy REST routes
 * reach them without graphql-shield, and some needs depend on the input (create vs update).
 */
export function requirePerm(ctx: Context, ...codenames: string[]): void {
  if (!ctx.user) throw new UnauthenticatedError();
  if (!ctx.user.isStaff) throw new ForbiddenError('is_staff');
  const missing = codenames.find((c) => !hasPerm(ctx.user, c));
  if (missing) throw new ForbiddenError(missing);
}
