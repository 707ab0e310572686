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
    get cycleDates () {
        return cycleDates;
    },
    get daysBetween () {
        return _calendarslots.daysBetween;
    },
    get occupancyKey () {
        return occupancyKey;
    },
    get planSchedule () {
        return planSchedule;
    }
});
const _calendarslots = require("../calendars/calendar-slots");
function cycleDates(startDate, endDate, until, intervalDays) {
    const last = endDate && endDate < until ? endDate : until;
    const out = [];
    for(let k = 0;; k += 1){
        const d = (0, _calendarslots.addDays)(startDate, k * intervalDays);
        if (d > last) break;
        out.push(d);
    }
    return out;
}
function occupancyKey(scheduleId, technicianId) {
    return technicianId === null ? `schedule:${scheduleId}` : `user:${technicianId}`;
}
function planSchedule(input, until) {
    const orders = [];
    let existingPairs = 0;
    let unplaced = 0;
    const durationMs = input.durationMinutes * 60_000;
    for (const cycle of cycleDates(input.startDate, input.endDate, until, input.intervalDays)){
        const groups = new Map();
        for (const a of input.assets){
            if (input.existing.has(`${cycle}|${a.id}`)) {
                existingPairs += 1;
                continue;
            }
            const key = `${a.locationId}|${a.technicianId ?? ''}`;
            const list = groups.get(key);
            if (list) list.push(a);
            else groups.set(key, [
                a
            ]);
        }
        const target = (0, _calendarslots.addDays)(cycle, input.offsetDays);
        for (const list of groups.values()){
            const technicianId = list[0].technicianId;
            const key = occupancyKey(input.scheduleId, technicianId);
            const slot = (0, _calendarslots.firstSlot)(input.calendars, input.occupancy, key, target, durationMs);
            if (!slot) {
                unplaced += 1;
                continue;
            }
            input.occupancy.add(key, slot);
            orders.push({
                cycleDate: cycle,
                start: new Date(slot.start),
                end: new Date(slot.end),
                locationId: list[0].locationId,
                technicianId,
                assetIds: list.map((a)=>a.id)
            });
        }
    }
    return {
        orders,
        existingPairs,
        unplaced
    };
}
