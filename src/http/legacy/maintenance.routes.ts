import { Router, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { createContext, type AppServices, type Context } from '../../context';
import { asDatabaseId } from '../../graphql/ids';
import { WorkOrderOrder, type WorkOrderFilter } from '../../modules/work-orders/work-order.inputs';
import { legacyStatus, legacyType, parseLegacyStatus, parseLegacyType } from '../../modules/work-orders/work-order.legacy';
import { workOrderById } from '../../modules/work-orders/work-order.rows';
import { searchWorkOrders } from '../../modules/work-orders/work-order.search';
import { workOrderAssets, workOrderClosure } from '../../modules/work-orders/work-order.loaders';
import { routineById } from '../../modules/routines/routine.loaders';
import { userById } from '../../modules/users/user.loaders';
import { locationPath } from '../../modules/locations/location.loaders';
import { updateWorkOrderStatusOrNotes } from '../../modules/work-orders/work-order.service';
import type { WorkOrder } from '../../modules/work-orders/work-order.entity';
import { requireStaffPerms } from './guards';

// The old maintenance API: search, detail and status/notes update of work orders, with
// the old Spanish codes. Same session, staff, permission and CSRF rules as GraphQL;
// every answer is JSON, errors included. Updates go through the same status machine.

const SEARCH_LIMIT = 50;
const HTTP_STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };

function fail(res: Response, status: number, error: string, extra: Record<string, unknown> = {}): void {
  res.status(status).json({ error, ...extra });
}

/** Client errors from the services keep their message and field; anything else goes to the app's error handler. */
function sendError(res: Response, err: unknown): void {
  if (err instanceof GraphQLError) {
    const code = String(err.extensions?.code ?? '');
    const status = HTTP_STATUS[code];
    if (status) {
      const { field, required_permission } = err.extensions as { field?: string; required_permission?: string };
      fail(res, status, err.message, { code, ...(field ? { field } : {}), ...(required_permission ? { required_permission } : {}) });
      return;
    }
  }
  throw err;
}

function pkOf(req: Request): number | null {
  return asDatabaseId(String(req.params.pk ?? ''));
}

function dateParam(value: unknown): Date | null | undefined {
  if (value === undefined || value === '') return undefined;
  const s = String(value);
  const d = new Date(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s) ? d : null;
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

interface Extras {
  locations: Map<number, { nombre: string; ruta: string }>;
  users: Map<number, { id: number; username: string; nombre: string }>;
  assets: Map<number, Array<{ id: number; nombre: string; codigo_interno: string }>>;
}

/** Locations (with paths), people and assets of the orders: three statements whatever their number. */
async function extrasOf(ctx: Context, orders: WorkOrder[]): Promise<Extras> {
  const ids = orders.map((o) => o.id);
  const locationIds = [...new Set(orders.map((o) => o.locationId))];
  const userIds = [...new Set(orders.flatMap((o) => [o.technicianId, o.supervisorId]).filter((u): u is number => !!u))];
  const [paths, users, assets] = await Promise.all([
    Promise.all(locationIds.map((id) => locationPath(ctx).load(id))),
    Promise.all(userIds.map((id) => userById(ctx).load(id))),
    Promise.all(ids.map((id) => workOrderAssets(ctx).load(id))),
  ]);
  return {
    locations: new Map(
      locationIds.map((id, i) => {
        const path = paths[i]!;
        return [id, { nombre: path[path.length - 1]?.name ?? '', ruta: path.map((l) => l.name).join(' / ') }];
      }),
    ),
    users: new Map(
      users.filter((u) => u !== null).map((u) => [u.id, { id: u.id, username: u.username, nombre: `${u.firstName} ${u.lastName}`.trim() || u.username }]),
    ),
    assets: new Map(ids.map((id, i) => [id, assets[i]!.map((a) => ({ id: a.id, nombre: a.name, codigo_interno: a.internalCode }))])),
  };
}

function summary(o: WorkOrder, x: Extras) {
  return {
    id: o.id,
    codigo: o.code,
    tipo: legacyType(o.type),
    prioridad: o.priority,
    estado: legacyStatus(o.status),
    descripcion_corta: o.shortDescription,
    ubicacion_id: o.locationId,
    ubicacion: x.locations.get(o.locationId)?.nombre ?? null,
    tecnico: o.technicianId ? (x.users.get(o.technicianId) ?? null) : null,
    fecha_programada: iso(o.scheduledStart),
    fecha_fin_programada: iso(o.scheduledEnd),
    activos: x.assets.get(o.id) ?? [],
    version: o.version,
  };
}

export function maintenanceRoutes(services: AppServices): Router {
  const router = Router();
  const ctxOf = (req: Request, res: Response) => createContext(services, req.user, { req, res });

  router.get('/mantenimiento/api/search-ordenes/', requireStaffPerms('mantenimiento.view_ordentrabajo'), async (req, res) => {
    const filter: WorkOrderFilter = {};
    const problems: Array<{ field: string; message: string }> = [];
    if (req.query.q) filter.q = String(req.query.q).slice(0, 200);
    if (req.query.estado) {
      const statuses = String(req.query.estado).split(',').map(parseLegacyStatus);
      if (statuses.some((s) => !s)) problems.push({ field: 'estado', message: 'estado must be ESPERA, PROGRAMADA, EJECUCION, REALIZADA or CANCELADA.' });
      else filter.status = statuses as NonNullable<WorkOrderFilter['status']>;
    }
    if (req.query.tipo) {
      const type = parseLegacyType(String(req.query.tipo));
      if (!type) problems.push({ field: 'tipo', message: 'tipo must be PREVENTIVA, CORRECTIVA or NO_PROGRAMADA.' });
      else filter.type = type;
    }
    const from = dateParam(req.query.fecha_desde);
    const to = dateParam(req.query.fecha_hasta);
    if (from === null) problems.push({ field: 'fecha_desde', message: 'fecha_desde must be a date like 2024-03-31.' });
    if (to === null) problems.push({ field: 'fecha_hasta', message: 'fecha_hasta must be a date like 2024-03-31.' });
    if (problems.length) {
      fail(res, 400, problems.map((p) => p.message).join(' '), { field: problems[0]!.field, errors: problems });
      return;
    }
    if (from) filter.scheduledFrom = from;
    // fecha_hasta is inclusive: up to the end of that day.
    if (to) filter.scheduledTo = new Date(to.getTime() + 86_400_000);
    const ctx = ctxOf(req, res);
    try {
      const page = await searchWorkOrders(ctx, { filter, orderBy: WorkOrderOrder.SCHEDULED_START, first: SEARCH_LIMIT });
      const orders = page.edges.map((e) => e.node);
      const extras = await extrasOf(ctx, orders);
      res.json({ count: orders.length, results: orders.map((o) => summary(o, extras)) });
    } catch (err) {
      sendError(res, err);
    }
  });

  router.get('/mantenimiento/api/ot/:pk/detalle/', requireStaffPerms('mantenimiento.view_ordentrabajo'), async (req, res) => {
    const pk = pkOf(req);
    if (!pk) return fail(res, 404, 'Work order not found');
    const ctx = ctxOf(req, res);
    const o = await workOrderById(ctx).load(pk);
    if (!o) return fail(res, 404, 'Work order not found');
    const [extras, c, routine] = await Promise.all([
      extrasOf(ctx, [o]),
      workOrderClosure(ctx).load(pk),
      o.routineId ? routineById(ctx).load(o.routineId) : Promise.resolve(null),
    ]);
    res.json({
      ...summary(o, extras),
      descripcion: o.description,
      notas: o.notes,
      ubicacion_ruta: extras.locations.get(o.locationId)?.ruta ?? null,
      supervisor: o.supervisorId ? (extras.users.get(o.supervisorId) ?? null) : null,
      fecha_inicio: iso(o.startedAt),
      paro_equipo: o.equipmentStopped,
      aviso: o.noticeId ? `AV-${o.noticeId}` : null,
      rutina: routine ? { id: routine.id, codigo: routine.code, nombre: routine.name } : null,
      cierre: c
        ? { inicio_real: iso(c.actualStart), fin_real: iso(c.actualEnd), horas_hombre: c.manHours, comentarios: c.comments, materiales: c.materials }
        : null,
      creado: iso(o.createdAt),
      actualizado: iso(o.updatedAt),
    });
  });

  router.post('/mantenimiento/api/ot/:pk/update/', requireStaffPerms('mantenimiento.change_ordentrabajo'), async (req, res) => {
    const pk = pkOf(req);
    if (!pk) return fail(res, 404, 'Work order not found');
    const body = (req.body ?? {}) as Record<string, unknown>;
    const estado = body.estado === undefined || body.estado === '' ? undefined : String(body.estado);
    const notas = body.notas === undefined ? undefined : String(body.notas);
    const versionText = body.version === undefined || body.version === '' ? undefined : String(body.version);
    const status = estado === undefined ? undefined : parseLegacyStatus(estado);
    if (estado !== undefined && !status) {
      return fail(res, 400, 'estado must be ESPERA, PROGRAMADA, EJECUCION, REALIZADA or CANCELADA.', { field: 'estado' });
    }
    if (versionText !== undefined && !/^\d{1,9}$/.test(versionText)) return fail(res, 400, 'version must be a whole number.', { field: 'version' });
    const version = versionText === undefined ? null : Number(versionText);
    const ctx = ctxOf(req, res);
    try {
      const reason = body.motivo === undefined ? 'Changed through the legacy API' : String(body.motivo);
      const order = await updateWorkOrderStatusOrNotes(ctx, pk, version, { status, notes: notas, reason });
      res.json({ ok: true, id: order.id, codigo: order.code, estado: legacyStatus(order.status), notas: order.notes, version: order.version });
    } catch (err) {
      sendError(res, err);
    }
  });

  return router;
}
