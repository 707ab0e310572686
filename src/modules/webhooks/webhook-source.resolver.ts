import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { parseId } from '../../graphql/ids';
import { WebhookSource } from './webhook-source.entity';
import { createSource, deleteSource, listSources, rotateSecret, setSourceActive } from './webhook-source.service';

@ObjectType('WebhookSourceSecret')
export class WebhookSourceSecret {
  @Field(() => WebhookSource)
  source!: WebhookSource;

  @Field({ description: 'Shown only now: sign `<X-Timestamp>.<body>` with HMAC-SHA256 and this secret.' })
  secret!: string;
}

@Resolver(() => WebhookSource)
export class WebhookSourceResolver {
  @Query(() => [WebhookSource])
  webhookSources(@Ctx() ctx: Context): Promise<WebhookSource[]> {
    return listSources(ctx.em);
  }

  @Mutation(() => WebhookSourceSecret, { description: 'A source acting as the given user; its secret is returned once.' })
  createWebhookSource(@Arg('name') name: string, @Arg('userId', () => ID) userId: string, @Ctx() ctx: Context): Promise<WebhookSourceSecret> {
    return createSource(ctx.em, name, parseId(userId, 'userId'));
  }

  @Mutation(() => WebhookSourceSecret, { description: 'A new secret, returned once; the old one stops working.' })
  rotateWebhookSourceSecret(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<WebhookSourceSecret> {
    return rotateSecret(ctx.em, parseId(id));
  }

  @Mutation(() => WebhookSource)
  setWebhookSourceActive(@Arg('id', () => ID) id: string, @Arg('active') active: boolean, @Ctx() ctx: Context): Promise<WebhookSource> {
    return setSourceActive(ctx.em, parseId(id), active);
  }

  @Mutation(() => Boolean)
  deleteWebhookSource(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return deleteSource(ctx.em, parseId(id));
  }
}
