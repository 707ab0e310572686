import { AssetPinsResolver, FloorPlanFieldsResolver, LocationFloorPlansResolver, PinFieldsResolver, ViewerFieldsResolver } from './floor-plan.fields';
import { FloorPlanResolver } from './floor-plan.resolver';

// The resolver classes of floor plans, viewers and pins (Asset.pins and Location.floorPlans included).
export const floorPlanResolvers = [
  FloorPlanResolver,
  FloorPlanFieldsResolver,
  ViewerFieldsResolver,
  PinFieldsResolver,
  AssetPinsResolver,
  LocationFloorPlansResolver,
] as const;
