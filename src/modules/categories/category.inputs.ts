import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class CategoryInput {
  @Field({ description: 'Unique, 1 to 100 characters.' })
  name!: string;

  @Field(() => ID, { nullable: true, description: 'Parent category; null for a root.' })
  parentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Icon name; default "location".' })
  icon?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType({ description: 'Only the fields given change; parentId null makes it a root.' })
export class CategoryUpdateInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => String, { nullable: true })
  icon?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}
