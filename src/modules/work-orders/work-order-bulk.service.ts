import type { Context } from '../../context';
import { intArray } from '../../db/sql';
import { BadUserInputError, NotFoundError, Problems } from '../../errors';
import { parseId, parseIds } from '../../graphql/ids';
import { isoDate, requiredText } from '../../graphql/validation';
import { notify, orderNotifications, recordHistory, syncNoticeDowntime, syncOrderDowntime } from './work-order.effects';
import { nextWorkOrderId, workOrderCode } from './work-order-code';
import type { WorkOrder } from './work-order.entity';
import { WorkOrderStatus as S } from './work-order.enums';
import { lockWorkOrders, readWorkOrder, readWorkOrders, type WorkOrderRow } from './work-order.rows';
import type { DeleteWorkOrdersResult, RescheduleResult, SplitWorkOrderResult, WorkOrderRefusal } from './work-order.types';
import { isFinal } from './work-order-status';
import { lockForChange, mapWriteError } from './work-order.write';

// Operations on several orders at once. Each runs in one transaction with the orders
// locked in id order; orders that cannot take part are reported, never skipped silently.

const MAX_BULK = 500;
const MOVABLE: readonly S[] = [S.PENDING, S.SCHEDULED];

function refusal(id: number, row: WorkOrderRow | undefined, reason: string): WorkOrderRefusal {
  return { id, code: row?.code ?? null, status: row?.status ?? null, reason };
}

function validTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/**
 * Moves orders to another day, keeping each one's time of day (in `timeZone`) and
 * duration. Only PENDING and SCHEDULED orders with a scheduled start move.
 */
export async function rescheduleWorkOrders(
  ctx: Context,
  idArgs: string[],
  dateArg: string,
  reasonArg: string,
  timeZone: string,
): Promise<RescheduleResult> {
  const ids = parseIds(idArgs, 'ids', MAX_BULK);
  const p = new Problems();
  if (!ids.length) p.add('ids', 'required', 'Give at least one work order id.');
  const date = isoDate(p, 'date', dateArg);
  if (!date && !p.any) p.add('date', 'required', 'date is required.');
  const reason = requiredText(p, 'reason', reasonArg, 1000);
  if (!validTimeZone(timeZone)) p.add('timeZone', 'time_zone', `timeZone "${timeZone.slice(0, 60)}" is not an IANA time zone such as Europe/Madrid.`);
  p.throwIfAny();

  const { moved, notMoved } = await ctx.em.transactional(async (em) => {
    const rows = await lockWorkOrders(em, ids);
    const notMoved: WorkOrderRefusal[] = [];
    const movable: number[] = [];
    for (const id of ids) {
      const row = rows.get(id);
      if (!row) notMoved.push(refusal(id, row, `Work order ${id} does not exist.`));
      else if (!MOVABLE.includes(row.status)) notMoved.push(refusal(id, row, `${row.code} is ${row.status}; only PENDING or SCHEDULED orders can be rescheduled.`));
      else if (row.scheduled_start === null) notMoved.push(refusal(id, row, `${row.code} has no scheduled start to move.`));
      else movable.push(id);
    }
    if (movable.length) {
      const changed = await em.execute<Array<{ id: number; status: S; old_start: string; new_start: string }>>(
        `with moved as (
           select wo.id, wo.scheduled_start as old_start,
             ((?::date + (wo.scheduled_start at time zone ?)::time) at time zone ?) as new_start
           from mantenimiento_ordentrabajo wo where wo.id = any(?::int[])
         )
         update mantenimiento_ordentrabajo wo set
           scheduled_start = m.new_start,
           scheduled_end = m.new_start + (wo.scheduled_end - wo.scheduled_start),
           version = wo.version + 1, updated_at = now()
         from moved m where m.id = wo.id
         returning wo.id, wo.status, m.old_start, m.new_start`,
        [date, timeZone, timeZone, intArray(movable)],
      );
      await recordHistory(
        em,
        ctx.user,
        changed.map((c) => ({
          workOrderId: c.id,
          from: c.status,
          to: c.status,
          reason: `Rescheduled from ${new Date(c.old_start).toISOString()} to ${new Date(c.new_start).toISOString()}: ${reason}`,
        })),
      );
    }
    return { moved: movable, notMoved };
  });
  return { moved: await readWorkOrders(ctx.em, moved), notMoved };
}

/** Moves one asset of an order into a new order (same everything else). */
export async function splitWorkOrder(ctx: Context, idArg: string, assetIdArg: string, version: number): Promise<SplitWorkOrderResult> {
  const id = parseId(idArg);
  const assetId = parseId(assetIdArg, 'assetId');
  try {
    const newId = await ctx.em.transactional(async (em) => {
      const row = await lockForChange(em, id, version);
      if (isFinal(row.status)) {
        throw new BadUserInputError({ field: 'id', rule: 'final', message: `Work order ${row.code} is ${row.status} and cannot be split.` });
      }
      const assets = (await em.execute<Array<{ asset_id: number }>>('select asset_id from mantenimiento_ordentrabajo_activos where work_order_id = ?', [id])).map((r) => r.asset_id);
      const p = new Problems();
      if (!assets.includes(assetId)) p.add('assetId', 'not_in_order', `Asset ${assetId} is not on work order ${row.code}.`);
      else if (assets.length < 2) p.add('assetId', 'min_assets', `Work order ${row.code} has only one asset; there is nothing to split.`);
      p.throwIfAny();

      const newId = await nextWorkOrderId(em);
      const code = await workOrderCode(em, newId, row.type);
      const status = row.technician_id !== null || row.scheduled_start !== null ? S.SCHEDULED : S.PENDING;
      await em.execute(
        `insert into mantenimiento_ordentrabajo (id, code, type, priority, status, routine_id, technician_id, supervisor_id,
           location_id, scheduled_start, scheduled_end, short_description, description, notes, equipment_stopped, created_by_id)
         select ?, ?, type, priority, ?, routine_id, technician_id, supervisor_id, location_id, scheduled_start, scheduled_end,
           short_description, description, notes, equipment_stopped, ? from mantenimiento_ordentrabajo where id = ?`,
        [newId, code, status, ctx.user?.id ?? null, id],
      );
      await em.execute('insert into mantenimiento_ordentrabajo_crew (work_order_id, user_id) select ?, user_id from mantenimiento_ordentrabajo_crew where work_order_id = ?', [newId, id]);
      await em.execute('update mantenimiento_ordentrabajo_activos set work_order_id = ? where work_order_id = ? and asset_id = ?', [newId, id, assetId]);
      await em.execute('update mantenimiento_ordentrabajo set version = version + 1, updated_at = now() where id = ?', [id]);
      await recordHistory(em, ctx.user, [
        { workOrderId: id, from: row.status, to: row.status, reason: `Asset ${assetId} split into ${code}` },
        { workOrderId: newId, from: null, to: status, reason: `Split from ${row.code}` },
      ]);
      await syncOrderDowntime(em, [id, newId]);
      await notify(em, orderNotifications(ctx.user, { id: newId, code, shortDescription: row.short_description, technicianId: row.technician_id, supervisorId: null }, 'assigned'));
      return newId;
    });
    return { original: await readWorkOrder(ctx.em, id), created: await readWorkOrder(ctx.em, newId) };
  } catch (err) {
    return mapWriteError(err);
  }
}

/**
 * Merges orders into the first one: assets and crew join it; the others become
 * CANCELLED "merged into <code>" and are kept. All must share routine and location
 * and none may be final.
 */
export async function mergeWorkOrders(ctx: Context, idArgs: string[]): Promise<WorkOrder> {
  const ids = parseIds(idArgs, 'ids', MAX_BULK);
  if (ids.length < 2) throw new BadUserInputError({ field: 'ids', rule: 'min_items', message: 'Give at least two different work orders to merge.' });
  const [targetId, ...others] = ids as [number, ...number[]];
  try {
    await ctx.em.transactional(async (em) => {
      const rows = await lockWorkOrders(em, ids);
      const missing = ids.filter((id) => !rows.has(id));
      if (missing.length) throw new NotFoundError('WorkOrder', missing.join(', '), 'ids');
      const target = rows.get(targetId)!;
      const list = ids.map((id) => rows.get(id)!);
      const p = new Problems();
      const finals = list.filter((r) => isFinal(r.status));
      if (finals.length) p.add('ids', 'final', `Final orders cannot be merged: ${finals.map((r) => `${r.code} (${r.status})`).join(', ')}.`);
      const otherRoutine = list.filter((r) => r.routine_id !== target.routine_id);
      if (otherRoutine.length) p.add('ids', 'same_routine', `All orders must have the routine of ${target.code}; ${otherRoutine.map((r) => r.code).join(', ')} differ.`);
      const otherLocation = list.filter((r) => r.location_id !== target.location_id);
      if (otherLocation.length) p.add('ids', 'same_location', `All orders must have the location of ${target.code}; ${otherLocation.map((r) => r.code).join(', ')} differ.`);
      const notices = [...new Set(list.map((r) => r.notice_id).filter((n): n is number => n !== null))];
      if (notices.length > 1) p.add('ids', 'one_notice', 'Orders made from different notices cannot be merged.');
      p.throwIfAny();

      const otherIds = intArray(others);
      await em.execute(
        `insert into mantenimiento_ordentrabajo_activos (work_order_id, asset_id)
         select distinct ?::int, asset_id from mantenimiento_ordentrabajo_activos where work_order_id = any(?::int[]) on conflict do nothing`,
        [targetId, otherIds],
      );
      await em.execute(
        `insert into mantenimiento_ordentrabajo_crew (work_order_id, user_id)
         select distinct ?::int, user_id from mantenimiento_ordentrabajo_crew where work_order_id = any(?::int[]) on conflict do nothing`,
        [targetId, otherIds],
      );
      const note = `Merged into ${target.code}.`;
      await em.execute(
        `update mantenimiento_ordentrabajo set status = 'CANCELLED', notes = case when notes = '' then ? else notes || E'\\n' || ? end,
           version = version + 1, updated_at = now() where id = any(?::int[])`,
        [note, note, otherIds],
      );
      // The notice moves with the work (the cancelled order no longer counts as its order).
      await em.execute(
        `update mantenimiento_ordentrabajo set notice_id = coalesce(notice_id, ?), equipment_stopped = equipment_stopped or ?,
           version = version + 1, updated_at = now() where id = ?`,
        [notices[0] ?? null, list.some((r) => r.equipment_stopped), targetId],
      );
      await recordHistory(em, ctx.user, [
        ...others.map((id) => ({ workOrderId: id, from: rows.get(id)!.status, to: S.CANCELLED, reason: `merged into ${target.code}` })),
        { workOrderId: targetId, from: target.status, to: target.status, reason: `Merged ${others.map((id) => rows.get(id)!.code).join(', ')}` },
      ]);
      await syncOrderDowntime(em, ids);
    });
    return await readWorkOrder(ctx.em, targetId);
  } catch (err) {
    return mapWriteError(err);
  }
}

/** Deletes PENDING and SCHEDULED orders; any other is reported with the reason. */
export async function deleteWorkOrders(ctx: Context, idArgs: string[]): Promise<DeleteWorkOrdersResult> {
  const ids = parseIds(idArgs, 'ids', MAX_BULK);
  if (!ids.length) throw new BadUserInputError({ field: 'ids', rule: 'required', message: 'Give at least one work order id.' });
  return ctx.em.transactional(async (em) => {
    const rows = await lockWorkOrders(em, ids);
    const notDeleted: WorkOrderRefusal[] = [];
    const deletable: WorkOrderRow[] = [];
    for (const id of ids) {
      const row = rows.get(id);
      if (!row) notDeleted.push(refusal(id, row, `Work order ${id} does not exist.`));
      else if (!MOVABLE.includes(row.status)) notDeleted.push(refusal(id, row, `${row.code} is ${row.status}; only PENDING or SCHEDULED orders can be deleted.`));
      else deletable.push(row);
    }
    const deletedIds = deletable.map((r) => r.id);
    if (deletedIds.length) {
      await em.execute('delete from mantenimiento_ordentrabajo where id = any(?::int[])', [intArray(deletedIds)]);
      const noticeIds = deletable.map((r) => r.notice_id).filter((n): n is number => n !== null);
      if (noticeIds.length) {
        await em.execute(`update mantenimiento_aviso set status = 'OPEN', updated_at = now() where id = any(?::int[]) and status = 'IN_PROCESS'`, [intArray(noticeIds)]);
        await syncNoticeDowntime(em, noticeIds);
      }
    }
    return { deletedIds, notDeleted };
  });
}
