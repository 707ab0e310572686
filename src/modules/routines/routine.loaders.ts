import type { Context } from '../../context';
import { asEntity, stub } from '../../db/as-entity';
import { rowsById, rowsGroupedBy } from '../../graphql/loaders';
import { Frequency } from './frequency.entity';
import { Routine } from './routine.entity';
import { RoutineStep, type StepAnswerType } from './routine-step.entity';

// Routines, their steps and frequencies as plain rows, batched per request.

export interface RoutineRow {
  id: number;
  code: string;
  name: string;
  location_id: number | null;
  category_id: number | null;
  frequency_id: number | null;
  estimated_duration_minutes: number | null;
  technician_count: number;
  tools: string;
  invasive: boolean;
}

export const ROUTINE_COLUMNS =
  'id, code, name, location_id, category_id, frequency_id, estimated_duration_minutes, technician_count, tools, invasive';

export function toRoutine(r: RoutineRow): Routine {
  return asEntity(Routine, {
    id: r.id,
    code: r.code,
    name: r.name,
    location: stub(r.location_id),
    category: stub(r.category_id),
    frequency: stub(r.frequency_id),
    estimatedDurationMinutes: r.estimated_duration_minutes,
    technicianCount: r.technician_count,
    tools: r.tools,
    invasive: r.invasive,
  });
}

export function routineById(ctx: Context) {
  return rowsById<RoutineRow, Routine>(ctx, 'maintenance.routine.byId', `select ${ROUTINE_COLUMNS} from mantenimiento_rutina where id = any(?::int[])`, toRoutine);
}

/** The steps of many routines (also run by the benchmark's limit server). */
export const ROUTINE_STEPS_SQL = `select id, routine_id, sort_order, description, answer_type, target, min::text as min, max::text as max, unit, measurement_point_code
  from mantenimiento_pasorutina where routine_id = any(?::int[]) order by routine_id, sort_order`;

/** A step's own columns, as written (routine.service) and read. */
export interface StepValues {
  description: string;
  answer_type: StepAnswerType;
  target: string | null;
  min: string | null;
  max: string | null;
  unit: string;
  measurement_point_code: string | null;
}

interface StepRow extends StepValues {
  id: number;
  routine_id: number;
  sort_order: number;
}

function toStep(r: StepRow): RoutineStep {
  return asEntity(RoutineStep, {
    id: r.id,
    routine: stub<Routine>(r.routine_id)!,
    order: r.sort_order,
    description: r.description,
    answerType: r.answer_type,
    target: r.target,
    min: r.min,
    max: r.max,
    unit: r.unit,
    measurementPointCode: r.measurement_point_code,
  });
}

export function routineSteps(ctx: Context) {
  return rowsGroupedBy<StepRow, RoutineStep>(ctx, 'maintenance.routine.steps', ROUTINE_STEPS_SQL, (r) => r.routine_id, toStep);
}

export interface FrequencyRow {
  id: number;
  name: string;
  interval_days: number;
}

export function toFrequency(r: FrequencyRow): Frequency {
  return asEntity(Frequency, { id: r.id, name: r.name, intervalDays: r.interval_days });
}

export function frequencyById(ctx: Context) {
  return rowsById<FrequencyRow, Frequency>(ctx, 'maintenance.frequency.byId', 'select id, name, interval_days from mantenimiento_frecuencia where id = any(?::int[])', toFrequency);
}
