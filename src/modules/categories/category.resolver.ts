import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Category } from './category.entity';
import { CategoryInput, CategoryUpdateInput } from './category.inputs';
import { categoryById, categoryChildren, categoryPath } from './category.loaders';
import { categoryTree, createCategory, deleteCategory, getCategory, updateCategory } from './category.service';
import { CategoryTreeEntry } from './category.types';

@Resolver(() => Category)
export class CategoryResolver {
  @Query(() => [CategoryTreeEntry], { description: 'Every category, depth-first (siblings by name), with its depth.' })
  categoryTree(@Ctx() ctx: Context): Promise<CategoryTreeEntry[]> {
    return categoryTree(ctx);
  }

  @Query(() => Category)
  category(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Category> {
    return getCategory(ctx, id);
  }

  @Mutation(() => Category)
  createCategory(@Arg('input') input: CategoryInput, @Ctx() ctx: Context): Promise<Category> {
    return createCategory(ctx, input);
  }

  @Mutation(() => Category, { description: 'Moving a category under itself or its own descendant is refused.' })
  updateCategory(@Arg('id', () => ID) id: string, @Arg('input') input: CategoryUpdateInput, @Ctx() ctx: Context): Promise<Category> {
    return updateCategory(ctx, id, input);
  }

  @Mutation(() => ID, { description: 'Refused (CONFLICT) while the category has subcategories, models or assets.' })
  deleteCategory(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return deleteCategory(ctx, id);
  }

  @FieldResolver(() => Category, { nullable: true })
  parent(@Root() category: Category, @Ctx() ctx: Context): Promise<Category | null> | null {
    const parentId = category.parent?.id;
    return parentId ? categoryById(ctx).load(parentId) : null;
  }

  @FieldResolver(() => [Category], { description: 'Direct subcategories, by name.' })
  children(@Root() category: Category, @Ctx() ctx: Context): Promise<Category[]> {
    return categoryChildren(ctx).load(category.id);
  }

  @FieldResolver(() => [Category], { description: 'From the root down to this category.' })
  path(@Root() category: Category, @Ctx() ctx: Context): Promise<Category[]> {
    return categoryPath(ctx).load(category.id);
  }
}
