import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';

@InputType()
export class FloorPlanInput {
  @Field()
  name!: string;

  @Field(() => ID, { nullable: true })
  locationId?: string | null;

  @Field(() => String, { nullable: true, description: 'External image address (http or https); an uploaded image takes precedence.' })
  imageUrl?: string | null;

  @Field(() => Int, { nullable: true, description: 'Pixels; set from the image on upload.' })
  width?: number | null;

  @Field(() => Int, { nullable: true, description: 'Pixels; set from the image on upload.' })
  height?: number | null;

  @Field(() => String, { nullable: true })
  planType?: string | null;

  @Field(() => String, { nullable: true })
  documentNumber?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

/** Omitted fields stay as they are; null clears the optional ones. */
@InputType()
export class FloorPlanUpdateInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => ID, { nullable: true })
  locationId?: string | null;

  @Field(() => String, { nullable: true })
  imageUrl?: string | null;

  @Field(() => Int, { nullable: true })
  width?: number | null;

  @Field(() => Int, { nullable: true })
  height?: number | null;

  @Field(() => String, { nullable: true })
  planType?: string | null;

  @Field(() => String, { nullable: true })
  documentNumber?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@ArgsType()
export class FloorPlansArgs {
  @Field(() => ID, { nullable: true, description: 'Only the plans of this location.' })
  locationId?: string | null;

  @Field(() => Int, { defaultValue: 100, description: 'At most 200.' })
  take: number = 100;
}

@InputType()
export class ViewerInput {
  @Field(() => ID)
  floorPlanId!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType()
export class ViewerUpdateInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType({ description: 'Creates a pin when `id` is absent, updates it otherwise.' })
export class SavePinInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => ID)
  viewerId!: string;

  @Field(() => ID, { nullable: true, description: 'On update: omitted keeps the link, null removes it.' })
  assetId?: string | null;

  @Field(() => ID, { nullable: true })
  noticeId?: string | null;

  @Field(() => ID, { nullable: true })
  locationId?: string | null;

  @Field(() => Float, { description: 'Pixels from the left; finite, >= 0, inside the plan when its size is known.' })
  x!: number;

  @Field(() => Float, { description: 'Pixels from the top; finite, >= 0, inside the plan when its size is known.' })
  y!: number;

  @Field(() => Float, { nullable: true, description: '>= 0; 0 (default) is a point pin.' })
  width?: number | null;

  @Field(() => Float, { nullable: true, description: '>= 0; 0 (default) is a point pin.' })
  height?: number | null;

  @Field(() => String, { nullable: true, description: '`#RRGGBB`; default `#FF0000`.' })
  color?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}
