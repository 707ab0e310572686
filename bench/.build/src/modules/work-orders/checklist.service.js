"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "saveChecklist", {
    enumerable: true,
    get: function() {
        return saveChecklist;
    }
});
const _sql = require("../../db/sql");
const _errors = require("../../errors");
const _ids = require("../../graphql/ids");
const _notificationservice = require("../notifications/notification.service");
const _routinestepentity = require("../routines/routine-step.entity");
// Checklist answers are given per step of the order's routine, each of the kind its
// step asks for. CHECK, NUMBER and MEASUREMENT steps must all be answered to close.
const REQUIRED = [
    _routinestepentity.StepAnswerType.CHECK,
    _routinestepentity.StepAnswerType.NUMBER,
    _routinestepentity.StepAnswerType.MEASUREMENT
];
const NO_ANSWER = [
    _routinestepentity.StepAnswerType.INSTRUCTION,
    _routinestepentity.StepAnswerType.HEADER
];
async function saveChecklist(em, ctx, order, inputs) {
    const p = new _errors.Problems();
    if (inputs.length > 500) p.add('checklist', 'max_items', 'checklist takes at most 500 answers.').throwIfAny();
    if (order.routine_id === null) {
        if (inputs.length) p.add('checklist', 'no_routine', `Work order ${order.code} has no routine, so it takes no checklist answers.`).throwIfAny();
        return;
    }
    const steps = await em.execute(`select s.id, s.sort_order, s.answer_type,
       exists(select 1 from mantenimiento_respuestapaso r where r.work_order_id = ? and r.step_id = s.id) as answered
     from mantenimiento_pasorutina s where s.routine_id = ? order by s.sort_order`, [
        order.id,
        order.routine_id
    ]);
    const byId = new Map(steps.map((s)=>[
            s.id,
            s
        ]));
    const answers = [];
    const seen = new Set();
    inputs.forEach((a, i)=>{
        const field = `checklist[${i}]`;
        const stepId = (0, _ids.parseId)(a.stepId, `${field}.stepId`);
        const step = byId.get(stepId);
        if (!step) {
            p.add(`${field}.stepId`, 'not_in_routine', `Step ${stepId} is not a step of this order's routine.`);
            return;
        }
        if (seen.has(stepId)) p.add(`${field}.stepId`, 'duplicate', `Step ${stepId} is answered twice.`);
        seen.add(stepId);
        const numberValue = a.numberValue === null || a.numberValue === undefined ? null : String(a.numberValue).trim();
        const textValue = (a.textValue ?? '').trim();
        if (NO_ANSWER.includes(step.answer_type)) {
            p.add(`${field}.stepId`, 'no_answer', `Step ${step.sort_order} is an ${step.answer_type} and takes no answer.`);
        } else if (step.answer_type === _routinestepentity.StepAnswerType.CHECK && (a.checked === null || a.checked === undefined)) {
            p.add(`${field}.checked`, 'required', `Step ${step.sort_order} is a CHECK: give checked.`);
        } else if ((step.answer_type === _routinestepentity.StepAnswerType.NUMBER || step.answer_type === _routinestepentity.StepAnswerType.MEASUREMENT) && (numberValue === null || !/^-?\d{1,10}(\.\d{1,4})?$/.test(numberValue))) {
            p.add(`${field}.numberValue`, 'decimal', `Step ${step.sort_order} is a ${step.answer_type}: give numberValue as a number with at most 4 decimals.`);
        } else if ((step.answer_type === _routinestepentity.StepAnswerType.TEXT || step.answer_type === _routinestepentity.StepAnswerType.PHOTO) && !textValue) {
            p.add(`${field}.textValue`, 'required', `Step ${step.sort_order} is a ${step.answer_type}: give textValue.`);
        } else if (textValue.length > 10_000) {
            p.add(`${field}.textValue`, 'max_length', 'textValue must be at most 10000 characters.');
        }
        answers.push({
            stepId,
            checked: a.checked ?? null,
            numberValue,
            textValue,
            comment: (a.comment ?? '').trim().slice(0, 2000)
        });
    });
    const missing = steps.filter((s)=>REQUIRED.includes(s.answer_type) && !s.answered && !seen.has(s.id));
    if (missing.length) {
        p.add('checklist', 'incomplete', `Answer every CHECK, NUMBER and MEASUREMENT step before closing (missing steps ${missing.map((s)=>s.sort_order).join(', ')}).`);
    }
    p.throwIfAny();
    if (!answers.length) return;
    await em.execute(`insert into mantenimiento_respuestapaso (work_order_id, step_id, checked, number_value, text_value, comment, answered_by_id)
     select ?::int, s, c, nv, tv, cm, ?::int from unnest(?::int[], ?::boolean[], ?::numeric[], ?::text[], ?::text[]) as x(s, c, nv, tv, cm)
     on conflict (work_order_id, step_id) do update set checked = excluded.checked, number_value = excluded.number_value,
       text_value = excluded.text_value, comment = excluded.comment, answered_by_id = excluded.answered_by_id, answered_at = now()`, [
        order.id,
        ctx.user?.id ?? null,
        (0, _sql.intArray)(answers.map((a)=>a.stepId)),
        `{${answers.map((a)=>a.checked === null ? 'NULL' : String(a.checked)).join(',')}}`,
        `{${answers.map((a)=>a.numberValue ?? 'NULL').join(',')}}`,
        (0, _notificationservice.textArray)(answers.map((a)=>a.textValue)),
        (0, _notificationservice.textArray)(answers.map((a)=>a.comment))
    ]);
}
