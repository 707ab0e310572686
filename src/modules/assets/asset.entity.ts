import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../auth/user.entity';
import { Category } from '../categories/category.entity';
import { FloorPlan } from '../floor-plans/floor-plan.entity';
import { Location } from '../locations/location.entity';
import { Model } from '../models/model.entity';

export enum AssetState {
  OPERATIONAL = 'OPERATIONAL',
  MAINTENANCE = 'MAINTENANCE',
  REPAIR = 'REPAIR',
  OUT_OF_SERVICE = 'OUT_OF_SERVICE',
  OBSOLETE = 'OBSOLETE',
}
registerEnumType(AssetState, {
  name: 'AssetState',
  description: 'Old codes: OPERATIVO, MANTENIMIENTO, REPARACION, FUERA_SERVICIO, OBSOLETO.',
});

/**
 * `activos_activo`. `category` mirrors the model's category (kept in step by the
 * asset service) so category filters and search need no join.
 */
@ObjectType('Asset')
@Entity({ tableName: 'activos_activo' })
export class Asset {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Field()
  @Property({ length: 200 })
  name!: string;

  @Field({ description: 'Digits only, unique.' })
  @Property({ length: 30, unique: true })
  internalCode!: string;

  @Field(() => String, { nullable: true, description: 'RFID tag, unique when present.' })
  @Property({ length: 64, nullable: true, unique: true })
  epc?: string | null;

  @Field()
  @Property({ length: 100, default: '' })
  serialNumber: string = '';

  @Field()
  @Property({ length: 100, default: '' })
  reference: string = '';

  @ManyToOne(() => Model, { ref: true, deleteRule: 'restrict', updateRule: 'cascade' })
  model!: Ref<Model>;

  @Index()
  @ManyToOne(() => Category, { ref: true, deleteRule: 'restrict', updateRule: 'cascade' })
  category!: Ref<Category>;

  @Field()
  @Property({ type: 'text', default: '' })
  description: string = '';

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD).' })
  @Property({ type: 'date', nullable: true })
  purchaseDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Decimal amount as a string, e.g. "1250.00".' })
  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  cost?: string | null;

  @Field(() => AssetState)
  @Enum({ items: () => AssetState, nativeEnumName: 'asset_state', default: AssetState.OPERATIONAL })
  state: AssetState = AssetState.OPERATIONAL;

  @ManyToOne(() => User, { nullable: true, ref: true, deleteRule: 'set null', updateRule: 'cascade' })
  responsible?: Ref<User> | null;

  @ManyToOne(() => Asset, { nullable: true, ref: true, deleteRule: 'restrict', updateRule: 'cascade' })
  parent?: Ref<Asset> | null;

  @ManyToOne(() => Location, { ref: true, deleteRule: 'restrict', updateRule: 'cascade' })
  location!: Ref<Location>;

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @ManyToOne(() => FloorPlan, { nullable: true, ref: true, deleteRule: 'set null', updateRule: 'cascade' })
  mainFloorPlan?: Ref<FloorPlan> | null;
}
