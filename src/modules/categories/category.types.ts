import { Field, Int, ObjectType } from 'type-graphql';
import { Category } from './category.entity';

@ObjectType({ description: 'One category of the tree, in depth-first order (siblings by name).' })
export class CategoryTreeEntry {
  @Field(() => Int, { description: '0 for a root.' })
  depth!: number;

  @Field(() => Category)
  category!: Category;
}
