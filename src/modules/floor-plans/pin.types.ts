import { Field, ID, ObjectType } from 'type-graphql';
import { AssetState } from '../assets/asset.entity';

/** The linked asset as a pin shows it: read from the pins query, not a full Asset. */
@ObjectType('PinAsset', { description: 'The asset a pin marks (use `asset(id)` for the full record).' })
export class PinAsset {
  @Field(() => ID)
  id!: number;

  @Field()
  name!: string;

  @Field()
  internalCode!: string;

  @Field(() => AssetState)
  state!: AssetState;

  @Field({ description: "The asset category's icon." })
  categoryIcon!: string;
}

/** The location (zone) a pin marks. */
@ObjectType('PinLocation')
export class PinLocation {
  @Field(() => ID)
  id!: number;

  @Field()
  name!: string;
}

/** Display data of a pin, computed by the pins query (DOMAIN.md §4). */
export interface PinView {
  viewerId: number;
  asset: PinAsset | null;
  location: PinLocation | null;
  label: string;
  icon: string;
}
