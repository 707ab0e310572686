import { rule } from 'graphql-shield';
import type { Context } from '../../context';
import { ForbiddenError, UnauthenticatedError } from '../../errors';
import { hasPerm } from '../auth/auth-user';

/** savePin creates (activos.add_pinplano) or updates (activos.change_pinplano) depending on `input.id`. */
export const canSavePin = rule('staff+perm:savePin', { cache: 'strict' })(
  (_parent, args: { input?: { id?: unknown } }, ctx: Context) => {
    if (!ctx.user) return new UnauthenticatedError();
    if (!ctx.user.isStaff) return new ForbiddenError('is_staff');
    const codename = args.input?.id ? 'activos.change_pinplano' : 'activos.add_pinplano';
    return hasPerm(ctx.user, codename) ? true : new ForbiddenError(codename);
  },
);
