import { rule } from 'graphql-shield';
import type { Context } from '../../context';
import { ForbiddenError, UnauthenticatedError } from '../../errors';
import { hasPerm } from '../auth/auth-user';
import type { Notice } from './notice.entity';

const rules = new Map<string, ReturnType<ReturnType<typeof rule>>>();

/**
 * On fields of a Notice: its requester may read them (their own request), anyone else
 * needs staff and the permission.
 */
export function requesterOrCan(codename: string) {
  let r = rules.get(codename);
  if (!r) {
    r = rule(`notice-requester-or:${codename}`, { cache: 'strict' })((parent: Notice, _args, ctx: Context) => {
      if (!ctx.user) return new UnauthenticatedError();
      if (parent.requesterId === ctx.user.id) return true;
      if (!ctx.user.isStaff) return new ForbiddenError('is_staff');
      return hasPerm(ctx.user, codename) ? true : new ForbiddenError(codename);
    });
    rules.set(codename, r);
  }
  return r;
}
