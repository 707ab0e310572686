"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
function _export(target, all) {
    for(var name in all)Object.defineProperty(target, name, {
        enumerable: true,
        get: Object.getOwnPropertyDescriptor(all, name).get
    });
}
_export(exports, {
    get mapDeleteRestricted () {
        return mapDeleteRestricted;
    },
    get mapUniqueViolation () {
        return mapUniqueViolation;
    },
    get refuseDeleteWhileUsed () {
        return refuseDeleteWhileUsed;
    }
});
const _errors = require("../errors");
function mapUniqueViolation(err, fields) {
    const e = err;
    if (e?.code === '23505' && e.constraint && fields[e.constraint]) {
        const [field, message] = fields[e.constraint];
        throw new _errors.ConflictError(message, field);
    }
    throw err;
}
const TABLE_LABELS = {
    activos_activo: 'assets',
    activos_categoria: 'categories',
    activos_ubicacion: 'locations',
    activos_modelo: 'models',
    activos_plano: 'floor plans',
    activos_pinplano: 'floor plan pins',
    mantenimiento_ordentrabajo: 'work orders',
    mantenimiento_ordentrabajo_activos: 'work orders',
    mantenimiento_aviso: 'notices',
    mantenimiento_rutina: 'routines',
    mantenimiento_programacion: 'schedules'
};
function mapDeleteRestricted(err, entity, id) {
    const e = err;
    if (e?.code === '23503') {
        const label = (e.table && TABLE_LABELS[e.table]) ?? 'other records';
        throw new _errors.ConflictError(`${entity} ${id} cannot be deleted: ${label} still refer to it.`, 'id', {
            blockedBy: [
                label
            ]
        });
    }
    throw err;
}
function refuseDeleteWhileUsed(entity, label, counts) {
    const used = Object.entries(counts).filter(([, n])=>n > 0);
    if (!used.length) return;
    const parts = used.map(([kind, n])=>`${n} ${kind}`);
    const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
    throw new _errors.ConflictError(`${entity} "${label}" cannot be deleted: it has ${list}.`, 'id', {
        blockedBy: used.map(([kind])=>kind),
        blockers: Object.fromEntries(used)
    });
}
