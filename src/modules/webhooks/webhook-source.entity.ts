import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity';

/**
 * `webhook_source`: an external system allowed to post signed webhooks, acting as a
 * user. The secret is kept as given (the HMAC needs it) and never has a GraphQL field.
 */
@ObjectType('WebhookSource')
@Entity({ tableName: 'webhook_source' })
export class WebhookSource {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Field()
  @Property({ length: 100, unique: true })
  name!: string;

  @Property({ length: 200 })
  secret!: string;

  @Index()
  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict', updateRule: 'cascade' })
  user!: Ref<User>;

  @Field()
  @Property({ default: true })
  active: boolean = true;

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => ID, { description: 'The user the source acts as (requester of its notices, author of its readings).' })
  userId!: number;
}

/** `webhook_delivery`: the answer given to one idempotency key, replayed to retries. */
@Entity({ tableName: 'webhook_delivery' })
@Unique({ properties: ['source', 'idempotencyKey'] })
export class WebhookDelivery {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => WebhookSource, { ref: true, deleteRule: 'cascade', updateRule: 'cascade' })
  source!: Ref<WebhookSource>;

  @Property({ length: 200 })
  idempotencyKey!: string;

  @Property({ length: 50 })
  endpoint!: string;

  @Property({ length: 64 })
  bodySha256!: string;

  @Property()
  statusCode!: number;

  @Property({ type: 'json' })
  response!: Record<string, unknown>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
