import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { parseId } from '../../graphql/ids';
import { PageArgs, type ConnectionShape } from '../../graphql/pagination';
import { refreshSessionAuthHash } from '../../http/auth-session';
import { loadAuthUser } from '../auth/auth-user';
import { User } from '../auth/user.entity';
import { CreateUserInput, UpdateUserInput, UserConnection, UserFilter } from './user.inputs';
import {
  createUser,
  getUser,
  listUsers,
  setUserGroups,
  setUserPassword,
  setUserPermissions,
  updateUser,
} from './user.service';

@Resolver()
export class UserAdminResolver {
  @Query(() => UserConnection, { description: 'Users in id order, a page at a time.' })
  users(
    @Arg('filter', () => UserFilter, { nullable: true }) filter: UserFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<User>> {
    return listUsers(ctx, filter ?? {}, page);
  }

  @Query(() => User)
  user(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<User> {
    return getUser(ctx, parseId(id));
  }

  @Mutation(() => User, {
    description: 'isActive, isStaff and isSuperuser are for superusers; groups and permissions only those the caller holds.',
  })
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: Context): Promise<User> {
    return createUser(ctx, input);
  }

  @Mutation(() => User, { description: 'Changes the given fields. Deactivating ends all of the user\'s sessions.' })
  updateUser(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
    @Ctx() ctx: Context,
  ): Promise<User> {
    return updateUser(ctx, parseId(id), input);
  }

  @Mutation(() => User, { description: "Sets a validated password and ends the user's sessions." })
  async setUserPassword(@Arg('id', () => ID) id: string, @Arg('password') password: string, @Ctx() ctx: Context): Promise<User> {
    const userId = parseId(id);
    const user = await setUserPassword(ctx, userId, password);
    // Re-passwording yourself keeps the current session, as changePassword does.
    if (userId === ctx.user!.id && ctx.req?.session?.userId) {
      const refreshed = await loadAuthUser(ctx.em, userId, ctx.app.config.session.secrets[0]!);
      await refreshSessionAuthHash(ctx.req, refreshed!.authHash);
    }
    return user;
  }

  @Mutation(() => User, { description: 'Replaces the user\'s groups with exactly these.' })
  setUserGroups(
    @Arg('userId', () => ID) userId: string,
    @Arg('groupIds', () => [ID]) groupIds: string[],
    @Ctx() ctx: Context,
  ): Promise<User> {
    return setUserGroups(ctx, parseId(userId, 'userId'), groupIds);
  }

  @Mutation(() => User, { description: 'Replaces the user\'s direct permissions with exactly these `app.codename` strings.' })
  setUserPermissions(
    @Arg('userId', () => ID) userId: string,
    @Arg('permissions', () => [String]) permissions: string[],
    @Ctx() ctx: Context,
  ): Promise<User> {
    return setUserPermissions(ctx, parseId(userId, 'userId'), permissions);
  }
}
