import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { PageArgs, type ConnectionShape } from '../../graphql/pagination';
import { User } from '../auth/user.entity';
import { AuditEntry, AuditEntryConnection, AuditFilter } from './audit.types';
import { auditLog, entityHistory } from './audit.service';
import { userById } from '../users/user.loaders';

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryConnection, { description: 'Every recorded change of one row, newest first.' })
  history(
    @Arg('entity', { description: 'A table (activos_activo) or an entity type name (Asset).' }) entity: string,
    @Arg('id', () => ID) id: string,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<AuditEntry>> {
    return entityHistory(ctx, entity, id, page.first, page.after);
  }

  @Query(() => AuditEntryConnection, { description: 'Recorded changes, newest first.' })
  auditLog(
    @Arg('filter', () => AuditFilter, { nullable: true }) filter: AuditFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<AuditEntry>> {
    return auditLog(ctx, filter ?? {}, page.first, page.after);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Null when the change had no actor or the user was deleted.' })
  actor(@Root() entry: AuditEntry, @Ctx() ctx: Context): Promise<User | null> | null {
    if (entry.actorId === null) return null;
    return userById(ctx).load(Number(entry.actorId));
  }
}
