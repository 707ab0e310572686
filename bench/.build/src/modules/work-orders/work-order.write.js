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
    get addAssets () {
        return addAssets;
    },
    get checkWindow () {
        return checkWindow;
    },
    get lockForChange () {
        return lockForChange;
    },
    get mapWriteError () {
        return mapWriteError;
    },
    get replaceAssets () {
        return replaceAssets;
    },
    get replaceCrew () {
        return replaceCrew;
    }
});
const _sql = require("../../db/sql");
const _errors = require("../../errors");
const _workorderrows = require("./work-order.rows");
async function lockForChange(em, id, version) {
    const row = (await (0, _workorderrows.lockWorkOrders)(em, [
        id
    ])).get(id);
    if (!row) throw new _errors.NotFoundError('WorkOrder', id);
    if (version !== null && row.version !== version) {
        throw new _errors.ConflictError(`Work order ${row.code} was changed by someone else (now version ${row.version}, you sent ${version}). Reload it and try again.`, 'version', {
            currentVersion: row.version
        });
    }
    return row;
}
async function replaceAssets(em, workOrderId, assetIds) {
    await em.execute('delete from mantenimiento_ordentrabajo_activos where work_order_id = ? and not (asset_id = any(?::int[]))', [
        workOrderId,
        (0, _sql.intArray)(assetIds)
    ]);
    await addAssets(em, workOrderId, assetIds);
}
async function addAssets(em, workOrderId, assetIds) {
    if (!assetIds.length) return;
    await em.execute(`insert into mantenimiento_ordentrabajo_activos (work_order_id, asset_id) select ?::int, unnest(?::int[]) on conflict do nothing`, [
        workOrderId,
        (0, _sql.intArray)(assetIds)
    ]);
}
async function replaceCrew(em, workOrderId, userIds) {
    await em.execute('delete from mantenimiento_ordentrabajo_crew where work_order_id = ? and not (user_id = any(?::int[]))', [
        workOrderId,
        (0, _sql.intArray)(userIds)
    ]);
    if (!userIds.length) return;
    await em.execute(`insert into mantenimiento_ordentrabajo_crew (work_order_id, user_id) select ?::int, unnest(?::int[]) on conflict do nothing`, [
        workOrderId,
        (0, _sql.intArray)(userIds)
    ]);
}
function checkWindow(problems, start, end, startField = 'scheduledStart', endField = 'scheduledEnd') {
    if (end && !start) problems.add(startField, 'required', `${startField} is required when ${endField} is given.`);
    if (start && end && end.getTime() < start.getTime()) {
        problems.add(endField, 'after_start', `${endField} must not be before ${startField}.`);
    }
}
const FK_FIELDS = {
    location_id: 'locationId',
    routine_id: 'routineId',
    technician_id: 'technicianId',
    supervisor_id: 'supervisorId',
    asset_id: 'assetIds',
    user_id: 'crewIds',
    step_id: 'checklist',
    notice_id: 'noticeId',
    responsible_id: 'responsibleId'
};
function mapWriteError(err) {
    const e = err;
    const constraint = e?.constraint ?? '';
    if (e?.code === '23503') {
        const column = Object.keys(FK_FIELDS).find((c)=>constraint.endsWith(`_${c}_foreign`));
        const field = column ? FK_FIELDS[column] : 'id';
        throw new _errors.BadUserInputError({
            field,
            rule: 'exists',
            message: `${field} refers to a record that does not exist (any more).`
        });
    }
    if (e?.code === '23505' && constraint === 'mantenimiento_ordentrabajo_notice_id_live_unique') {
        throw new _errors.ConflictError('The notice already has a work order.', 'noticeId');
    }
    if (e?.code === '23514') {
        throw new _errors.BadUserInputError({
            field: constraint.includes('schedule') ? 'scheduledEnd' : 'input',
            rule: 'check',
            message: 'The values break a rule of the record (an end before its start, or a negative amount).'
        });
    }
    throw err;
}
