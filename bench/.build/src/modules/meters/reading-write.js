"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "insertReadings", {
    enumerable: true,
    get: function() {
        return insertReadings;
    }
});
const _sql = require("../../db/sql");
const _notificationentity = require("../notifications/notification.entity");
const _notificationservice = require("../notifications/notification.service");
const _workordereffects = require("../work-orders/work-order.effects");
const _metertrigger = require("./meter-trigger");
async function insertReadings(em, actor, rows, source) {
    const out = {
        stored: 0,
        outOfTolerance: 0,
        noticesOpened: 0,
        ordersCreated: 0
    };
    if (!rows.length) return out;
    const summary = await em.execute(`with ins as (
       insert into mantenimiento_lectura (point_id, value, read_at, source, reset, out_of_tolerance, technician_id, work_order_id)
       select x.p, x.v, x.t, ?, x.r,
         coalesce(pt.target is not null and pt.tolerance is not null and abs(x.v - pt.target) > pt.tolerance, false), ?::int, x.w
       from unnest(?::int[], ?::numeric[], ?::timestamptz[], ?::boolean[], ?::int[]) as x(p, v, t, r, w)
       join mantenimiento_puntomedida pt on pt.id = x.p
       returning point_id, out_of_tolerance, value, read_at
     )
     select point_id, count(*)::int as n, count(*) filter (where out_of_tolerance)::int as bad,
       (array_agg(value::text order by read_at desc) filter (where out_of_tolerance))[1] as latest_bad
     from ins group by point_id`, [
        source,
        actor?.id ?? null,
        (0, _sql.intArray)(rows.map((r)=>r.pointId)),
        `{${rows.map((r)=>r.value).join(',')}}`,
        `{${rows.map((r)=>r.readAt.toISOString()).join(',')}}`,
        `{${rows.map((r)=>String(r.reset)).join(',')}}`,
        `{${rows.map((r)=>r.workOrderId ?? 'NULL').join(',')}}`
    ]);
    out.stored = summary.reduce((n, s)=>n + s.n, 0);
    const alerts = summary.filter((s)=>s.bad > 0);
    out.outOfTolerance = alerts.reduce((n, s)=>n + s.bad, 0);
    if (alerts.length) out.noticesOpened = await raiseAlerts(em, actor, alerts);
    out.ordersCreated = await (0, _metertrigger.checkMeterSchedules)(em, actor, summary.map((s)=>s.point_id));
    return out;
}
async function raiseAlerts(em, actor, alerts) {
    const points = await em.execute(`select p.id, p.name, p.code, p.unit, p.target::text as target, p.tolerance::text as tolerance, p.open_notice,
       coalesce((select n.status in ('OPEN', 'IN_PROCESS') from mantenimiento_aviso n where n.id = p.last_notice_id), false) as notice_open,
       a.id as asset_id, a.name as asset_name, a.location_id, a.responsible_id
     from mantenimiento_puntomedida p join activos_activo a on a.id = p.asset_id
     where p.id = any(?::int[]) order by p.id for update of p`, [
        (0, _sql.intArray)(alerts.map((a)=>a.point_id))
    ]);
    const byId = new Map(alerts.map((a)=>[
            a.point_id,
            a
        ]));
    const notes = [];
    let opened = 0;
    for (const p of points){
        const a = byId.get(p.id);
        const text = `${a.bad} reading${a.bad === 1 ? '' : 's'} of ${p.name} (${p.code}) on ${p.asset_name} out of tolerance: latest ${Number(a.latest_bad)} ${p.unit}, target ${Number(p.target)} ± ${Number(p.tolerance)}.`;
        const recipient = p.responsible_id ?? actor?.id ?? null;
        if (recipient !== null) notes.push({
            userId: recipient,
            message: text,
            kind: _notificationentity.NotificationKind.WARNING
        });
        if (p.open_notice && !p.notice_open && actor) {
            const [notice] = await em.execute(`insert into mantenimiento_aviso (asset_id, location_id, description, priority, type, requester_id)
         values (?, ?, ?, 'HIGH', 'BREAKDOWN', ?) returning id`, [
                p.asset_id,
                p.location_id,
                text,
                actor.id
            ]);
            await em.execute('update mantenimiento_puntomedida set last_notice_id = ? where id = ?', [
                notice.id,
                p.id
            ]);
            await (0, _workordereffects.syncNoticeDowntime)(em, [
                notice.id
            ]);
            opened += 1;
        }
    }
    await (0, _notificationservice.notify)(em, notes);
    return opened;
}
