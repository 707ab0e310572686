"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "assetLegacyRoutes", {
    enumerable: true,
    get: function() {
        return assetLegacyRoutes;
    }
});
const _express = require("express");
const _graphql = require("graphql");
const _context = require("../../context");
const _assetservice = require("../../modules/assets/asset.service");
const _guards = require("./guards");
// GET /activos/api/buscar-activos-json/?q=&cat_id=&loc_id=[&include_descendants=1]
// The old asset search, answered by the same service as `searchAssets`, in the old shape:
// { "results": [ { id, nombre, codigo, categoria_id, ubicacion_id } ] }, 50 at most.
let ParamError = class ParamError extends Error {
};
function stringParam(req, name) {
    const value = req.query[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw new ParamError(`${name} must be given once.`);
    return value;
}
function idParam(req, name) {
    const value = stringParam(req, name)?.trim();
    if (value === undefined || value === '') return null;
    if (!/^\d{1,10}$/.test(value) || Number(value) < 1 || Number(value) > 2147483647) {
        throw new ParamError(`${name} must be a positive whole number (got "${value.slice(0, 40)}").`);
    }
    return Number(value);
}
function flagParam(req, name) {
    const value = stringParam(req, name)?.trim().toLowerCase();
    if (value === undefined || value === '' || value === '0' || value === 'false') return false;
    if (value === '1' || value === 'true') return true;
    throw new ParamError(`${name} must be 1 or 0.`);
}
function assetLegacyRoutes(services) {
    const router = (0, _express.Router)();
    router.get('/activos/api/buscar-activos-json/', (0, _guards.requireStaffPerms)('activos.view_activo'), async (req, res, next)=>{
        let params;
        try {
            params = {
                q: stringParam(req, 'q') ?? '',
                categoryId: idParam(req, 'cat_id'),
                locationId: idParam(req, 'loc_id'),
                includeDescendants: flagParam(req, 'include_descendants'),
                limit: 50
            };
        } catch (err) {
            if (err instanceof ParamError) {
                res.status(400).json({
                    error: err.message
                });
                return;
            }
            next(err);
            return;
        }
        try {
            const assets = await (0, _assetservice.searchAssets)((0, _context.createContext)(services, req.user ?? null, {
                req,
                res
            }), params);
            res.json({
                results: assets.map((a)=>({
                        id: a.id,
                        nombre: a.name,
                        codigo: a.internalCode,
                        categoria_id: a.category.id,
                        ubicacion_id: a.location.id
                    }))
            });
        } catch (err) {
            // Input errors of the service (e.g. q too long) keep their message; anything else is masked.
            if (err instanceof _graphql.GraphQLError && err.extensions.code === 'BAD_USER_INPUT') {
                res.status(400).json({
                    error: err.message,
                    field: err.extensions.field
                });
                return;
            }
            next(err);
        }
    });
    return router;
}
