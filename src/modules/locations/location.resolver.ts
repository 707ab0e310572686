import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Category } from '../categories/category.entity';
import { categoryById } from '../categories/category.loaders';
import { Location } from './location.entity';
import { LocationInput, LocationUpdateInput } from './location.inputs';
import { locationById, locationChildren, locationHasChildren, locationPath, locationStats } from './location.loaders';
import { createLocation, deleteLocation, getLocation, locationRoots, updateLocation } from './location.service';
import { CategoryCount, LocationStats } from './location.types';

@Resolver(() => Location)
export class LocationResolver {
  @Query(() => [Location], { description: 'Top-level locations, by sort order and name.' })
  locationRoots(@Ctx() ctx: Context): Promise<Location[]> {
    return locationRoots(ctx);
  }

  @Query(() => Location)
  location(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Location> {
    return getLocation(ctx, id);
  }

  @Mutation(() => Location)
  createLocation(@Arg('input') input: LocationInput, @Ctx() ctx: Context): Promise<Location> {
    return createLocation(ctx, input);
  }

  @Mutation(() => Location, { description: 'Moving a location under itself or its own descendant is refused.' })
  updateLocation(@Arg('id', () => ID) id: string, @Arg('input') input: LocationUpdateInput, @Ctx() ctx: Context): Promise<Location> {
    return updateLocation(ctx, id, input);
  }

  @Mutation(() => ID, { description: 'Refused (CONFLICT) while sub-locations, assets, notices or work orders refer to it.' })
  deleteLocation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return deleteLocation(ctx, id);
  }

  @FieldResolver(() => Location, { nullable: true })
  parent(@Root() location: Location, @Ctx() ctx: Context): Promise<Location | null> | null {
    const parentId = location.parent?.id;
    return parentId ? locationById(ctx).load(parentId) : null;
  }

  @FieldResolver(() => [Location], { description: 'Direct sub-locations, by sort order and name.' })
  children(@Root() location: Location, @Ctx() ctx: Context): Promise<Location[]> {
    return locationChildren(ctx).load(location.id);
  }

  @FieldResolver(() => Boolean)
  hasChildren(@Root() location: Location, @Ctx() ctx: Context): Promise<boolean> {
    return locationHasChildren(ctx).load(location.id);
  }

  @FieldResolver(() => [Location], { description: 'From the root down to this location.' })
  path(@Root() location: Location, @Ctx() ctx: Context): Promise<Location[]> {
    return locationPath(ctx).load(location.id);
  }

  @FieldResolver(() => String, { description: 'Names from the root, joined by " / ".' })
  async fullPath(@Root() location: Location, @Ctx() ctx: Context): Promise<string> {
    const path = await locationPath(ctx).load(location.id);
    return path.map((l) => l.name).join(' / ');
  }

  @FieldResolver(() => LocationStats, { description: 'Assets in this location and everything below it.' })
  stats(@Root() location: Location, @Ctx() ctx: Context): Promise<LocationStats> {
    return locationStats(ctx).load(location.id);
  }
}

@Resolver(() => CategoryCount)
export class CategoryCountResolver {
  @FieldResolver(() => Category, { nullable: true })
  category(@Root() row: CategoryCount, @Ctx() ctx: Context): Promise<Category | null> {
    return categoryById(ctx).load(row.categoryId);
  }
}
