import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Location } from '../locations/location.entity';

export type PlanImageType = 'image/png' | 'image/jpeg' | 'image/svg+xml';

/**
 * `activos_plano`: a drawing of a place. The image is either an uploaded file (stored
 * under UPLOAD_DIR, served by `/floor-plans/:id/image`) or an external URL.
 */
@ObjectType('FloorPlan')
@Entity({ tableName: 'activos_plano' })
export class FloorPlan {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Field()
  @Property({ length: 200, unique: true })
  name!: string;

  @ManyToOne(() => Location, { nullable: true, ref: true, deleteRule: 'restrict', updateRule: 'cascade' })
  location?: Ref<Location> | null;

  // Random file name of the stored upload; never exposed.
  @Property({ type: 'string', length: 100, nullable: true })
  imageFile?: string | null;

  @Field(() => String, { nullable: true, description: 'Content type of the uploaded image, detected from its bytes.' })
  @Property({ type: 'string', length: 50, nullable: true })
  imageContentType?: PlanImageType | null;

  // External image address; the `imageUrl` field shows the upload's address instead when there is one.
  @Property({ type: 'string', length: 500, nullable: true })
  imageUrl?: string | null;

  @Field(() => Int, { nullable: true, description: 'Width in pixels (read from the uploaded image).' })
  @Property({ type: 'integer', nullable: true })
  width?: number | null;

  @Field(() => Int, { nullable: true, description: 'Height in pixels (read from the uploaded image).' })
  @Property({ type: 'integer', nullable: true })
  height?: number | null;

  @Field()
  @Property({ length: 50, default: '' })
  planType: string = '';

  @Field()
  @Property({ length: 100, default: '' })
  documentNumber: string = '';

  @Field()
  @Property({ length: 200, default: '' })
  title: string = '';

  @Field()
  @Property({ type: 'text', default: '' })
  description: string = '';

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
