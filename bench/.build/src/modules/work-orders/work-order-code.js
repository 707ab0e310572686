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
    get nextWorkOrderId () {
        return nextWorkOrderId;
    },
    get workOrderCode () {
        return workOrderCode;
    }
});
const _workorderenums = require("./work-order.enums");
async function nextWorkOrderId(em) {
    const rows = await em.execute(`select nextval(pg_get_serial_sequence('mantenimiento_ordentrabajo', 'id')) as id`);
    return Number(rows[0].id);
}
async function workOrderCode(em, id, type) {
    if (type !== _workorderenums.WorkOrderType.UNSCHEDULED) return `OT-${String(id).padStart(9, '0')}`;
    const rows = await em.execute(`insert into mantenimiento_contadorotnp (year, last_value)
     values (extract(year from now() at time zone 'UTC')::int, 1)
     on conflict (year) do update set last_value = mantenimiento_contadorotnp.last_value + 1
     returning year, last_value`);
    const { year, last_value } = rows[0];
    return `OTNP-${year}-${String(last_value).padStart(5, '0')}`;
}
