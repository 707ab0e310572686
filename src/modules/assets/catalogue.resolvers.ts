import { BrandResolver } from '../brands/brand.resolver';
import { CategoryResolver } from '../categories/category.resolver';
import { CategoryCountResolver, LocationResolver } from '../locations/location.resolver';
import { ModelResolver } from '../models/model.resolver';
import { AssetResolver } from './asset.resolver';

/** The asset catalogue's resolver classes (registered in src/resolvers.ts). */
export const catalogueResolvers = [CategoryResolver, LocationResolver, CategoryCountResolver, BrandResolver, ModelResolver, AssetResolver] as const;
