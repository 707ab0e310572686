import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Connection, type ConnectionShape } from '../../graphql/pagination';
import { Asset } from '../assets/asset.entity';
import { assetById } from '../assets/asset.loaders';
import { userById } from '../users/user.loaders';
import { User } from '../auth/user.entity';
import { Location } from '../locations/location.entity';
import { locationById } from '../locations/location.loaders';
import { WorkOrder } from '../work-orders/work-order.entity';
import { workOrderById } from '../work-orders/work-order.rows';
import { Notice } from './notice.entity';
import { CreateNoticeInput, NoticesArgs, UpdateNoticeInput, WorkOrderFromNoticeInput } from './notice.inputs';
import { noticeWorkOrderId } from './notice.rows';
import { createNotice, createWorkOrderFromNotice, getNotice, listNotices, updateNotice } from './notice.service';

export const NoticeConnection = Connection(Notice, 'Notice');

@Resolver(() => Notice)
export class NoticeResolver {
  @Query(() => NoticeConnection, { description: 'Newest first. Staff with mantenimiento.view_aviso see all; others their own.' })
  notices(@Args() args: NoticesArgs, @Ctx() ctx: Context): Promise<ConnectionShape<Notice>> {
    return listNotices(ctx, args);
  }

  @Query(() => Notice, { description: "Someone else's notice is NOT_FOUND unless the caller sees all notices." })
  notice(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Notice> {
    return getNotice(ctx, id);
  }

  @Mutation(() => Notice, { description: 'Files a maintenance request; open to every logged-in user.' })
  createNotice(@Arg('input') input: CreateNoticeInput, @Ctx() ctx: Context): Promise<Notice> {
    return createNotice(ctx, input);
  }

  @Mutation(() => Notice)
  updateNotice(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateNoticeInput, @Ctx() ctx: Context): Promise<Notice> {
    return updateNotice(ctx, id, input);
  }

  @Mutation(() => WorkOrder, { description: 'The corrective order of an OPEN notice (at most one); the notice goes IN_PROCESS.' })
  createWorkOrderFromNotice(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => WorkOrderFromNoticeInput, { defaultValue: {} }) input: WorkOrderFromNoticeInput,
    @Ctx() ctx: Context,
  ): Promise<WorkOrder> {
    return createWorkOrderFromNotice(ctx, id, input);
  }
}

const user = (ctx: Context, id: number | null | undefined) => (id ? userById(ctx).load(id) : Promise.resolve(null));

@Resolver(() => Notice)
export class NoticeFieldsResolver {
  @FieldResolver(() => Asset, { nullable: true })
  asset(@Root() n: Notice, @Ctx() ctx: Context): Promise<Asset | null> {
    return n.assetId ? assetById(ctx).load(n.assetId) : Promise.resolve(null);
  }

  @FieldResolver(() => Location)
  async location(@Root() n: Notice, @Ctx() ctx: Context): Promise<Location> {
    return (await locationById(ctx).load(n.locationId))!;
  }

  @FieldResolver(() => User)
  async requester(@Root() n: Notice, @Ctx() ctx: Context): Promise<User> {
    return (await user(ctx, n.requesterId))!;
  }

  @FieldResolver(() => User, { nullable: true })
  responsible(@Root() n: Notice, @Ctx() ctx: Context): Promise<User | null> {
    return user(ctx, n.responsibleId);
  }

  @FieldResolver(() => User, { nullable: true })
  closedBy(@Root() n: Notice, @Ctx() ctx: Context): Promise<User | null> {
    return user(ctx, n.closedById);
  }

  @FieldResolver(() => WorkOrder, { nullable: true, description: 'The live (not cancelled) order made from the notice.' })
  async workOrder(@Root() n: Notice, @Ctx() ctx: Context): Promise<WorkOrder | null> {
    const id = await noticeWorkOrderId(ctx).load(n.id);
    return id ? workOrderById(ctx).load(id) : null;
  }
}
