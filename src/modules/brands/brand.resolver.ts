import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Brand } from './brand.entity';
import { BrandInput } from './brand.inputs';
import { createBrand, deleteBrand, getBrand, updateBrand } from './brand.service';

@Resolver(() => Brand)
export class BrandResolver {
  @Query(() => Brand)
  brand(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Brand> {
    return getBrand(ctx, id);
  }

  @Mutation(() => Brand)
  createBrand(@Arg('input') input: BrandInput, @Ctx() ctx: Context): Promise<Brand> {
    return createBrand(ctx, input);
  }

  @Mutation(() => Brand)
  updateBrand(@Arg('id', () => ID) id: string, @Arg('input') input: BrandInput, @Ctx() ctx: Context): Promise<Brand> {
    return updateBrand(ctx, id, input);
  }

  @Mutation(() => ID, { description: 'Refused (CONFLICT) while models of the brand exist.' })
  deleteBrand(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return deleteBrand(ctx, id);
  }
}
