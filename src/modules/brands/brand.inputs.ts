import { Field, InputType } from 'type-graphql';

@InputType()
export class BrandInput {
  @Field({ description: 'Unique, 1 to 100 characters.' })
  name!: string;
}
