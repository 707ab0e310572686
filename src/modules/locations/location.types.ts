import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Assets of one category within a location subtree.' })
export class CategoryCount {
  categoryId!: number;

  @Field(() => Int)
  total!: number;

  @Field(() => Int, { description: 'Assets in state OPERATIONAL.' })
  operational!: number;
}

@ObjectType({ description: 'Asset counts over a location and everything below it.' })
export class LocationStats {
  @Field(() => Int)
  total!: number;

  @Field(() => Int, { description: 'Assets in state OPERATIONAL.' })
  operational!: number;

  @Field(() => [CategoryCount], { description: 'By category name.' })
  byCategory!: CategoryCount[];
}
