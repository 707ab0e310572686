"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "pinLegacyRoutes", {
    enumerable: true,
    get: function() {
        return pinLegacyRoutes;
    }
});
const _express = require("express");
const _graphql = require("graphql");
const _context = require("../../context");
const _pinservice = require("../../modules/floor-plans/pin.service");
const _guards = require("./guards");
function error(res, status, message, extra = {}) {
    res.status(status).json({
        status: 'error',
        message,
        ...extra
    });
}
function forbidden(res, requiredPermission) {
    // The old refusal body ({ error, required_permission }) plus the status/message pair.
    error(res, 403, 'Permission denied', {
        error: 'Permission denied',
        required_permission: requiredPermission
    });
}
/** Logged-in staff; the exact pin permission depends on the request and is checked by the service. */ function requireStaff(req, res, next) {
    if (!req.user) {
        res.status(401).json(_guards.AUTH_REQUIRED_BODY);
        return;
    }
    if (!req.user.isStaff) {
        forbidden(res, 'is_staff');
        return;
    }
    next();
}
// Service field names -> the old JSON names, so errors point at what the client sent.
const LEGACY_FIELD = {
    viewerId: 'visor_id',
    assetId: 'activo_id',
    noticeId: 'aviso_id',
    locationId: 'ubicacion_id',
    width: 'ancho',
    height: 'alto',
    note: 'nota'
};
const legacyField = (f)=>f ? LEGACY_FIELD[f] ?? f : undefined;
function sendError(res, err, next) {
    if (!(err instanceof _graphql.GraphQLError)) return next(err);
    const raw = err.extensions;
    const ext = {
        ...raw,
        field: legacyField(raw.field),
        problems: raw.problems?.map((p)=>({
                ...p,
                field: legacyField(p.field)
            }))
    };
    switch(ext.code){
        case 'UNAUTHENTICATED':
            res.status(401).json(_guards.AUTH_REQUIRED_BODY);
            return;
        case 'FORBIDDEN':
            return forbidden(res, ext.required_permission ?? 'is_staff');
        case 'NOT_FOUND':
            return error(res, 404, err.message, {
                code: ext.code,
                field: ext.field
            });
        case 'BAD_USER_INPUT':
            return error(res, 400, err.message, {
                code: ext.code,
                field: ext.field,
                problems: ext.problems
            });
        case 'CONFLICT':
            return error(res, 400, err.message, {
                code: ext.code,
                field: ext.field
            });
        default:
            return next(err);
    }
}
/** A JSON number, or a numeric string as the old form-based clients sent; anything else is NaN (reported). */ function num(v) {
    if (v === undefined || v === null) return v;
    if (typeof v === 'number') return v;
    if (typeof v === 'string' && v.trim() !== '') return Number(v.trim());
    return NaN;
}
function idOf(v) {
    if (v === undefined || v === null || v === '') return v === undefined ? undefined : null;
    return typeof v === 'number' || typeof v === 'string' ? v : String(v);
}
function toInput(body) {
    return {
        id: idOf(body.id),
        viewerId: idOf(body.visor_id) ?? '',
        assetId: idOf(body.activo_id),
        noticeId: idOf(body.aviso_id),
        locationId: idOf(body.ubicacion_id),
        x: num(body.x) ?? NaN,
        y: num(body.y) ?? NaN,
        width: num(body.ancho),
        height: num(body.alto),
        color: body.color === undefined || body.color === null ? body.color : String(body.color),
        note: body.nota === undefined || body.nota === null ? body.nota : String(body.nota)
    };
}
function oldShape(pin) {
    const view = pin.view;
    return {
        status: 'success',
        pin_id: pin.id,
        activo_id: view.asset?.id ?? null,
        nombre_activo: view.asset?.name ?? null,
        icono: view.icon,
        aviso_id: pin.noticeId ?? null,
        ubicacion_id: view.location?.id ?? null,
        x: pin.x,
        y: pin.y,
        color: pin.color,
        nota: pin.note,
        ancho: pin.width,
        alto: pin.height,
        label: view.label
    };
}
function pinLegacyRoutes(services) {
    const router = (0, _express.Router)();
    router.post('/activos/api/guardar-pin/', requireStaff, async (req, res, next)=>{
        const body = req.body;
        if (!req.is('application/json') || typeof body !== 'object' || body === null || Array.isArray(body)) {
            return error(res, 400, 'Send the pin as a JSON object (Content-Type: application/json).', {
                code: 'BAD_USER_INPUT'
            });
        }
        if (body && body.visor_id === undefined) {
            return error(res, 400, 'visor_id is required.', {
                code: 'BAD_USER_INPUT',
                field: 'visor_id'
            });
        }
        try {
            const pin = await (0, _pinservice.savePin)((0, _context.createContext)(services, req.user, {
                req,
                res
            }), toInput(body));
            res.json(oldShape(pin));
        } catch (err) {
            sendError(res, err, next);
        }
    });
    router.post('/activos/api/eliminar-pin/:id/', requireStaff, async (req, res, next)=>{
        try {
            const id = await (0, _pinservice.deletePin)((0, _context.createContext)(services, req.user, {
                req,
                res
            }), String(req.params.id));
            res.json({
                status: 'success',
                pin_id: id
            });
        } catch (err) {
            sendError(res, err, next);
        }
    });
    return router;
}
