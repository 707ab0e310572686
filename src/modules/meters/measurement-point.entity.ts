import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Asset } from '../assets/asset.entity';
import { Notice } from '../notices/notice.entity';

/** `mantenimiento_puntomedida`: a meter or gauge on an asset. */
@ObjectType('MeasurementPoint')
@Entity({ tableName: 'mantenimiento_puntomedida' })
@Unique({ properties: ['asset', 'code'] })
export class MeasurementPoint {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Asset, { ref: true, deleteRule: 'restrict', updateRule: 'cascade' })
  asset!: Ref<Asset>;

  @Field()
  @Property({ length: 200 })
  name!: string;

  @Field({ description: 'Unique per asset; routine MEASUREMENT steps and webhooks refer to it.' })
  @Property({ length: 50 })
  code!: string;

  @Field()
  @Property({ length: 30 })
  unit!: string;

  @Field({ description: 'A counter (energy, operating hours): consumption is the advance. Else each reading is an amount for its interval.' })
  @Property({ default: false })
  cumulative: boolean = false;

  @Field(() => String, { nullable: true, description: 'Decimal as a string.' })
  @Property({ type: 'decimal', precision: 18, scale: 4, nullable: true })
  target?: string | null;

  @Field(() => String, { nullable: true, description: 'Allowed distance from target (decimal); out of it a reading raises an alert.' })
  @Property({ type: 'decimal', precision: 18, scale: 4, nullable: true })
  tolerance?: string | null;

  @Field(() => String, { nullable: true, description: 'Counter wraps to 0 at this value (decimal).' })
  @Property({ type: 'decimal', precision: 18, scale: 4, nullable: true })
  rolloverValue?: string | null;

  @Field({ description: 'An out-of-tolerance reading also opens a notice (one open at a time).' })
  @Property({ default: false })
  openNotice: boolean = false;

  @Index()
  @ManyToOne(() => Notice, { nullable: true, ref: true, deleteRule: 'set null', updateRule: 'cascade' })
  lastNotice?: Ref<Notice> | null;

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => ID)
  assetId!: number;

  @Field(() => ID, { nullable: true, description: 'The notice opened by the latest alert.' })
  lastNoticeId?: number | null;
}
