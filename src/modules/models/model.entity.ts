import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Brand } from '../brands/brand.entity';
import { Category } from '../categories/category.entity';

/** `activos_modelo`: a make of equipment; its category is its assets' category. */
@ObjectType('Model')
@Entity({ tableName: 'activos_modelo' })
@Unique({ properties: ['brand', 'name'] })
export class Model {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Field()
  @Property({ length: 150 })
  name!: string;

  @ManyToOne(() => Brand, { ref: true, deleteRule: 'restrict', updateRule: 'cascade' })
  brand!: Ref<Brand>;

  @ManyToOne(() => Category, { ref: true, deleteRule: 'restrict', updateRule: 'cascade' })
  category!: Ref<Category>;

  @Field()
  @Property({ type: 'text', default: '' })
  description: string = '';

  @Field(() => String, { nullable: true })
  @Property({ length: 500, nullable: true })
  imageUrl?: string | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  averagePrice?: string | null;
}
