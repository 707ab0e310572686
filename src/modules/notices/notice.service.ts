import type { Context } from '../../context';
import { subtreeIdsSql } from '../../db/tree';
import { BadUserInputError, ConflictError, NotFoundError, Problems } from '../../errors';
import { parseId, parseOptionalId } from '../../graphql/ids';
import { checkPageSize, decodeCursor, toConnection, type ConnectionShape } from '../../graphql/pagination';
import { optionalText, requiredText } from '../../graphql/validation';
import { hasPerm } from '../auth/auth-user';
import { syncNoticeDowntime } from '../work-orders/work-order.effects';
import { WorkOrderType } from '../work-orders/work-order.enums';
import type { WorkOrder } from '../work-orders/work-order.entity';
import { readWorkOrder } from '../work-orders/work-order.rows';
import { insertWorkOrder, newWorkOrderValues } from '../work-orders/work-order.service';
import { checkWindow, mapWriteError } from '../work-orders/work-order.write';
import { likePattern } from '../work-orders/work-order.search';
import { Notice, NoticeStatus as N } from './notice.entity';
import type { CreateNoticeInput, NoticesArgs, UpdateNoticeInput, WorkOrderFromNoticeInput } from './notice.inputs';
import { NOTICE_COLUMNS, toNotice, type NoticeRow } from './notice.rows';
import { findNoticePlace, insertNotice } from './notice.write';
import { OPEN_STATUS_LIST_SQL } from '../work-orders/work-order-status';

// Notices (maintenance requests). Anyone logged in files them; staff holding
// mantenimiento.view_aviso see all of them, everyone else only the ones they filed.

export const VIEW_NOTICES = 'mantenimiento.view_aviso';
const MAX_TEXT = 10_000;

export function seesAllNotices(ctx: Context): boolean {
  return !!ctx.user?.isStaff && hasPerm(ctx.user, VIEW_NOTICES);
}

/** Whether the caller may see this notice (its requester, or staff with the view permission). */
export function canSeeNotice(ctx: Context, notice: Pick<Notice, 'requesterId'>): boolean {
  return seesAllNotices(ctx) || notice.requesterId === ctx.user?.id;
}

async function readNotice(ctx: Context, id: number, lock = false): Promise<NoticeRow | null> {
  const rows = await ctx.em.execute<NoticeRow[]>(`select ${NOTICE_COLUMNS} from mantenimiento_aviso n where n.id = ?${lock ? ' for update' : ''}`, [id]);
  return rows[0] ?? null;
}

export async function getNotice(ctx: Context, idArg: string): Promise<Notice> {
  const id = parseId(idArg);
  const row = await readNotice(ctx, id);
  // Someone else's notice is reported as missing, not as forbidden.
  if (!row || !canSeeNotice(ctx, { requesterId: row.requester_id })) throw new NotFoundError('Notice', id);
  return toNotice(row);
}

export async function listNotices(ctx: Context, args: NoticesArgs): Promise<ConnectionShape<Notice>> {
  const first = checkPageSize(args.first);
  const cursor = decodeCursor(args.after, ['int']);
  const where: string[] = [];
  const params: unknown[] = [];
  const f = args.filter;
  if (!seesAllNotices(ctx) || f?.mine) {
    where.push('n.requester_id = ?');
    params.push(ctx.user!.id);
  }
  if (f?.status?.length) {
    where.push('n.status = any(?::notice_status[])');
    params.push(`{${f.status.join(',')}}`);
  }
  const q = f?.q?.trim();
  if (q) {
    where.push('n.description ilike ?');
    params.push(likePattern(q.slice(0, 200)));
  }
  const assetId = parseOptionalId(f?.assetId, 'filter.assetId');
  if (assetId) {
    where.push('n.asset_id = ?');
    params.push(assetId);
  }
  const locationId = parseOptionalId(f?.locationId, 'filter.locationId');
  if (locationId) {
    where.push(`n.location_id in ${subtreeIdsSql('activos_ubicacion')}`);
    params.push(locationId);
  }
  if (cursor) {
    where.push('n.id < ?');
    params.push(cursor[0]);
  }
  const rows = await ctx.em.execute<NoticeRow[]>(
    `select ${NOTICE_COLUMNS} from mantenimiento_aviso n ${where.length ? `where ${where.join(' and ')}` : ''} order by n.id desc limit ?`,
    [...params, first + 1],
  );
  return toConnection(rows, first, (r) => [r.id], toNotice);
}

export async function createNotice(ctx: Context, input: CreateNoticeInput): Promise<Notice> {
  const p = new Problems();
  const description = requiredText(p, 'description', input.description, MAX_TEXT);
  const assetId = parseOptionalId(input.assetId, 'assetId');
  let locationId = parseOptionalId(input.locationId, 'locationId');
  checkWindow(p, input.stopStart ?? null, input.stopEnd ?? null, 'stopStart', 'stopEnd');
  if (!assetId && !locationId) p.add('locationId', 'required', 'Give the location (or an asset, whose location is used).');
  p.throwIfAny();
  const place = await findNoticePlace(ctx.em, { assetId, locationId });
  if (assetId && place.assetId === null) p.add('assetId', 'exists', `Asset ${assetId} does not exist.`);
  if (locationId && !place.locationExists) p.add('locationId', 'exists', `Location ${locationId} does not exist.`);
  p.throwIfAny();
  locationId ??= place.assetLocationId!;
  try {
    const id = await ctx.em.transactional((em) =>
      insertNotice(em, {
        assetId,
        locationId: locationId!,
        description,
        priority: input.priority,
        type: input.type,
        requesterId: ctx.user!.id,
        equipmentStopped: input.equipmentStopped,
        stopStart: input.stopStart,
        stopEnd: input.stopEnd,
      }),
    );
    return toNotice((await readNotice(ctx, id))!);
  } catch (err) {
    return mapWriteError(err);
  }
}

const NOTICE_TRANSITIONS: Record<N, readonly N[]> = {
  [N.OPEN]: [N.IN_PROCESS, N.CLOSED, N.CANCELLED],
  [N.IN_PROCESS]: [N.CLOSED, N.CANCELLED],
  [N.CLOSED]: [],
  [N.CANCELLED]: [],
};

export async function updateNotice(ctx: Context, idArg: string, input: UpdateNoticeInput): Promise<Notice> {
  const id = parseId(idArg);
  const p = new Problems();
  const set: Record<string, unknown> = {};
  if (input.description !== undefined) set.description = requiredText(p, 'description', input.description, MAX_TEXT);
  if (input.priority) set.priority = input.priority;
  if (input.type) set.type = input.type;
  if (input.responsibleId !== undefined) set.responsible_id = parseOptionalId(input.responsibleId, 'responsibleId');
  if (input.equipmentStopped !== undefined && input.equipmentStopped !== null) set.equipment_stopped = input.equipmentStopped;
  if (input.stopStart !== undefined) set.stop_start = input.stopStart;
  if (input.stopEnd !== undefined) set.stop_end = input.stopEnd;
  if (input.diagnosis !== undefined) set.diagnosis = optionalText(p, 'diagnosis', input.diagnosis, MAX_TEXT);
  if (input.actions !== undefined) set.actions = optionalText(p, 'actions', input.actions, MAX_TEXT);
  p.throwIfAny();
  try {
    await ctx.em.transactional(async (em) => {
      const rows = await em.execute<NoticeRow[]>(`select ${NOTICE_COLUMNS} from mantenimiento_aviso n where n.id = ? for update`, [id]);
      const row = rows[0];
      if (!row) throw new NotFoundError('Notice', id);
      const start = set.stop_start !== undefined ? (set.stop_start as Date | null) : row.stop_start ? new Date(row.stop_start) : null;
      const end = set.stop_end !== undefined ? (set.stop_end as Date | null) : row.stop_end ? new Date(row.stop_end) : null;
      if (start && end && end < start) p.add('stopEnd', 'after_start', 'stopEnd must not be before stopStart.');
      if (input.status && input.status !== row.status) {
        if (!NOTICE_TRANSITIONS[row.status].includes(input.status)) {
          p.add('status', 'transition', `Cannot change notice status from ${row.status} to ${input.status}.`);
        } else if (input.status === N.CLOSED || input.status === N.CANCELLED) {
          const open = await em.execute<Array<{ code: string }>>(
            `select code from mantenimiento_ordentrabajo where notice_id = ? and status in ${OPEN_STATUS_LIST_SQL}`,
            [id],
          );
          if (open.length) p.add('status', 'open_order', `Notice AV-${id} has open work order ${open[0]!.code}; finish or cancel it first.`);
          set.closed_at = new Date();
          set.closed_by_id = ctx.user!.id;
        }
        set.status = input.status;
      }
      if (set.responsible_id) {
        const [u] = await em.execute<Array<{ ok: boolean }>>('select exists(select 1 from auth_user where id = ? and is_active) as ok', [set.responsible_id]);
        if (!u!.ok) p.add('responsibleId', 'exists', `User ${String(set.responsible_id)} does not exist or is inactive.`);
      }
      p.throwIfAny();
      const columns = Object.keys(set);
      await em.execute(
        `update mantenimiento_aviso set ${columns.map((c) => `${c} = ?`).join(', ')}${columns.length ? ', ' : ''}updated_at = now() where id = ?`,
        [...columns.map((c) => set[c]), id],
      );
      await syncNoticeDowntime(em, [id]);
    });
    return toNotice((await readNotice(ctx, id))!);
  } catch (err) {
    return mapWriteError(err);
  }
}

/** Makes the corrective order of a notice (at most one live order); the notice goes IN_PROCESS. */
export async function createWorkOrderFromNotice(ctx: Context, idArg: string, input: WorkOrderFromNoticeInput): Promise<WorkOrder> {
  const id = parseId(idArg);
  try {
    const orderId = await ctx.em.transactional(async (em) => {
      const rows = await em.execute<NoticeRow[]>(`select ${NOTICE_COLUMNS} from mantenimiento_aviso n where n.id = ? for update`, [id]);
      const notice = rows[0];
      if (!notice) throw new NotFoundError('Notice', id);
      const live = await em.execute<Array<{ code: string }>>(`select code from mantenimiento_ordentrabajo where notice_id = ? and status <> 'CANCELLED'`, [id]);
      if (live.length) throw new ConflictError(`Notice AV-${id} already has work order ${live[0]!.code}.`, 'id', { workOrderCode: live[0]!.code });
      if (notice.status !== N.OPEN) {
        throw new BadUserInputError({ field: 'id', rule: 'status', message: `Notice AV-${id} is ${notice.status}; only OPEN notices get a work order.` });
      }
      const p = new Problems();
      const values = newWorkOrderValues(p, {
        type: WorkOrderType.CORRECTIVE,
        priority: input.priority ?? notice.priority,
        shortDescription: input.shortDescription ?? notice.description.replace(/\s+/g, ' ').trim().slice(0, 200),
        description: notice.description,
        locationId: String(notice.location_id),
        assetIds: notice.asset_id ? [String(notice.asset_id)] : [],
        technicianId: input.technicianId,
        supervisorId: input.supervisorId,
        crewIds: input.crewIds,
        scheduledStart: input.scheduledStart,
        scheduledEnd: input.scheduledEnd,
        equipmentStopped: notice.equipment_stopped,
      });
      p.throwIfAny();
      const orderId = await insertWorkOrder(em, ctx, { ...values, noticeId: id });
      await em.execute(`update mantenimiento_aviso set status = 'IN_PROCESS', updated_at = now() where id = ?`, [id]);
      return orderId;
    });
    return await readWorkOrder(ctx.em, orderId);
  } catch (err) {
    return mapWriteError(err);
  }
}
