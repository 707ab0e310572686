import { addDays, firstSlot, type CalendarSpec, type Occupancy } from '../calendars/calendar-slots';

// What generation would create, worked out in memory (no writes): the cycles
// start + k x interval up to the end date or `until`, the (cycle, asset) pairs without an
// order yet, grouped per cycle, location and technician, each group placed in the first
// free calendar window from its cycle date (moved by the schedule's offset).

export interface PlanAsset {
  id: number;
  locationId: number;
  technicianId: number | null;
}

export interface PlanInput {
  scheduleId: number;
  startDate: string;
  endDate: string | null;
  offsetDays: number;
  intervalDays: number;
  durationMinutes: number;
  calendars: CalendarSpec[];
  assets: PlanAsset[];
  /** `${cycleDate}|${assetId}` pairs that already have an order. */
  existing: Set<string>;
  occupancy: Occupancy;
}

export interface PlannedOrder {
  cycleDate: string;
  start: Date;
  end: Date;
  locationId: number;
  technicianId: number | null;
  assetIds: number[];
}

export interface Plan {
  orders: PlannedOrder[];
  existingPairs: number;
  unplaced: number;
}

/** Cycle dates from the start, every `interval` days, up to the end date and `until` (both inclusive). */
export function cycleDates(startDate: string, endDate: string | null, until: string, intervalDays: number): string[] {
  const last = endDate && endDate < until ? endDate : until;
  const out: string[] = [];
  for (let k = 0; ; k += 1) {
    const d = addDays(startDate, k * intervalDays);
    if (d > last) break;
    out.push(d);
  }
  return out;
}

export function occupancyKey(scheduleId: number, technicianId: number | null): string {
  return technicianId === null ? `schedule:${scheduleId}` : `user:${technicianId}`;
}

export function planSchedule(input: PlanInput, until: string): Plan {
  const orders: PlannedOrder[] = [];
  let existingPairs = 0;
  let unplaced = 0;
  const durationMs = input.durationMinutes * 60_000;
  for (const cycle of cycleDates(input.startDate, input.endDate, until, input.intervalDays)) {
    const groups = new Map<string, PlanAsset[]>();
    for (const a of input.assets) {
      if (input.existing.has(`${cycle}|${a.id}`)) {
        existingPairs += 1;
        continue;
      }
      const key = `${a.locationId}|${a.technicianId ?? ''}`;
      const list = groups.get(key);
      if (list) list.push(a);
      else groups.set(key, [a]);
    }
    const target = addDays(cycle, input.offsetDays);
    for (const list of groups.values()) {
      const technicianId = list[0]!.technicianId;
      const key = occupancyKey(input.scheduleId, technicianId);
      const slot = firstSlot(input.calendars, input.occupancy, key, target, durationMs);
      if (!slot) {
        unplaced += 1;
        continue;
      }
      input.occupancy.add(key, slot);
      orders.push({
        cycleDate: cycle,
        start: new Date(slot.start),
        end: new Date(slot.end),
        locationId: list[0]!.locationId,
        technicianId,
        assetIds: list.map((a) => a.id),
      });
    }
  }
  return { orders, existingPairs, unplaced };
}

