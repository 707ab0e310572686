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
    get frequencyById () {
        return frequencyById;
    },
    get routineById () {
        return routineById;
    },
    get routineSteps () {
        return routineSteps;
    }
});
const _sql = require("../../db/sql");
const _loaders = require("../../graphql/loaders");
const _workorderrows = require("../work-orders/work-order.rows");
const _frequencyentity = require("./frequency.entity");
const _routineentity = require("./routine.entity");
const _routinestepentity = require("./routine-step.entity");
function routineById(ctx) {
    return ctx.loaders.get('maintenance.routine.byId', async (ids)=>{
        const rows = await ctx.em.execute(`select id, code, name, location_id, category_id, frequency_id, estimated_duration_minutes, technician_count, tools, invasive
       from mantenimiento_rutina where id = any(?::int[])`, [
            (0, _sql.intArray)(ids)
        ]);
        const byId = new Map(rows.map((r)=>[
                r.id,
                Object.assign(new _routineentity.Routine(), {
                    id: r.id,
                    code: r.code,
                    name: r.name,
                    location: (0, _workorderrows.stub)(r.location_id),
                    category: (0, _workorderrows.stub)(r.category_id),
                    frequency: (0, _workorderrows.stub)(r.frequency_id),
                    estimatedDurationMinutes: r.estimated_duration_minutes,
                    technicianCount: r.technician_count,
                    tools: r.tools,
                    invasive: r.invasive
                })
            ]));
        return ids.map((id)=>byId.get(id) ?? null);
    });
}
function routineSteps(ctx) {
    return ctx.loaders.get('maintenance.routine.steps', async (ids)=>{
        const rows = await ctx.em.execute(`select id, routine_id, sort_order, description, answer_type, target, min::text as min, max::text as max, unit
       from mantenimiento_pasorutina where routine_id = any(?::int[]) order by routine_id, sort_order`, [
            (0, _sql.intArray)(ids)
        ]);
        return (0, _loaders.groupBy)(ids, rows, (r)=>r.routine_id).map((list)=>list.map((r)=>Object.assign(new _routinestepentity.RoutineStep(), {
                    id: r.id,
                    routine: (0, _workorderrows.stub)(r.routine_id),
                    order: r.sort_order,
                    description: r.description,
                    answerType: r.answer_type,
                    target: r.target,
                    min: r.min,
                    max: r.max,
                    unit: r.unit
                })));
    });
}
function frequencyById(ctx) {
    return ctx.loaders.get('maintenance.frequency.byId', async (ids)=>{
        const rows = await ctx.em.execute('select id, name, interval_days from mantenimiento_frecuencia where id = any(?::int[])', [
            (0, _sql.intArray)(ids)
        ]);
        const byId = new Map(rows.map((r)=>[
                r.id,
                Object.assign(new _frequencyentity.Frequency(), {
                    id: r.id,
                    name: r.name,
                    intervalDays: r.interval_days
                })
            ]));
        return ids.map((id)=>byId.get(id) ?? null);
    });
}
