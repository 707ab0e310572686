import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { parseId } from '../../graphql/ids';
import { Group } from '../auth/group.entity';
import { Permission } from '../auth/permission.entity';
import { createGroup, deleteGroup, getGroup, listGroups, permissionCatalogue, updateGroup } from './group.service';

@Resolver()
export class GroupAdminResolver {
  @Query(() => [Group], { description: 'Groups by name, optionally those whose name contains q.' })
  groups(@Arg('q', () => String, { nullable: true }) q: string | null, @Ctx() ctx: Context): Promise<Group[]> {
    return listGroups(ctx, q);
  }

  @Query(() => Group)
  group(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Group> {
    return getGroup(ctx, parseId(id));
  }

  @Query(() => [Permission], { description: 'Every permission that can be granted (optionally of one app), for a grant UI.' })
  permissionCatalogue(@Arg('appLabel', () => String, { nullable: true }) appLabel: string | null, @Ctx() ctx: Context): Promise<Permission[]> {
    return permissionCatalogue(ctx, appLabel);
  }

  @Mutation(() => Group, { description: 'The caller must hold every permission given.' })
  createGroup(
    @Arg('name') name: string,
    @Arg('permissions', () => [String], { defaultValue: [] }) permissions: string[],
    @Ctx() ctx: Context,
  ): Promise<Group> {
    return createGroup(ctx, name, permissions);
  }

  @Mutation(() => Group, { description: 'Renames and/or replaces the permissions; the caller must hold every permission added.' })
  updateGroup(
    @Arg('id', () => ID) id: string,
    @Arg('name', () => String, { nullable: true }) name: string | null,
    @Arg('permissions', () => [String], { nullable: true }) permissions: string[] | null,
    @Ctx() ctx: Context,
  ): Promise<Group> {
    return updateGroup(ctx, parseId(id), name, permissions);
  }

  @Mutation(() => Boolean, { description: 'Deletes the group; its members lose its permissions on their next request.' })
  deleteGroup(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return deleteGroup(ctx, parseId(id));
  }
}
