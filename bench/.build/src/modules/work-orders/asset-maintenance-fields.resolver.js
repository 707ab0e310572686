"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "AssetMaintenanceFieldsResolver", {
    enumerable: true,
    get: function() {
        return AssetMaintenanceFieldsResolver;
    }
});
const _typegraphql = require("type-graphql");
const _sql = require("../../db/sql");
const _errors = require("../../errors");
const _loaders = require("../../graphql/loaders");
const _assetentity = require("../assets/asset.entity");
const _downtimeentity = require("./downtime.entity");
const _workorderentity = require("./work-order.entity");
const _workorderrows = require("./work-order.rows");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
function _ts_param(paramIndex, decorator) {
    return function(target, key) {
        decorator(target, key, paramIndex);
    };
}
// Maintenance facts about assets, batched per page of assets. The manual `state` of an
// asset is never touched: whether it is stopped is derived from open orders and notices.
function limit(n) {
    if (!Number.isInteger(n) || n < 1 || n > 100) throw new _errors.BadUserInputError({
        field: 'first',
        rule: 'range',
        message: 'first must be between 1 and 100.'
    });
    return n;
}
let AssetMaintenanceFieldsResolver = class AssetMaintenanceFieldsResolver {
    stopped(asset, ctx) {
        return ctx.loaders.get('maintenance.asset.stopped', async (ids)=>{
            const rows = await ctx.em.execute(`select a.id from unnest(?::int[]) as a(id)
           where exists (select 1 from mantenimiento_ordentrabajo_activos x join mantenimiento_ordentrabajo wo on wo.id = x.work_order_id
                         where x.asset_id = a.id and wo.equipment_stopped and wo.status in ('PENDING', 'SCHEDULED', 'IN_PROGRESS'))
              or exists (select 1 from mantenimiento_aviso n
                         where n.asset_id = a.id and n.equipment_stopped and n.status in ('OPEN', 'IN_PROCESS'))`, [
                (0, _sql.intArray)(ids)
            ]);
            const set = new Set(rows.map((r)=>r.id));
            return ids.map((id)=>set.has(id));
        }).load(asset.id);
    }
    workOrders(asset, openOnly, first, ctx) {
        const n = limit(first);
        return ctx.loaders.get(`maintenance.asset.workOrders:${openOnly}:${n}`, async (ids)=>{
            const rows = await ctx.em.execute(`select * from (
             select x.asset_id, ${_workorderrows.WORK_ORDER_COLUMNS},
               row_number() over (partition by x.asset_id order by wo.scheduled_start desc nulls first, wo.id desc) as rn
             from mantenimiento_ordentrabajo_activos x join mantenimiento_ordentrabajo wo on wo.id = x.work_order_id
             where x.asset_id = any(?::int[]) ${openOnly ? `and wo.status in ('PENDING', 'SCHEDULED', 'IN_PROGRESS')` : ''}
           ) t where t.rn <= ? order by t.asset_id, t.rn`, [
                (0, _sql.intArray)(ids),
                n
            ]);
            return (0, _loaders.groupBy)(ids, rows, (r)=>r.asset_id).map((list)=>list.map(_workorderrows.toWorkOrder));
        }).load(asset.id);
    }
    downtimes(asset, first, ctx) {
        const n = limit(first);
        return ctx.loaders.get(`maintenance.asset.downtimes:${n}`, async (ids)=>{
            const rows = await ctx.em.execute(`select * from (
             select p.id, p.asset_id, p.work_order_id, p.notice_id, p.started_at, p.ended_at,
               row_number() over (partition by p.asset_id order by p.started_at desc, p.id desc) as rn
             from mantenimiento_parada p where p.asset_id = any(?::int[])
           ) t where t.rn <= ? order by t.asset_id, t.rn`, [
                (0, _sql.intArray)(ids),
                n
            ]);
            return (0, _loaders.groupBy)(ids, rows, (r)=>r.asset_id).map((list)=>list.map((r)=>Object.assign(new _downtimeentity.Downtime(), {
                        id: r.id,
                        workOrderId: r.work_order_id,
                        noticeId: r.notice_id,
                        startedAt: (0, _workorderrows.toDate)(r.started_at),
                        endedAt: (0, _workorderrows.toDate)(r.ended_at)
                    })));
        }).load(asset.id);
    }
};
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>Boolean, {
        description: 'An open work order or notice on the asset says the equipment is stopped (derived; `state` is left as set).'
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _assetentity.Asset === "undefined" ? Object : _assetentity.Asset,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], AssetMaintenanceFieldsResolver.prototype, "stopped", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>[
            _workorderentity.WorkOrder
        ], {
        description: 'Work orders on the asset, latest scheduled first (open ones only unless openOnly is false).'
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Arg)('openOnly', {
        defaultValue: true
    })),
    _ts_param(2, (0, _typegraphql.Arg)('first', ()=>_typegraphql.Int, {
        defaultValue: 20
    })),
    _ts_param(3, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _assetentity.Asset === "undefined" ? Object : _assetentity.Asset,
        Boolean,
        Number,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], AssetMaintenanceFieldsResolver.prototype, "workOrders", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>[
            _downtimeentity.Downtime
        ], {
        description: 'Periods the asset was stopped, latest first.'
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Arg)('first', ()=>_typegraphql.Int, {
        defaultValue: 20
    })),
    _ts_param(2, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _assetentity.Asset === "undefined" ? Object : _assetentity.Asset,
        Number,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], AssetMaintenanceFieldsResolver.prototype, "downtimes", null);
AssetMaintenanceFieldsResolver = _ts_decorate([
    (0, _typegraphql.Resolver)(()=>_assetentity.Asset)
], AssetMaintenanceFieldsResolver);
