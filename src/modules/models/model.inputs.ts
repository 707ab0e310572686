import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';

@InputType()
export class ModelInput {
  @Field({ description: '1 to 150 characters, unique within its brand.' })
  name!: string;

  @Field(() => ID)
  brandId!: string;

  @Field(() => ID, { description: "The category of every asset of this model." })
  categoryId!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'http(s) URL or a path starting with "/".' })
  imageUrl?: string | null;

  @Field(() => Float, { nullable: true })
  averagePrice?: number | null;
}

@InputType({ description: "Only the fields given change. A new category is applied to the model's assets too." })
export class ModelUpdateInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => ID, { nullable: true })
  brandId?: string | null;

  @Field(() => ID, { nullable: true })
  categoryId?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  imageUrl?: string | null;

  @Field(() => Float, { nullable: true })
  averagePrice?: number | null;
}

@ArgsType()
export class SearchModelsArgs {
  @Field(() => String, { defaultValue: '', description: 'Substring of the model or brand name, any case.' })
  q: string = '';

  @Field(() => Int, { defaultValue: 50, description: '1 to 50.' })
  limit: number = 50;
}
