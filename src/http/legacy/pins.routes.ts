import { Router, type NextFunction, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { createContext, type AppServices } from '../../context';
import type { Pin } from '../../modules/floor-plans/pin.entity';
import { deletePin, savePin, type SavePinData } from '../../modules/floor-plans/pin.service';
import { AUTH_REQUIRED_BODY } from './guards';

// The old pin endpoints, answered by the same service as `savePin` / `deletePin`:
//   POST /activos/api/guardar-pin/        JSON { id?, visor_id, activo_id, aviso_id, ubicacion_id, x, y, color, nota, ancho, alto }
//   POST /activos/api/eliminar-pin/<id>/
// Both need a session, staff, the pin permission and the CSRF token (the old delete had
// none of them). Errors are JSON { status: "error", message } with 400/403/404.

type Json = Record<string, unknown>;

function error(res: Response, status: number, message: string, extra: Json = {}): void {
  res.status(status).json({ status: 'error', message, ...extra });
}

function forbidden(res: Response, requiredPermission: string): void {
  // The old refusal body ({ error, required_permission }) plus the status/message pair.
  error(res, 403, 'Permission denied', { error: 'Permission denied', required_permission: requiredPermission });
}

/** Logged-in staff; the exact pin permission depends on the request and is checked by the service. */
function requireStaff(req: Request, res: Response, next: NextFunction): void {
  if (!req.user) {
    res.status(401).json(AUTH_REQUIRED_BODY);
    return;
  }
  if (!req.user.isStaff) {
    forbidden(res, 'is_staff');
    return;
  }
  next();
}

// Service field names -> the old JSON names, so errors point at what the client sent.
const LEGACY_FIELD: Record<string, string> = {
  viewerId: 'visor_id',
  assetId: 'activo_id',
  noticeId: 'aviso_id',
  locationId: 'ubicacion_id',
  width: 'ancho',
  height: 'alto',
  note: 'nota',
};
const legacyField = (f: string | undefined) => (f ? (LEGACY_FIELD[f] ?? f) : undefined);

function sendError(res: Response, err: unknown, next: NextFunction): void {
  if (!(err instanceof GraphQLError)) return next(err);
  const raw = err.extensions as { code?: string; field?: string; required_permission?: string; problems?: Array<{ field: string }> };
  const ext = {
    ...raw,
    field: legacyField(raw.field),
    problems: raw.problems?.map((p) => ({ ...p, field: legacyField(p.field) })),
  };
  switch (ext.code) {
    case 'UNAUTHENTICATED':
      res.status(401).json(AUTH_REQUIRED_BODY);
      return;
    case 'FORBIDDEN':
      return forbidden(res, ext.required_permission ?? 'is_staff');
    case 'NOT_FOUND':
      return error(res, 404, err.message, { code: ext.code, field: ext.field });
    case 'BAD_USER_INPUT':
      return error(res, 400, err.message, { code: ext.code, field: ext.field, problems: ext.problems });
    case 'CONFLICT':
      return error(res, 400, err.message, { code: ext.code, field: ext.field });
    default:
      return next(err);
  }
}

/** A JSON number, or a numeric string as the old form-based clients sent; anything else is NaN (reported). */
function num(v: unknown): number | null | undefined {
  if (v === undefined || v === null) return v;
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '') return Number(v.trim());
  return NaN;
}

function idOf(v: unknown): string | number | null | undefined {
  if (v === undefined || v === null || v === '') return v === undefined ? undefined : null;
  return typeof v === 'number' || typeof v === 'string' ? v : String(v);
}

function toInput(body: Json): SavePinData {
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
    color: body.color === undefined || body.color === null ? (body.color as null | undefined) : String(body.color),
    note: body.nota === undefined || body.nota === null ? (body.nota as null | undefined) : String(body.nota),
  };
}

function oldShape(pin: Pin): Json {
  const view = pin.view!;
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
    label: view.label,
  };
}

export function pinLegacyRoutes(services: AppServices): Router {
  const router = Router();

  router.post('/activos/api/guardar-pin/', requireStaff, async (req: Request, res: Response, next: NextFunction) => {
    const body: unknown = req.body;
    if (!req.is('application/json') || typeof body !== 'object' || body === null || Array.isArray(body)) {
      return error(res, 400, 'Send the pin as a JSON object (Content-Type: application/json).', { code: 'BAD_USER_INPUT' });
    }
    if (body && (body as Json).visor_id === undefined) {
      return error(res, 400, 'visor_id is required.', { code: 'BAD_USER_INPUT', field: 'visor_id' });
    }
    try {
      const pin = await savePin(createContext(services, req.user, { req, res }), toInput(body as Json));
      res.json(oldShape(pin));
    } catch (err) {
      sendError(res, err, next);
    }
  });

  router.post('/activos/api/eliminar-pin/:id/', requireStaff, async (req: Request, res: Response, next: NextFunction) => {
    try {
      const id = await deletePin(createContext(services, req.user, { req, res }), String(req.params.id));
      res.json({ status: 'success', pin_id: id });
    } catch (err) {
      sendError(res, err, next);
    }
  });

  return router;
}
