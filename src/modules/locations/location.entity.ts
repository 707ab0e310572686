import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum LocationType {
  BUILDING = 'BUILDING',
  LEVEL = 'LEVEL',
  SPACE = 'SPACE',
  WAREHOUSE = 'WAREHOUSE',
  OTHER = 'OTHER',
}
registerEnumType(LocationType, { name: 'LocationType', description: 'Old codes: EDIFICIO, NIVEL, ESPACIO, BODEGA, OTRO.' });

/** `activos_ubicacion`: a tree of places; names are unique among siblings. */
@ObjectType('Location')
@Entity({ tableName: 'activos_ubicacion' })
export class Location {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Field()
  @Property({ length: 150 })
  name!: string;

  @ManyToOne(() => Location, { nullable: true, ref: true, deleteRule: 'restrict', updateRule: 'cascade' })
  parent?: Ref<Location> | null;

  @Field(() => LocationType)
  @Enum({ items: () => LocationType, nativeEnumName: 'location_type', default: LocationType.OTHER })
  type: LocationType = LocationType.OTHER;

  @Field(() => String, { nullable: true })
  @Property({ length: 100, nullable: true, unique: true })
  qrCode?: string | null;

  @Field()
  @Property({ type: 'text', default: '' })
  description: string = '';

  @Field(() => Int)
  @Property({ default: 0 })
  sortOrder: number = 0;

  @Field()
  @Property({ default: false })
  isWarehouse: boolean = false;
}
