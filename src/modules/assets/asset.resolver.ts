import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { parseOptionalId } from '../../graphql/ids';
import { User } from '../auth/user.entity';
import { Brand } from '../brands/brand.entity';
import { brandById } from '../brands/brand.loaders';
import { Category } from '../categories/category.entity';
import { categoryById } from '../categories/category.loaders';
import { Location } from '../locations/location.entity';
import { locationById, locationPath } from '../locations/location.loaders';
import { Model } from '../models/model.entity';
import { modelById } from '../models/model.loaders';
import { Asset } from './asset.entity';
import { AssetInput, AssetsArgs, AssetUpdateInput, SearchAssetsArgs } from './asset.inputs';
import { assetById, assetComponents } from './asset.loaders';
import { userById } from '../users/user.loaders';
import { createAsset, deleteAsset, getAsset, listAssets, searchAssets, updateAsset } from './asset.service';
import { AssetConnection } from './asset.types';

@Resolver(() => Asset)
export class AssetResolver {
  @Query(() => [Asset], {
    description:
      'Assets whose name, internal code, serial number or description contains q (any case), by name; ' +
      'terms of 1-2 characters match the start of the name or code. At most `limit` (<= 50).',
  })
  searchAssets(@Args() args: SearchAssetsArgs, @Ctx() ctx: Context): Promise<Asset[]> {
    return searchAssets(ctx, {
      q: args.q,
      categoryId: parseOptionalId(args.categoryId, 'categoryId'),
      locationId: parseOptionalId(args.locationId, 'locationId'),
      includeDescendants: args.includeDescendants,
      limit: args.limit,
    });
  }

  @Query(() => AssetConnection, { description: 'Assets by name (keyset pages: pass pageInfo.endCursor as `after`).' })
  assets(@Args() args: AssetsArgs, @Ctx() ctx: Context): Promise<AssetConnection> {
    return listAssets(ctx, args);
  }

  @Query(() => Asset)
  asset(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Asset> {
    return getAsset(ctx, id);
  }

  @Mutation(() => Asset)
  createAsset(@Arg('input') input: AssetInput, @Ctx() ctx: Context): Promise<Asset> {
    return createAsset(ctx, input);
  }

  @Mutation(() => Asset)
  updateAsset(@Arg('id', () => ID) id: string, @Arg('input') input: AssetUpdateInput, @Ctx() ctx: Context): Promise<Asset> {
    return updateAsset(ctx, id, input);
  }

  @Mutation(() => ID, { description: 'Refused (CONFLICT) while the asset has components or work orders, pins... refer to it.' })
  deleteAsset(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return deleteAsset(ctx, id);
  }

  @FieldResolver(() => Model, { nullable: true })
  model(@Root() asset: Asset, @Ctx() ctx: Context): Promise<Model | null> {
    return modelById(ctx).load(asset.model.id);
  }

  @FieldResolver(() => Brand, { nullable: true, description: "The model's brand." })
  async brand(@Root() asset: Asset, @Ctx() ctx: Context): Promise<Brand | null> {
    const model = await modelById(ctx).load(asset.model.id);
    return model ? brandById(ctx).load(model.brand.id) : null;
  }

  @FieldResolver(() => Category, { nullable: true, description: "The model's category." })
  category(@Root() asset: Asset, @Ctx() ctx: Context): Promise<Category | null> {
    return categoryById(ctx).load(asset.category.id);
  }

  @FieldResolver(() => Location, { nullable: true })
  location(@Root() asset: Asset, @Ctx() ctx: Context): Promise<Location | null> {
    return locationById(ctx).load(asset.location.id);
  }

  @FieldResolver(() => [Location], { nullable: true, description: "The location's path from the root." })
  locationPath(@Root() asset: Asset, @Ctx() ctx: Context): Promise<Location[]> {
    return locationPath(ctx).load(asset.location.id);
  }

  @FieldResolver(() => Asset, { nullable: true, description: 'The asset this one is a component of.' })
  parent(@Root() asset: Asset, @Ctx() ctx: Context): Promise<Asset | null> | null {
    const parentId = asset.parent?.id;
    return parentId ? assetById(ctx).load(parentId) : null;
  }

  @FieldResolver(() => [Asset], { description: 'Direct components, by name (at most 200).' })
  components(@Root() asset: Asset, @Ctx() ctx: Context): Promise<Asset[]> {
    return assetComponents(ctx).load(asset.id);
  }

  @FieldResolver(() => User, { nullable: true })
  responsible(@Root() asset: Asset, @Ctx() ctx: Context): Promise<User | null> | null {
    const userId = asset.responsible?.id;
    return userId ? userById(ctx).load(userId) : null;
  }
}
