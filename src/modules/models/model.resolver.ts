import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Brand } from '../brands/brand.entity';
import { brandById } from '../brands/brand.loaders';
import { Category } from '../categories/category.entity';
import { categoryById } from '../categories/category.loaders';
import { Model } from './model.entity';
import { ModelInput, ModelUpdateInput, SearchModelsArgs } from './model.inputs';
import { createModel, deleteModel, getModel, searchModels, updateModel } from './model.service';

@Resolver(() => Model)
export class ModelResolver {
  @Query(() => [Model], { description: 'Models whose name or brand name contains q (any case), by name; at most 50.' })
  searchModels(@Args() args: SearchModelsArgs, @Ctx() ctx: Context): Promise<Model[]> {
    return searchModels(ctx, args);
  }

  @Query(() => Model)
  model(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Model> {
    return getModel(ctx, id);
  }

  @Mutation(() => Model)
  createModel(@Arg('input') input: ModelInput, @Ctx() ctx: Context): Promise<Model> {
    return createModel(ctx, input);
  }

  @Mutation(() => Model)
  updateModel(@Arg('id', () => ID) id: string, @Arg('input') input: ModelUpdateInput, @Ctx() ctx: Context): Promise<Model> {
    return updateModel(ctx, id, input);
  }

  @Mutation(() => ID, { description: 'Refused (CONFLICT) while assets of the model exist.' })
  deleteModel(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return deleteModel(ctx, id);
  }

  @FieldResolver(() => Brand, { nullable: true })
  brand(@Root() model: Model, @Ctx() ctx: Context): Promise<Brand | null> {
    return brandById(ctx).load(model.brand.id);
  }

  @FieldResolver(() => Category, { nullable: true })
  category(@Root() model: Model, @Ctx() ctx: Context): Promise<Category | null> {
    return categoryById(ctx).load(model.category.id);
  }
}
