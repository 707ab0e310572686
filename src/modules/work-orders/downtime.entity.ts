import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Asset } from '../assets/asset.entity';
import { Notice } from '../notices/notice.entity';
import { WorkOrder } from './work-order.entity';

/**
 * `mantenimiento_parada`: a period an asset was stopped, opened and closed by the
 * order or notice that said so (exactly one of them).
 */
@ObjectType('Downtime')
@Entity({ tableName: 'mantenimiento_parada' })
export class Downtime {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Index()
  @ManyToOne(() => Asset, { ref: true, deleteRule: 'restrict', updateRule: 'cascade' })
  asset!: Ref<Asset>;

  @Index()
  @ManyToOne(() => WorkOrder, { nullable: true, ref: true, deleteRule: 'cascade', updateRule: 'cascade' })
  workOrder?: Ref<WorkOrder> | null;

  @Index()
  @ManyToOne(() => Notice, { nullable: true, ref: true, deleteRule: 'cascade', updateRule: 'cascade' })
  notice?: Ref<Notice> | null;

  @Field()
  @Property({ type: 'datetime' })
  startedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Null while the asset is still stopped.' })
  @Property({ type: 'datetime', nullable: true })
  endedAt?: Date | null;

  @Field(() => ID, { nullable: true })
  workOrderId?: number | null;

  @Field(() => ID, { nullable: true })
  noticeId?: number | null;
}
