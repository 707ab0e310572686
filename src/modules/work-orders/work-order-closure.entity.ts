import { Entity, Index, OneToOne, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity';
import { WorkOrder } from './work-order.entity';

/** `mantenimiento_cierreordentrabajo`: what was done; an order completes only with one. */
@ObjectType('WorkOrderClosure')
@Entity({ tableName: 'mantenimiento_cierreordentrabajo' })
export class WorkOrderClosure {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @OneToOne(() => WorkOrder, { owner: true, ref: true, deleteRule: 'cascade', updateRule: 'cascade' })
  workOrder!: Ref<WorkOrder>;

  @Field()
  @Property({ type: 'datetime' })
  actualStart!: Date;

  @Field({ description: 'Never before actualStart.' })
  @Property({ type: 'datetime' })
  actualEnd!: Date;

  @Field({ description: 'Decimal as a string, >= 0.' })
  @Property({ type: 'decimal', precision: 10, scale: 2 })
  manHours!: string;

  @Field()
  @Property({ type: 'text' })
  comments!: string;

  @Field()
  @Property({ type: 'text', default: '' })
  materials: string = '';

  @Index()
  @ManyToOne(() => User, { nullable: true, ref: true, deleteRule: 'set null', updateRule: 'cascade' })
  closedBy?: Ref<User> | null;

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  closedAt: Date = new Date();

  closedById?: number | null;
}
