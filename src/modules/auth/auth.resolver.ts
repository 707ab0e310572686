import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { BadUserInputError } from '../../errors';
import { destroySession, logIn, refreshSessionAuthHash } from '../../http/auth-session';
import { INVALID_LOGIN_MESSAGE, changeOwnPassword } from './auth.service';
import { User } from './user.entity';

@Resolver()
export class AuthResolver {
  @Query(() => User, { description: 'The logged-in user, with groups and effective permissions.' })
  async me(@Ctx() ctx: Context): Promise<User> {
    return ctx.em.findOneOrFail(User, ctx.user!.id);
  }

  @Mutation(() => User, {
    nullable: true,
    description:
      'Starts a session (new session id and CSRF token). Needs the `X-CSRFToken` header like every POST. ' +
      'Every attempt counts towards the lock-out, aliases included.',
  })
  async login(
    @Arg('username') username: string,
    @Arg('password') password: string,
    @Ctx() ctx: Context,
  ): Promise<User> {
    if (!ctx.req) throw new Error('login needs an HTTP request');
    const user = await logIn(ctx.app, ctx.req, username, password);
    if (!user) throw new BadUserInputError({ field: 'password', rule: 'invalid_login', message: INVALID_LOGIN_MESSAGE });
    ctx.user = user;
    return ctx.em.findOneOrFail(User, user.id);
  }

  @Mutation(() => Boolean, { description: 'Ends the session: its row is deleted and the cookie dies.' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.req) await destroySession(ctx.req);
    ctx.res?.clearCookie(ctx.app.config.session.cookieName, { path: '/' });
    return true;
  }

  @Mutation(() => Boolean, {
    description: "Changes the caller's password (all four validators apply); the caller's other sessions end.",
  })
  async changePassword(
    @Arg('oldPassword') oldPassword: string,
    @Arg('newPassword') newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    const user = await changeOwnPassword(ctx, oldPassword, newPassword);
    if (ctx.req?.session?.userId) await refreshSessionAuthHash(ctx.req, user.authHash);
    ctx.user = user;
    return true;
  }
}
