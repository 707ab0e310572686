import { Router, type NextFunction, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { createContext, type AppServices } from '../../context';
import { searchAssets } from '../../modules/assets/asset.service';
import { requireStaffPerms } from './guards';
import { asDatabaseId, idProblem } from '../../graphql/ids';

// GET /activos/api/buscar-activos-json/?q=&cat_id=&loc_id=[&include_descendants=1]
// The old asset search, answered by the same service as `searchAssets`, in the old shape:
// { "results": [ { id, nombre, codigo, categoria_id, ubicacion_id } ] }, 50 at most.

class ParamError extends Error {}

function stringParam(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new ParamError(`${name} must be given once.`);
  return value;
}

function idParam(req: Request, name: string): number | null {
  const value = stringParam(req, name)?.trim();
  if (value === undefined || value === '') return null;
  const id = asDatabaseId(value);
  if (id === null) throw new ParamError(idProblem(name, value));
  return id;
}

function flagParam(req: Request, name: string): boolean {
  const value = stringParam(req, name)?.trim().toLowerCase();
  if (value === undefined || value === '' || value === '0' || value === 'false') return false;
  if (value === '1' || value === 'true') return true;
  throw new ParamError(`${name} must be 1 or 0.`);
}

export function assetLegacyRoutes(services: AppServices): Router {
  const router = Router();
  router.get(
    '/activos/api/buscar-activos-json/',
    requireStaffPerms('activos.view_activo'),
    async (req: Request, res: Response, next: NextFunction) => {
      let params;
      try {
        params = {
          q: stringParam(req, 'q') ?? '',
          categoryId: idParam(req, 'cat_id'),
          locationId: idParam(req, 'loc_id'),
          includeDescendants: flagParam(req, 'include_descendants'),
          limit: 50,
        };
      } catch (err) {
        if (err instanceof ParamError) {
          res.status(400).json({ error: err.message });
          return;
        }
        next(err);
        return;
      }
      try {
        const assets = await searchAssets(createContext(services, req.user ?? null, { req, res }), params);
        res.json({
          results: assets.map((a) => ({
            id: a.id,
            nombre: a.name,
            codigo: a.internalCode,
            categoria_id: a.category.id,
            ubicacion_id: a.location.id,
          })),
        });
      } catch (err) {
        // Input errors of the service (e.g. q too long) keep their message; anything else is masked.
        if (err instanceof GraphQLError && err.extensions.code === 'BAD_USER_INPUT') {
          res.status(400).json({ error: err.message, field: err.extensions.field });
          return;
        }
        next(err);
      }
    },
  );
  return router;
}
