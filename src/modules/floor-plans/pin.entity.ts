import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Asset } from '../assets/asset.entity';
import { Location } from '../locations/location.entity';
import { Notice } from '../notices/notice.entity';
import { PinAsset, type PinView } from './pin.types';
import { Viewer } from './viewer.entity';

export const DEFAULT_PIN_COLOR = '#FF0000';

/**
 * `activos_pinplano`: a point (width = height = 0) or an area on a viewer, optionally
 * linked to an asset, a notice and a location. At most one pin per asset per viewer
 * (partial unique index `activos_pinplano_viewer_id_asset_id_unique`, in the migration).
 *
 * Entities are used for writes only; reads build Pin objects from plain joined rows and
 * attach the display data (`view`) the field resolvers return.
 */
@ObjectType('Pin')
@Entity({ tableName: 'activos_pinplano' })
export class Pin {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Viewer, { ref: true, deleteRule: 'restrict', updateRule: 'cascade' })
  viewer!: Ref<Viewer>;

  // The linked asset, kept as its id: `asset` is the display data the pin queries read.
  @ManyToOne(() => Asset, { mapToPk: true, nullable: true, fieldName: 'asset_id', deleteRule: 'restrict', updateRule: 'cascade' })
  assetId?: number | null;

  // The linked maintenance notice, kept as its id (pins are read as plain rows).
  @Field(() => ID, { nullable: true })
  @ManyToOne(() => Notice, { mapToPk: true, nullable: true, fieldName: 'notice_id', deleteRule: 'restrict', updateRule: 'cascade' })
  noticeId?: number | null;

  @ManyToOne(() => Location, { nullable: true, ref: true, deleteRule: 'restrict', updateRule: 'cascade' })
  location?: Ref<Location> | null;

  @Field(() => Float, { description: 'Pixels from the left edge of the plan.' })
  @Property({ type: 'double' })
  x!: number;

  @Field(() => Float, { description: 'Pixels from the top edge of the plan.' })
  @Property({ type: 'double' })
  y!: number;

  @Field(() => Float, { description: '0 for a point pin, > 0 for a rectangular area.' })
  @Property({ type: 'double', default: 0 })
  width: number = 0;

  @Field(() => Float, { description: '0 for a point pin, > 0 for a rectangular area.' })
  @Property({ type: 'double', default: 0 })
  height: number = 0;

  @Field({ description: 'Hex color `#RRGGBB`.' })
  @Property({ length: 7, default: DEFAULT_PIN_COLOR })
  color: string = DEFAULT_PIN_COLOR;

  @Field()
  @Property({ type: 'text', default: '' })
  note: string = '';

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  // Read model only (not columns): filled by the pin queries. `asset` is a plain field, read
  // by graphql's default resolver (200 pins, no resolver call each).
  @Field(() => PinAsset, { nullable: true, description: 'The asset the pin marks, with its category icon.' })
  asset?: PinAsset | null;

  view?: PinView;
}
