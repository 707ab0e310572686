import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** `activos_categoria`: a tree of asset categories; a model belongs to one. */
@ObjectType('Category')
@Entity({ tableName: 'activos_categoria' })
export class Category {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Field()
  @Property({ length: 100, unique: true })
  name!: string;

  @ManyToOne(() => Category, { nullable: true, ref: true, deleteRule: 'restrict', updateRule: 'cascade' })
  parent?: Ref<Category> | null;

  @Field({ description: 'Icon name shown on pins and lists.' })
  @Property({ length: 50, default: 'location' })
  icon: string = 'location';

  @Field()
  @Property({ type: 'text', default: '' })
  description: string = '';
}
