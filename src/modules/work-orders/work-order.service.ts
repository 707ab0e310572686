import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { BadUserInputError, Problems } from '../../errors';
import { parseId, parseIds, parseOptionalId } from '../../graphql/ids';
import { optionalText, requiredText } from '../../graphql/validation';
import { syncNoticeDowntime } from './work-order.effects';
import { notify, orderNotifications, recordHistory, syncOrderDowntime, type OrderPeople } from './work-order.effects';
import { nextWorkOrderId, workOrderCode } from './work-order-code';
import type { WorkOrder } from './work-order.entity';
import { WorkOrderStatus as S, type Priority, type WorkOrderType } from './work-order.enums';
import type { ClosureInput, ChecklistAnswerInput, CreateWorkOrderInput, UpdateWorkOrderInput } from './work-order.inputs';
import { checkReferences } from './work-order.references';
import { readWorkOrder, type WorkOrderRow } from './work-order.rows';
import { assertTransition, isFinal } from './work-order-status';
import { checkWindow, lockForChange, mapWriteError, replaceAssets, replaceCrew, addAssets } from './work-order.write';
import { saveChecklist } from './checklist.service';
import { afterWorkOrderCompleted } from '../schedules/schedule-completion';
import { publishedOrder } from '../live/live.events';
import { OPEN_NOTICE_STATUS_LIST_SQL } from '../notices/notice.entity';

const MAX_TEXT = 10_000;

function people(row: WorkOrderRow): OrderPeople {
  return {
    id: row.id,
    code: row.code,
    shortDescription: row.short_description,
    technicianId: row.technician_id,
    supervisorId: row.supervisor_id,
  };
}

export interface NewWorkOrder {
  type: WorkOrderType;
  priority: Priority;
  shortDescription: string;
  description: string;
  notes: string;
  locationId: number;
  assetIds: number[];
  routineId: number | null;
  noticeId: number | null;
  technicianId: number | null;
  supervisorId: number | null;
  crewIds: number[];
  scheduledStart: Date | null;
  scheduledEnd: Date | null;
  equipmentStopped: boolean;
}

/** Validates the fields of a new order that need no database; ids are parsed. */
export function newWorkOrderValues(p: Problems, input: CreateWorkOrderInput): NewWorkOrder {
  const values: NewWorkOrder = {
    type: input.type,
    priority: input.priority,
    shortDescription: requiredText(p, 'shortDescription', input.shortDescription, 200),
    description: optionalText(p, 'description', input.description, MAX_TEXT),
    notes: optionalText(p, 'notes', input.notes, MAX_TEXT),
    locationId: parseId(input.locationId, 'locationId'),
    assetIds: parseIds(input.assetIds ?? [], 'assetIds', 200),
    routineId: parseOptionalId(input.routineId, 'routineId'),
    noticeId: null,
    technicianId: parseOptionalId(input.technicianId, 'technicianId'),
    supervisorId: parseOptionalId(input.supervisorId, 'supervisorId'),
    crewIds: parseIds(input.crewIds ?? [], 'crewIds', 50),
    scheduledStart: input.scheduledStart ?? null,
    scheduledEnd: input.scheduledEnd ?? null,
    equipmentStopped: input.equipmentStopped,
  };
  checkWindow(p, values.scheduledStart, values.scheduledEnd);
  return values;
}

/**
 * Inserts an order inside the caller's transaction: code, links, history, downtime and
 * notifications. PENDING, or SCHEDULED when a technician or a start is given.
 */
export async function insertWorkOrder(em: EntityManager, ctx: Context, v: NewWorkOrder): Promise<number> {
  const p = new Problems();
  await checkReferences(em, p, {
    locationId: v.locationId,
    routineId: v.routineId,
    assetIds: v.assetIds,
    users: [
      { field: 'technicianId', ids: v.technicianId ? [v.technicianId] : [] },
      { field: 'supervisorId', ids: v.supervisorId ? [v.supervisorId] : [] },
      { field: 'crewIds', ids: v.crewIds },
    ],
  });
  p.throwIfAny();
  const id = await nextWorkOrderId(em);
  const code = await workOrderCode(em, id, v.type);
  const status = v.technicianId || v.scheduledStart ? S.SCHEDULED : S.PENDING;
  await em.execute(
    `insert into mantenimiento_ordentrabajo (id, code, type, priority, status, routine_id, notice_id, technician_id, supervisor_id,
       location_id, scheduled_start, scheduled_end, short_description, description, notes, equipment_stopped, created_by_id)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [id, code, v.type, v.priority, status, v.routineId, v.noticeId, v.technicianId, v.supervisorId, v.locationId,
      v.scheduledStart, v.scheduledEnd, v.shortDescription, v.description, v.notes, v.equipmentStopped, ctx.user?.id ?? null],
  );
  await addAssets(em, id, v.assetIds);
  await replaceCrew(em, id, v.crewIds);
  await recordHistory(em, ctx.user, [{ workOrderId: id, from: null, to: status, reason: v.noticeId ? `Created from notice AV-${v.noticeId}` : 'Created' }]);
  await syncOrderDowntime(em, [id]);
  const order = { id, code, shortDescription: v.shortDescription, technicianId: v.technicianId, supervisorId: v.supervisorId };
  await notify(em, [
    ...(v.technicianId ? orderNotifications(ctx.user, order, 'assigned') : []),
    ...(v.supervisorId ? orderNotifications(ctx.user, order, 'supervising') : []),
  ]);
  return id;
}

export async function createWorkOrder(ctx: Context, input: CreateWorkOrderInput): Promise<WorkOrder> {
  const p = new Problems();
  const values = newWorkOrderValues(p, input);
  p.throwIfAny();
  try {
    const id = await ctx.em.transactional((em) => insertWorkOrder(em, ctx, values));
    return publishedOrder(ctx, 'CREATED', await readWorkOrder(ctx.em, id));
  } catch (err) {
    return mapWriteError(err);
  }
}

export async function updateWorkOrder(ctx: Context, idArg: string, version: number, input: UpdateWorkOrderInput): Promise<WorkOrder> {
  const id = parseId(idArg);
  const p = new Problems();
  const has = (k: keyof UpdateWorkOrderInput) => input[k] !== undefined;
  const set: Record<string, unknown> = {};
  if (has('priority')) {
    if (input.priority === null) p.add('priority', 'required', 'priority cannot be null.');
    else set.priority = input.priority;
  }
  if (has('shortDescription')) set.short_description = requiredText(p, 'shortDescription', input.shortDescription, 200);
  if (has('description')) set.description = optionalText(p, 'description', input.description, MAX_TEXT);
  if (has('notes')) set.notes = optionalText(p, 'notes', input.notes, MAX_TEXT);
  if (has('equipmentStopped')) set.equipment_stopped = input.equipmentStopped ?? false;
  if (has('locationId')) {
    if (input.locationId === null) p.add('locationId', 'required', 'locationId cannot be null: an order always has a location.');
    else set.location_id = parseId(input.locationId!, 'locationId');
  }
  if (has('routineId')) set.routine_id = parseOptionalId(input.routineId, 'routineId');
  if (has('technicianId')) set.technician_id = parseOptionalId(input.technicianId, 'technicianId');
  if (has('supervisorId')) set.supervisor_id = parseOptionalId(input.supervisorId, 'supervisorId');
  if (has('scheduledStart')) set.scheduled_start = input.scheduledStart ?? null;
  if (has('scheduledEnd')) set.scheduled_end = input.scheduledEnd ?? null;
  const assetIds = input.assetIds ? parseIds(input.assetIds, 'assetIds', 200) : null;
  const crewIds = input.crewIds ? parseIds(input.crewIds, 'crewIds', 50) : null;
  p.throwIfAny();

  try {
    await ctx.em.transactional(async (em) => {
      const row = await lockForChange(em, id, version);
      if (isFinal(row.status)) {
        throw new BadUserInputError({ field: 'status', rule: 'final', message: `Work order ${row.code} is ${row.status} and can no longer be changed.` });
      }
      const start = (has('scheduledStart') ? set.scheduled_start : row.scheduled_start) as Date | string | null;
      const end = (has('scheduledEnd') ? set.scheduled_end : row.scheduled_end) as Date | string | null;
      checkWindow(p, start ? new Date(start) : null, end ? new Date(end) : null);
      if (row.routine_id !== null && has('routineId') && set.routine_id !== row.routine_id) {
        const answered = await em.execute<Array<{ n: number }>>('select count(*)::int as n from mantenimiento_respuestapaso where work_order_id = ?', [id]);
        if (answered[0]!.n > 0) p.add('routineId', 'answered', 'The routine cannot change once checklist answers exist.');
      }
      await checkReferences(em, p, {
        locationId: set.location_id as number | undefined,
        routineId: set.routine_id as number | undefined,
        assetIds: assetIds ?? [],
        users: [
          { field: 'technicianId', ids: set.technician_id ? [set.technician_id as number] : [] },
          { field: 'supervisorId', ids: set.supervisor_id ? [set.supervisor_id as number] : [] },
          { field: 'crewIds', ids: crewIds ?? [] },
        ],
      });
      p.throwIfAny();

      const technicianId = (has('technicianId') ? set.technician_id : row.technician_id) as number | null;
      const supervisorId = (has('supervisorId') ? set.supervisor_id : row.supervisor_id) as number | null;
      // PENDING -> SCHEDULED as soon as a technician or a start is set.
      const schedule = row.status === S.PENDING && (technicianId !== null || start !== null);
      if (schedule) set.status = S.SCHEDULED;
      const columns = Object.keys(set);
      await em.execute(
        `update mantenimiento_ordentrabajo set ${columns.map((c) => `${c} = ?`).join(', ')}${columns.length ? ', ' : ''}
           version = version + 1, updated_at = now() where id = ?`,
        [...columns.map((c) => set[c]), id],
      );
      if (assetIds) await replaceAssets(em, id, assetIds);
      if (crewIds) await replaceCrew(em, id, crewIds);
      if (schedule) {
        await recordHistory(em, ctx.user, [{ workOrderId: id, from: S.PENDING, to: S.SCHEDULED, reason: 'Technician or scheduled start set' }]);
      }
      await syncOrderDowntime(em, [id]);
      const order = { ...people(row), shortDescription: (set.short_description as string) ?? row.short_description, technicianId, supervisorId };
      await notify(em, [
        ...(technicianId !== null && technicianId !== row.technician_id ? orderNotifications(ctx.user, order, 'assigned') : []),
        ...(supervisorId !== null && supervisorId !== row.supervisor_id ? orderNotifications(ctx.user, order, 'supervising') : []),
      ]);
    });
    return publishedOrder(ctx, 'UPDATED', await readWorkOrder(ctx.em, id));
  } catch (err) {
    return mapWriteError(err);
  }
}

/** Moves an order through the status machine (anything but completion, which needs closeWorkOrder). */
export async function changeWorkOrderStatus(
  ctx: Context,
  idArg: string | number,
  to: S,
  version: number | null,
  reasonArg?: string | null,
): Promise<WorkOrder> {
  const id = parseId(idArg);
  const p = new Problems();
  const reason = optionalText(p, 'reason', reasonArg, 1000);
  p.throwIfAny();
  await ctx.em.transactional(async (em) => {
    const row = await lockForChange(em, id, version);
    await writeStatusChange(em, ctx, row, to, reason, null);
  });
  return publishedOrder(ctx, 'STATUS_CHANGED', await readWorkOrder(ctx.em, id));
}

/** The status change itself, on a row locked by lockForChange: machine, history, downtime, notice, notifications. */
async function writeStatusChange(em: EntityManager, ctx: Context, row: WorkOrderRow, to: S, reason: string, notes: string | null): Promise<void> {
  assertTransition(row.status, to, {
    via: 'change',
    user: ctx.user,
    hasTechnician: row.technician_id !== null,
    hasScheduledStart: row.scheduled_start !== null,
  });
  await em.execute(
    `update mantenimiento_ordentrabajo set status = ?,
       started_at = case when ?::text = 'IN_PROGRESS' then coalesce(started_at, now()) else started_at end,
       notes = coalesce(?, notes), version = version + 1, updated_at = now()
     where id = ?`,
    [to, to, notes, row.id],
  );
  await recordHistory(em, ctx.user, [{ workOrderId: row.id, from: row.status, to, reason }]);
  await syncOrderDowntime(em, [row.id]);
  if (row.notice_id !== null) await followNotice(em, ctx, row.notice_id, row.status, to);
  if (to === S.IN_PROGRESS && row.status !== S.COMPLETED) await notify(em, orderNotifications(ctx.user, people(row), 'started'));
}

/**
 * The notice follows its order: cancelling the order reopens the notice (another order
 * may be made), completing it closes the notice, reopening the order reopens it.
 */
async function followNotice(em: EntityManager, ctx: Context, noticeId: number, from: S, to: S): Promise<void> {
  if (to === S.CANCELLED) {
    await em.execute(`update mantenimiento_aviso set status = 'OPEN', updated_at = now() where id = ? and status = 'IN_PROCESS'`, [noticeId]);
  } else if (to === S.COMPLETED) {
    await em.execute(
      `update mantenimiento_aviso set status = 'CLOSED', closed_at = now(), closed_by_id = ?, updated_at = now()
       where id = ? and status in ${OPEN_NOTICE_STATUS_LIST_SQL}`,
      [ctx.user?.id ?? null, noticeId],
    );
  } else if (from === S.COMPLETED && to === S.IN_PROGRESS) {
    await em.execute(
      `update mantenimiento_aviso set status = 'IN_PROCESS', closed_at = null, closed_by_id = null, updated_at = now()
       where id = ? and status = 'CLOSED'`,
      [noticeId],
    );
  } else {
    return;
  }
  await syncNoticeDowntime(em, [noticeId]);
}

/** Completes an order with its closure and checklist answers; the only way to COMPLETED. */
export async function closeWorkOrder(
  ctx: Context,
  idArg: string,
  version: number,
  closure: ClosureInput,
  checklist: ChecklistAnswerInput[],
): Promise<WorkOrder> {
  const id = parseId(idArg);
  const p = new Problems();
  const comments = requiredText(p, 'closure.comments', closure.comments, MAX_TEXT);
  const materials = optionalText(p, 'closure.materials', closure.materials, MAX_TEXT);
  checkWindow(p, closure.actualStart, closure.actualEnd, 'closure.actualStart', 'closure.actualEnd');
  const manHours = String(closure.manHours ?? '').trim();
  if (!/^\d{1,8}(\.\d{1,2})?$/.test(manHours)) {
    p.add('closure.manHours', 'decimal', 'closure.manHours must be a number >= 0 with at most 2 decimals.');
  }
  p.throwIfAny();
  try {
    await ctx.em.transactional(async (em) => {
      const row = await lockForChange(em, id, version);
      assertTransition(row.status, S.COMPLETED, { via: 'close', user: ctx.user, hasTechnician: true, hasScheduledStart: true });
      await saveChecklist(em, ctx, row, checklist);
      await em.execute(
        `insert into mantenimiento_cierreordentrabajo (work_order_id, actual_start, actual_end, man_hours, comments, materials, closed_by_id)
         values (?, ?, ?, ?, ?, ?, ?)
         on conflict (work_order_id) do update set actual_start = excluded.actual_start, actual_end = excluded.actual_end,
           man_hours = excluded.man_hours, comments = excluded.comments, materials = excluded.materials,
           closed_by_id = excluded.closed_by_id, closed_at = now()`,
        [id, closure.actualStart, closure.actualEnd, manHours, comments, materials, ctx.user?.id ?? null],
      );
      await em.execute(`update mantenimiento_ordentrabajo set status = 'COMPLETED', version = version + 1, updated_at = now() where id = ?`, [id]);
      await recordHistory(em, ctx.user, [{ workOrderId: id, from: row.status, to: S.COMPLETED, reason: 'Closed' }]);
      await syncOrderDowntime(em, [id]);
      if (row.notice_id !== null) await followNotice(em, ctx, row.notice_id, row.status, S.COMPLETED);
      await notify(em, orderNotifications(ctx.user, people(row), 'completed'));
      await afterWorkOrderCompleted(em, ctx, id, closure.actualEnd);
    });
    return publishedOrder(ctx, 'CLOSED', await readWorkOrder(ctx.em, id));
  } catch (err) {
    return mapWriteError(err);
  }
}


/**
 * The legacy REST update: notes, a status change, or both. Decided on the locked row: notes
 * alone (or with the status the order already has) change only the notes, anything else goes
 * through the status machine. `version` null skips the optimistic check.
 */
export async function updateWorkOrderStatusOrNotes(
  ctx: Context,
  id: number,
  version: number | null,
  change: { status?: S; notes?: string; reason?: string | null },
): Promise<WorkOrder> {
  const p = new Problems();
  const notes = change.notes === undefined ? undefined : optionalText(p, 'notas', change.notes, MAX_TEXT);
  const reason = optionalText(p, 'reason', change.reason, 1000);
  if (change.status === undefined && notes === undefined) p.add('estado', 'required', 'Give estado and/or notas.');
  p.throwIfAny();
  let event: 'UPDATED' | 'STATUS_CHANGED' = 'UPDATED';
  await ctx.em.transactional(async (em) => {
    const row = await lockForChange(em, id, version);
    if (notes !== undefined && (change.status === undefined || change.status === row.status)) {
      if (isFinal(row.status)) {
        throw new BadUserInputError({ field: 'status', rule: 'final', message: `Work order ${row.code} is ${row.status} and can no longer be changed.` });
      }
      await em.execute('update mantenimiento_ordentrabajo set notes = ?, version = version + 1, updated_at = now() where id = ?', [notes, id]);
    } else {
      await writeStatusChange(em, ctx, row, change.status!, reason, notes ?? null);
      event = 'STATUS_CHANGED';
    }
  });
  return publishedOrder(ctx, event, await readWorkOrder(ctx.em, id));
}
