"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "maintenanceRoutes", {
    enumerable: true,
    get: function() {
        return maintenanceRoutes;
    }
});
const _express = require("express");
const _graphql = require("graphql");
const _context = require("../../context");
const _sql = require("../../db/sql");
const _loaders = require("../../graphql/loaders");
const _workorderlegacy = require("../../modules/work-orders/work-order.legacy");
const _workorderrows = require("../../modules/work-orders/work-order.rows");
const _workordersearch = require("../../modules/work-orders/work-order.search");
const _workorderservice = require("../../modules/work-orders/work-order.service");
const _guards = require("./guards");
// The old maintenance API: search, detail and status/notes update of work orders, with
// the old Spanish codes. Same session, staff, permission and CSRF rules as GraphQL;
// every answer is JSON, errors included. Updates go through the same status machine.
const SEARCH_LIMIT = 50;
const HTTP_STATUS = {
    BAD_USER_INPUT: 400,
    UNAUTHENTICATED: 401,
    FORBIDDEN: 403,
    NOT_FOUND: 404,
    CONFLICT: 409
};
function fail(res, status, error, extra = {}) {
    res.status(status).json({
        error,
        ...extra
    });
}
/** Client errors from the services keep their message and field; anything else goes to the app's error handler. */ function sendError(res, err) {
    if (err instanceof _graphql.GraphQLError) {
        const code = String(err.extensions?.code ?? '');
        const status = HTTP_STATUS[code];
        if (status) {
            const { field, required_permission } = err.extensions;
            fail(res, status, err.message, {
                code,
                ...field ? {
                    field
                } : {},
                ...required_permission ? {
                    required_permission
                } : {}
            });
            return;
        }
    }
    throw err;
}
function pkOf(req) {
    const pk = String(req.params.pk ?? '');
    return /^\d{1,9}$/.test(pk) && Number(pk) > 0 ? Number(pk) : null;
}
function dateParam(value) {
    if (value === undefined || value === '') return undefined;
    const s = String(value);
    const d = new Date(`${s}T00:00:00Z`);
    return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s) ? d : null;
}
const iso = (d)=>d ? d.toISOString() : null;
/** Locations (with paths), people and assets of the orders: three statements whatever their number. */ async function extrasOf(ctx, orders) {
    const ids = orders.map((o)=>o.id);
    const locationIds = [
        ...new Set(orders.map((o)=>o.locationId))
    ];
    const userIds = [
        ...new Set(orders.flatMap((o)=>[
                o.technicianId,
                o.supervisorId
            ]).filter((u)=>!!u))
    ];
    const [locations, users, assets] = await Promise.all([
        ctx.em.execute(`with recursive up as (
         select id as start, id, parent_id, 0 as depth from activos_ubicacion where id = any(?::int[])
         union all
         select up.start, p.id, p.parent_id, up.depth + 1 from up join activos_ubicacion p on p.id = up.parent_id where up.depth < 100
       )
       select up.start, max(l.name) filter (where up.depth = 0) as nombre, string_agg(l.name, ' / ' order by up.depth desc) as ruta
       from up join activos_ubicacion l on l.id = up.id group by up.start`, [
            (0, _sql.intArray)(locationIds)
        ]),
        ctx.em.execute('select id, username, first_name, last_name from auth_user where id = any(?::int[])', [
            (0, _sql.intArray)(userIds)
        ]),
        ctx.em.execute(`select x.work_order_id, a.id, a.name, a.internal_code from mantenimiento_ordentrabajo_activos x
       join activos_activo a on a.id = x.asset_id where x.work_order_id = any(?::int[]) order by a.name, a.id`, [
            (0, _sql.intArray)(ids)
        ])
    ]);
    return {
        locations: new Map(locations.map((l)=>[
                l.start,
                {
                    nombre: l.nombre,
                    ruta: l.ruta
                }
            ])),
        users: new Map(users.map((u)=>[
                u.id,
                {
                    id: u.id,
                    username: u.username,
                    nombre: `${u.first_name} ${u.last_name}`.trim() || u.username
                }
            ])),
        assets: new Map((0, _loaders.groupBy)(ids, assets, (a)=>a.work_order_id).map((list, i)=>[
                ids[i],
                list.map((a)=>({
                        id: a.id,
                        nombre: a.name,
                        codigo_interno: a.internal_code
                    }))
            ]))
    };
}
function summary(o, x) {
    return {
        id: o.id,
        codigo: o.code,
        tipo: (0, _workorderlegacy.legacyType)(o.type),
        prioridad: o.priority,
        estado: (0, _workorderlegacy.legacyStatus)(o.status),
        descripcion_corta: o.shortDescription,
        ubicacion_id: o.locationId,
        ubicacion: x.locations.get(o.locationId)?.nombre ?? null,
        tecnico: o.technicianId ? x.users.get(o.technicianId) ?? null : null,
        fecha_programada: iso(o.scheduledStart),
        fecha_fin_programada: iso(o.scheduledEnd),
        activos: x.assets.get(o.id) ?? [],
        version: o.version
    };
}
function maintenanceRoutes(services) {
    const router = (0, _express.Router)();
    const ctxOf = (req, res)=>(0, _context.createContext)(services, req.user, {
            req,
            res
        });
    router.get('/mantenimiento/api/search-ordenes/', (0, _guards.requireStaffPerms)('mantenimiento.view_ordentrabajo'), async (req, res)=>{
        const filter = {};
        const problems = [];
        if (req.query.q) filter.q = String(req.query.q).slice(0, 200);
        if (req.query.estado) {
            const statuses = String(req.query.estado).split(',').map(_workorderlegacy.parseLegacyStatus);
            if (statuses.some((s)=>!s)) problems.push({
                field: 'estado',
                message: 'estado must be ESPERA, PROGRAMADA, EJECUCION, REALIZADA or CANCELADA.'
            });
            else filter.status = statuses;
        }
        if (req.query.tipo) {
            const type = (0, _workorderlegacy.parseLegacyType)(String(req.query.tipo));
            if (!type) problems.push({
                field: 'tipo',
                message: 'tipo must be PREVENTIVA, CORRECTIVA or NO_PROGRAMADA.'
            });
            else filter.type = type;
        }
        const from = dateParam(req.query.fecha_desde);
        const to = dateParam(req.query.fecha_hasta);
        if (from === null) problems.push({
            field: 'fecha_desde',
            message: 'fecha_desde must be a date like 2024-03-31.'
        });
        if (to === null) problems.push({
            field: 'fecha_hasta',
            message: 'fecha_hasta must be a date like 2024-03-31.'
        });
        if (problems.length) {
            fail(res, 400, problems.map((p)=>p.message).join(' '), {
                field: problems[0].field,
                errors: problems
            });
            return;
        }
        if (from) filter.scheduledFrom = from;
        // fecha_hasta is inclusive: up to the end of that day.
        if (to) filter.scheduledTo = new Date(to.getTime() + 86_400_000);
        const ctx = ctxOf(req, res);
        try {
            const { sql, params } = (0, _workordersearch.workOrderWhere)(filter);
            const rows = await ctx.em.execute(`select ${_workorderrows.WORK_ORDER_COLUMNS} from mantenimiento_ordentrabajo wo ${sql.length ? `where ${sql.join(' and ')}` : ''}
         order by wo.scheduled_start asc nulls last, wo.id asc limit ?`, [
                ...params,
                SEARCH_LIMIT
            ]);
            const orders = rows.map(_workorderrows.toWorkOrder);
            const extras = await extrasOf(ctx, orders);
            res.json({
                count: orders.length,
                results: orders.map((o)=>summary(o, extras))
            });
        } catch (err) {
            sendError(res, err);
        }
    });
    router.get('/mantenimiento/api/ot/:pk/detalle/', (0, _guards.requireStaffPerms)('mantenimiento.view_ordentrabajo'), async (req, res)=>{
        const pk = pkOf(req);
        if (!pk) return fail(res, 404, 'Work order not found');
        const ctx = ctxOf(req, res);
        const rows = await ctx.em.execute(`select ${_workorderrows.WORK_ORDER_COLUMNS} from mantenimiento_ordentrabajo wo where wo.id = ?`, [
            pk
        ]);
        if (!rows[0]) return fail(res, 404, 'Work order not found');
        const o = (0, _workorderrows.toWorkOrder)(rows[0]);
        const [extras, closure, routine] = await Promise.all([
            extrasOf(ctx, [
                o
            ]),
            ctx.em.execute('select actual_start, actual_end, man_hours::text as man_hours, comments, materials from mantenimiento_cierreordentrabajo where work_order_id = ?', [
                pk
            ]),
            o.routineId ? ctx.em.execute('select id, code, name from mantenimiento_rutina where id = ?', [
                o.routineId
            ]) : Promise.resolve([])
        ]);
        const c = closure[0];
        res.json({
            ...summary(o, extras),
            descripcion: o.description,
            notas: o.notes,
            ubicacion_ruta: extras.locations.get(o.locationId)?.ruta ?? null,
            supervisor: o.supervisorId ? extras.users.get(o.supervisorId) ?? null : null,
            fecha_inicio: iso(o.startedAt),
            paro_equipo: o.equipmentStopped,
            aviso: o.noticeId ? `AV-${o.noticeId}` : null,
            rutina: routine[0] ? {
                id: routine[0].id,
                codigo: routine[0].code,
                nombre: routine[0].name
            } : null,
            cierre: c ? {
                inicio_real: iso(new Date(c.actual_start)),
                fin_real: iso(new Date(c.actual_end)),
                horas_hombre: c.man_hours,
                comentarios: c.comments,
                materiales: c.materials
            } : null,
            creado: iso(o.createdAt),
            actualizado: iso(o.updatedAt)
        });
    });
    router.post('/mantenimiento/api/ot/:pk/update/', (0, _guards.requireStaffPerms)('mantenimiento.change_ordentrabajo'), async (req, res)=>{
        const pk = pkOf(req);
        if (!pk) return fail(res, 404, 'Work order not found');
        const body = req.body ?? {};
        const estado = body.estado === undefined || body.estado === '' ? undefined : String(body.estado);
        const notas = body.notas === undefined ? undefined : String(body.notas);
        const versionText = body.version === undefined || body.version === '' ? undefined : String(body.version);
        if (estado === undefined && notas === undefined) return fail(res, 400, 'Give estado and/or notas.', {
            field: 'estado'
        });
        const status = estado === undefined ? undefined : (0, _workorderlegacy.parseLegacyStatus)(estado);
        if (estado !== undefined && !status) {
            return fail(res, 400, 'estado must be ESPERA, PROGRAMADA, EJECUCION, REALIZADA or CANCELADA.', {
                field: 'estado'
            });
        }
        if (versionText !== undefined && !/^\d{1,9}$/.test(versionText)) return fail(res, 400, 'version must be a whole number.', {
            field: 'version'
        });
        const version = versionText === undefined ? null : Number(versionText);
        const ctx = ctxOf(req, res);
        try {
            const current = await ctx.em.execute('select status from mantenimiento_ordentrabajo where id = ?', [
                pk
            ]);
            if (!current[0]) return fail(res, 404, 'Work order not found');
            const reason = body.motivo === undefined ? 'Changed through the legacy API' : String(body.motivo);
            // Only notes (or notes with the current estado): no status change.
            const notesOnly = notas !== undefined && (!status || status === current[0].status);
            const order = notesOnly ? await (0, _workorderservice.updateWorkOrderNotes)(ctx, pk, version, notas) : await (0, _workorderservice.changeWorkOrderStatus)(ctx, pk, status, version, reason, notas === undefined ? {} : {
                notes: notas
            });
            res.json({
                ok: true,
                id: order.id,
                codigo: order.code,
                estado: (0, _workorderlegacy.legacyStatus)(order.status),
                notas: order.notes,
                version: order.version
            });
        } catch (err) {
            sendError(res, err);
        }
    });
    return router;
}
