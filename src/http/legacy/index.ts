import { Router } from 'express';
import type { AppServices } from '../../context';
import { assetLegacyRoutes } from './assets.routes';
import { floorPlanImageRoutes } from '../../modules/floor-plans/floor-plan-image.routes';
import { pinLegacyRoutes } from './pins.routes';
import { maintenanceRoutes } from './maintenance.routes';

/**
 * The old system's REST paths, kept compatible. Each feature mounts its own router here;
 * all of them sit behind the same session, CSRF and permission rules as GraphQL.
 */
export function legacyRoutes(services: AppServices): Router {
  const router = Router();
  router.use(assetLegacyRoutes(services));
  router.use(pinLegacyRoutes(services));
  router.use(floorPlanImageRoutes(services));
  router.use(maintenanceRoutes(services));
  return router;
}
