import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '../../graphql/pagination';
import { AssetState } from './asset.entity';

@InputType()
export class AssetInput {
  @Field({ description: '1 to 200 characters.' })
  name!: string;

  @Field({ description: 'Digits only, unique, at most 30.' })
  internalCode!: string;

  @Field(() => String, { nullable: true, description: 'RFID tag; unique when given.' })
  epc?: string | null;

  @Field(() => String, { nullable: true })
  serialNumber?: string | null;

  @Field(() => String, { nullable: true })
  reference?: string | null;

  @Field(() => ID, { description: "The asset's category is its model's category." })
  modelId!: string;

  @Field(() => ID)
  locationId!: string;

  @Field(() => ID, { nullable: true, description: 'The asset this one is a component of.' })
  parentId?: string | null;

  @Field(() => ID, { nullable: true })
  responsibleId?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  purchaseDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Decimal amount, e.g. "1250.00".' })
  cost?: string | null;

  @Field(() => AssetState, { nullable: true, description: 'Default OPERATIONAL.' })
  state?: AssetState | null;
}

@InputType({ description: 'Only the fields given change; null clears optional fields.' })
export class AssetUpdateInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  internalCode?: string | null;

  @Field(() => String, { nullable: true })
  epc?: string | null;

  @Field(() => String, { nullable: true })
  serialNumber?: string | null;

  @Field(() => String, { nullable: true })
  reference?: string | null;

  @Field(() => ID, { nullable: true })
  modelId?: string | null;

  @Field(() => ID, { nullable: true })
  locationId?: string | null;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => ID, { nullable: true })
  responsibleId?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  purchaseDate?: string | null;

  @Field(() => String, { nullable: true })
  cost?: string | null;

  @Field(() => AssetState, { nullable: true })
  state?: AssetState | null;
}

@InputType()
export class AssetFilter {
  @Field(() => String, { nullable: true, description: 'Same matching as searchAssets.' })
  q?: string | null;

  @Field(() => AssetState, { nullable: true })
  state?: AssetState | null;

  @Field(() => ID, { nullable: true })
  categoryId?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Include the subcategories of categoryId.' })
  includeSubcategories?: boolean | null;

  @Field(() => ID, { nullable: true })
  modelId?: string | null;

  @Field(() => ID, { nullable: true, description: 'This location and everything below it.' })
  locationId?: string | null;

  @Field(() => ID, { nullable: true })
  responsibleId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Components of this asset.' })
  parentId?: string | null;
}

@ArgsType()
export class AssetsArgs extends PageArgs {
  @Field(() => AssetFilter, { nullable: true })
  filter?: AssetFilter | null;
}

@ArgsType()
export class SearchAssetsArgs {
  @Field(() => String, {
    defaultValue: '',
    description: 'Substring of name, internal code, serial number or description, any case; 1-2 characters match a prefix of name or code.',
  })
  q: string = '';

  @Field(() => ID, { nullable: true })
  categoryId?: string | null;

  @Field(() => ID, { nullable: true })
  locationId?: string | null;

  @Field({ defaultValue: false, description: 'Also match below categoryId and locationId.' })
  includeDescendants: boolean = false;

  @Field(() => Int, { defaultValue: 50, description: '1 to 50.' })
  limit: number = 50;
}
