import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { mapDeleteRestricted, mapUniqueViolation } from '../../db/constraint-errors';
import { intArray } from '../../db/sql';
import { BadUserInputError, NotFoundError, Problems } from '../../errors';
import { parseId, parseIds, parseOptionalId } from '../../graphql/ids';
import { checkPageSize, decodeCursor, toConnection, type ConnectionShape } from '../../graphql/pagination';
import { optionalText, requiredText } from '../../graphql/validation';
import { textArray } from '../notifications/notification.service';
import { likePattern } from '../work-orders/work-order.search';
import type { Frequency } from './frequency.entity';
import type { Routine } from './routine.entity';
import type { CreateRoutineInput, RoutineInput, RoutinesArgs, RoutineStepInput } from './routine.inputs';
import { frequencyById, ROUTINE_COLUMNS, routineById, toFrequency, toRoutine, type FrequencyRow, type RoutineRow, type StepValues } from './routine.loaders';
import { StepAnswerType } from './routine-step.entity';

// Routines (PM templates) with ordered steps, and frequencies. Steps are numbered
// 1..n; adding, removing and reordering keep that numbering.

const UNIQUE = {
  mantenimiento_rutina_code_unique: ['code', 'A routine with this code already exists.'] as [string, string],
  mantenimiento_frecuencia_name_unique: ['name', 'A frequency with this name already exists.'] as [string, string],
};
const DECIMAL = /^-?\d{1,10}(\.\d{1,4})?$/;
const MAX_STEPS = 300;

export async function getRoutine(ctx: Context, idArg: string | number): Promise<Routine> {
  const id = parseId(idArg);
  const r = await routineById(ctx).load(id);
  if (!r) throw new NotFoundError('Routine', id);
  return r;
}

export async function listRoutines(ctx: Context, args: RoutinesArgs): Promise<ConnectionShape<Routine>> {
  const first = checkPageSize(args.first);
  const cursor = decodeCursor(args.after, ['int']);
  const where: string[] = [];
  const params: unknown[] = [];
  const q = args.q?.trim();
  if (q) {
    where.push('(code ilike ? or name ilike ?)');
    params.push(likePattern(q.slice(0, 100)), likePattern(q.slice(0, 100)));
  }
  if (cursor) {
    where.push('id > ?');
    params.push(cursor[0]);
  }
  const rows = await ctx.em.execute<RoutineRow[]>(
    `select ${ROUTINE_COLUMNS} from mantenimiento_rutina ${where.length ? `where ${where.join(' and ')}` : ''} order by id limit ?`,
    [...params, first + 1],
  );
  return toConnection(rows, first, (r) => [r.id], toRoutine);
}

function routineValues(p: Problems, input: RoutineInput) {
  const duration = input.estimatedDurationMinutes;
  if (duration !== null && duration !== undefined && (duration < 0 || duration > 24 * 60)) {
    p.add('estimatedDurationMinutes', 'range', 'estimatedDurationMinutes must be between 0 and 1440.');
  }
  if (input.technicianCount < 1 || input.technicianCount > 100) p.add('technicianCount', 'range', 'technicianCount must be between 1 and 100.');
  return {
    code: requiredText(p, 'code', input.code, 50),
    name: requiredText(p, 'name', input.name, 200),
    location_id: parseOptionalId(input.locationId, 'locationId'),
    category_id: parseOptionalId(input.categoryId, 'categoryId'),
    frequency_id: parseOptionalId(input.frequencyId, 'frequencyId'),
    estimated_duration_minutes: duration ?? null,
    technician_count: input.technicianCount,
    tools: optionalText(p, 'tools', input.tools, 10_000),
    invasive: input.invasive,
  };
}

function stepValues(p: Problems, field: string, s: RoutineStepInput): StepValues {
  const dec = (name: 'min' | 'max') => {
    const v = s[name];
    if (v === null || v === undefined || v === '') return null;
    if (!DECIMAL.test(String(v).trim())) p.add(`${field}.${name}`, 'decimal', `${field}.${name} must be a number with at most 4 decimals.`);
    return String(v).trim();
  };
  const min = dec('min');
  const max = dec('max');
  if (min !== null && max !== null && Number(max) < Number(min)) p.add(`${field}.max`, 'min_max', `${field}.max must not be below min.`);
  const code = optionalText(p, `${field}.measurementPointCode`, s.measurementPointCode, 50) || null;
  if (code && s.answerType !== StepAnswerType.MEASUREMENT) p.add(`${field}.measurementPointCode`, 'measurement', 'Only MEASUREMENT steps name a measurement point.');
  const target = optionalText(p, `${field}.target`, s.target, 100);
  return {
    description: requiredText(p, `${field}.description`, s.description, 10_000),
    answer_type: s.answerType,
    target: target || null,
    min,
    max,
    unit: optionalText(p, `${field}.unit`, s.unit, 30),
    measurement_point_code: code,
  };
}

async function checkRefs(em: EntityManager, p: Problems, v: ReturnType<typeof routineValues>): Promise<void> {
  const [r] = await em.execute<Array<{ l: boolean; c: boolean; f: boolean }>>(
    `select (?::int is null or exists(select 1 from activos_ubicacion where id = ?::int)) as l,
       (?::int is null or exists(select 1 from activos_categoria where id = ?::int)) as c,
       (?::int is null or exists(select 1 from mantenimiento_frecuencia where id = ?::int)) as f`,
    [v.location_id, v.location_id, v.category_id, v.category_id, v.frequency_id, v.frequency_id],
  );
  if (!r!.l) p.add('locationId', 'exists', `Location ${v.location_id} does not exist.`);
  if (!r!.c) p.add('categoryId', 'exists', `Category ${v.category_id} does not exist.`);
  if (!r!.f) p.add('frequencyId', 'exists', `Frequency ${v.frequency_id} does not exist.`);
}

async function insertSteps(em: EntityManager, routineId: number, from: number, steps: StepValues[]): Promise<void> {
  if (!steps.length) return;
  const nullable = (xs: Array<string | null>) => `{${xs.map((x) => (x === null ? 'NULL' : `"${x.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)).join(',')}}`;
  await em.execute(
    `insert into mantenimiento_pasorutina (routine_id, sort_order, description, answer_type, target, min, max, unit, measurement_point_code)
     select ?::int, ?::int + o - 1, d, t, tg, mn, mx, u, mc
     from unnest(?::text[], ?::routine_step_answer_type[], ?::text[], ?::numeric[], ?::numeric[], ?::text[], ?::text[]) with ordinality as x(d, t, tg, mn, mx, u, mc, o)`,
    [
      routineId,
      from,
      textArray(steps.map((s) => s.description)),
      `{${steps.map((s) => s.answer_type).join(',')}}`,
      nullable(steps.map((s) => s.target)),
      `{${steps.map((s) => s.min ?? 'NULL').join(',')}}`,
      `{${steps.map((s) => s.max ?? 'NULL').join(',')}}`,
      textArray(steps.map((s) => s.unit)),
      nullable(steps.map((s) => s.measurement_point_code)),
    ],
  );
}

export async function createRoutine(ctx: Context, input: CreateRoutineInput): Promise<Routine> {
  const p = new Problems();
  const v = routineValues(p, input);
  if (input.steps.length > MAX_STEPS) p.add('steps', 'max_items', `A routine has at most ${MAX_STEPS} steps.`);
  const steps = input.steps.map((s, i) => stepValues(p, `steps[${i}]`, s));
  p.throwIfAny();
  await checkRefs(ctx.em, p, v);
  p.throwIfAny();
  try {
    const id = await ctx.em.transactional(async (em) => {
      const [row] = await em.execute<Array<{ id: number }>>(
        `insert into mantenimiento_rutina (code, name, location_id, category_id, frequency_id, estimated_duration_minutes, technician_count, tools, invasive)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id`,
        [v.code, v.name, v.location_id, v.category_id, v.frequency_id, v.estimated_duration_minutes, v.technician_count, v.tools, v.invasive],
      );
      await insertSteps(em, row!.id, 1, steps);
      return row!.id;
    });
    return await getRoutine(ctx, id);
  } catch (err) {
    return mapUniqueViolation(err, UNIQUE);
  }
}

export async function updateRoutine(ctx: Context, idArg: string, input: RoutineInput): Promise<Routine> {
  const id = parseId(idArg);
  const p = new Problems();
  const v = routineValues(p, input);
  p.throwIfAny();
  await checkRefs(ctx.em, p, v);
  p.throwIfAny();
  try {
    const rows = await ctx.em.execute<Array<{ id: number }>>(
      `update mantenimiento_rutina set code = ?, name = ?, location_id = ?, category_id = ?, frequency_id = ?, estimated_duration_minutes = ?,
         technician_count = ?, tools = ?, invasive = ? where id = ? returning id`,
      [v.code, v.name, v.location_id, v.category_id, v.frequency_id, v.estimated_duration_minutes, v.technician_count, v.tools, v.invasive, id],
    );
    if (!rows.length) throw new NotFoundError('Routine', id);
  } catch (err) {
    mapUniqueViolation(err, UNIQUE);
  }
  return getRoutine(ctx, id);
}

/** Refused while work orders or schedules use the routine. */
export async function deleteRoutine(ctx: Context, idArg: string): Promise<boolean> {
  const id = parseId(idArg);
  try {
    const rows = await ctx.em.execute<Array<{ id: number }>>('delete from mantenimiento_rutina where id = ? returning id', [id]);
    if (!rows.length) throw new NotFoundError('Routine', id);
    return true;
  } catch (err) {
    return mapDeleteRestricted(err, 'Routine', id);
  }
}

async function lockRoutine(em: EntityManager, id: number): Promise<number[]> {
  const r = await em.execute<Array<{ id: number }>>('select id from mantenimiento_rutina where id = ? for update', [id]);
  if (!r.length) throw new NotFoundError('Routine', id);
  const steps = await em.execute<Array<{ id: number }>>('select id from mantenimiento_pasorutina where routine_id = ? order by sort_order', [id]);
  return steps.map((s) => s.id);
}

/** Gives the steps the order of `ids` (1..n); negatives first so the unique (routine, order) never clashes midway. */
async function renumber(em: EntityManager, routineId: number, ids: number[]): Promise<void> {
  if (!ids.length) return;
  await em.execute(
    `update mantenimiento_pasorutina s set sort_order = -x.o from unnest(?::int[]) with ordinality as x(id, o) where s.id = x.id and s.routine_id = ?`,
    [intArray(ids), routineId],
  );
  await em.execute('update mantenimiento_pasorutina set sort_order = -sort_order where routine_id = ? and sort_order < 0', [routineId]);
}

/** Adds a step at `position` (1-based; default last). */
export async function addRoutineStep(ctx: Context, routineIdArg: string, input: RoutineStepInput, position?: number | null): Promise<Routine> {
  const routineId = parseId(routineIdArg, 'routineId');
  const p = new Problems();
  const step = stepValues(p, 'input', input);
  p.throwIfAny();
  await ctx.em.transactional(async (em) => {
    const ids = await lockRoutine(em, routineId);
    if (ids.length >= MAX_STEPS) throw new BadUserInputError({ field: 'routineId', rule: 'max_items', message: `A routine has at most ${MAX_STEPS} steps.` });
    const at = position ?? ids.length + 1;
    if (!Number.isInteger(at) || at < 1 || at > ids.length + 1) {
      throw new BadUserInputError({ field: 'position', rule: 'range', message: `position must be between 1 and ${ids.length + 1}.` });
    }
    await insertSteps(em, routineId, ids.length + 1, [step]);
    const [created] = await em.execute<Array<{ id: number }>>('select id from mantenimiento_pasorutina where routine_id = ? and sort_order = ?', [routineId, ids.length + 1]);
    ids.splice(at - 1, 0, created!.id);
    await renumber(em, routineId, ids);
  });
  return getRoutine(ctx, routineId);
}

export async function updateRoutineStep(ctx: Context, idArg: string, input: RoutineStepInput): Promise<Routine> {
  const id = parseId(idArg);
  const p = new Problems();
  const s = stepValues(p, 'input', input);
  p.throwIfAny();
  const rows = await ctx.em.execute<Array<{ routine_id: number }>>(
    `update mantenimiento_pasorutina set description = ?, answer_type = ?, target = ?, min = ?, max = ?, unit = ?, measurement_point_code = ?
     where id = ? returning routine_id`,
    [s.description, s.answer_type, s.target, s.min, s.max, s.unit, s.measurement_point_code, id],
  );
  if (!rows.length) throw new NotFoundError('RoutineStep', id);
  return getRoutine(ctx, rows[0]!.routine_id);
}

/** Removes a step (refused once orders answered it) and closes the gap in the numbering. */
export async function removeRoutineStep(ctx: Context, idArg: string): Promise<Routine> {
  const id = parseId(idArg);
  const [step] = await ctx.em.execute<Array<{ routine_id: number }>>('select routine_id from mantenimiento_pasorutina where id = ?', [id]);
  if (!step) throw new NotFoundError('RoutineStep', id);
  try {
    await ctx.em.transactional(async (em) => {
      const ids = await lockRoutine(em, step.routine_id);
      await em.execute('delete from mantenimiento_pasorutina where id = ?', [id]);
      await renumber(em, step.routine_id, ids.filter((s) => s !== id));
    });
  } catch (err) {
    mapDeleteRestricted(err, 'RoutineStep', id);
  }
  return getRoutine(ctx, step.routine_id);
}

/** `stepIds` must list every step of the routine once, in the new order. */
export async function reorderRoutineSteps(ctx: Context, routineIdArg: string, stepIdArgs: string[]): Promise<Routine> {
  const routineId = parseId(routineIdArg, 'routineId');
  const wanted = parseIds(stepIdArgs, 'stepIds', MAX_STEPS);
  await ctx.em.transactional(async (em) => {
    const ids = await lockRoutine(em, routineId);
    if (wanted.length !== stepIdArgs.length || wanted.length !== ids.length || !wanted.every((s) => ids.includes(s))) {
      throw new BadUserInputError({ field: 'stepIds', rule: 'permutation', message: `stepIds must list each of the routine's ${ids.length} steps exactly once.` });
    }
    await renumber(em, routineId, wanted);
  });
  return getRoutine(ctx, routineId);
}

export async function listFrequencies(ctx: Context): Promise<Frequency[]> {
  const rows = await ctx.em.execute<FrequencyRow[]>('select id, name, interval_days from mantenimiento_frecuencia order by interval_days, name');
  return rows.map(toFrequency);
}

function frequencyValues(p: Problems, name: string | null | undefined, intervalDays: number | null | undefined) {
  if (intervalDays !== null && intervalDays !== undefined && (!Number.isInteger(intervalDays) || intervalDays < 1 || intervalDays > 3660)) {
    p.add('intervalDays', 'range', 'intervalDays must be a whole number of days between 1 and 3660.');
  }
  return { name: name === null || name === undefined ? undefined : requiredText(p, 'name', name, 100), intervalDays };
}

export async function createFrequency(ctx: Context, name: string, intervalDays: number): Promise<Frequency> {
  const p = new Problems();
  const v = frequencyValues(p, name, intervalDays);
  p.throwIfAny();
  try {
    const [row] = await ctx.em.execute<Array<{ id: number }>>('insert into mantenimiento_frecuencia (name, interval_days) values (?, ?) returning id', [v.name, intervalDays]);
    return (await frequencyById(ctx).load(row!.id))!;
  } catch (err) {
    return mapUniqueViolation(err, UNIQUE);
  }
}

export async function updateFrequency(ctx: Context, idArg: string, name?: string | null, intervalDays?: number | null): Promise<Frequency> {
  const id = parseId(idArg);
  const p = new Problems();
  const v = frequencyValues(p, name, intervalDays);
  p.throwIfAny();
  try {
    const rows = await ctx.em.execute<Array<{ id: number }>>(
      'update mantenimiento_frecuencia set name = coalesce(?, name), interval_days = coalesce(?, interval_days) where id = ? returning id',
      [v.name ?? null, intervalDays ?? null, id],
    );
    if (!rows.length) throw new NotFoundError('Frequency', id);
  } catch (err) {
    mapUniqueViolation(err, UNIQUE);
  }
  return (await frequencyById(ctx).load(id))!;
}

export async function deleteFrequency(ctx: Context, idArg: string): Promise<boolean> {
  const id = parseId(idArg);
  try {
    const rows = await ctx.em.execute<Array<{ id: number }>>('delete from mantenimiento_frecuencia where id = ? returning id', [id]);
    if (!rows.length) throw new NotFoundError('Frequency', id);
    return true;
  } catch (err) {
    return mapDeleteRestricted(err, 'Frequency', id);
  }
}
