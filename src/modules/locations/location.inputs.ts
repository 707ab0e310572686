import { Field, ID, InputType, Int } from 'type-graphql';
import { LocationType } from './location.entity';

@InputType()
export class LocationInput {
  @Field({ description: '1 to 150 characters, unique among its siblings.' })
  name!: string;

  @Field(() => ID, { nullable: true, description: 'Parent location; null for a root.' })
  parentId?: string | null;

  @Field(() => LocationType, { nullable: true, description: 'Default OTHER.' })
  type?: LocationType | null;

  @Field(() => String, { nullable: true, description: 'Unique when given.' })
  qrCode?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Int, { nullable: true })
  sortOrder?: number | null;

  @Field(() => Boolean, { nullable: true })
  isWarehouse?: boolean | null;
}

@InputType({ description: 'Only the fields given change; parentId null makes it a root.' })
export class LocationUpdateInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => LocationType, { nullable: true })
  type?: LocationType | null;

  @Field(() => String, { nullable: true, description: 'Blank or null removes it.' })
  qrCode?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Int, { nullable: true })
  sortOrder?: number | null;

  @Field(() => Boolean, { nullable: true })
  isWarehouse?: boolean | null;
}
