import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Connection, PageArgs, type ConnectionShape } from '../../graphql/pagination';
import { Notification } from './notification.entity';
import { markRead, myNotifications, unreadCount } from './notification.service';

export const NotificationConnection = Connection(Notification, 'Notification');

@ArgsType()
class MyNotificationsArgs extends PageArgs {
  @Field({ defaultValue: false })
  unreadOnly: boolean = false;
}

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, { description: "The caller's notifications, newest first." })
  myNotifications(@Args() args: MyNotificationsArgs, @Ctx() ctx: Context): Promise<ConnectionShape<Notification>> {
    return myNotifications(ctx, args);
  }

  @Query(() => Int)
  myUnreadNotificationCount(@Ctx() ctx: Context): Promise<number> {
    return unreadCount(ctx);
  }

  @Mutation(() => Int, { description: "Marks the caller's own notifications read (the ids, or all); returns how many changed." })
  markNotificationsRead(
    @Arg('ids', () => [ID], { nullable: true }) ids: string[] | null,
    @Arg('all', { defaultValue: false }) all: boolean,
    @Ctx() ctx: Context,
  ): Promise<number> {
    return markRead(ctx, ids, all);
  }
}
