import { Router } from 'express';
import type { AppServices } from '../../context';

/**
 * The old system's REST paths, kept compatible. Each feature mounts its own router here;
 * all of them sit behind the same session, CSRF and permission rules as GraphQL.
 */
export function legacyRoutes(_services: AppServices): Router {
  const router = Router();
  return router;
}
