import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { intArray } from '../../db/sql';
import { checkPageSize } from '../../graphql/pagination';
import { groupBy } from '../../graphql/loaders';
import { Asset } from '../assets/asset.entity';
import { Downtime } from './downtime.entity';
import { WorkOrder } from './work-order.entity';
import { toDate } from '../../db/as-entity';
import { toWorkOrder, WORK_ORDER_COLUMNS, type WorkOrderRow } from './work-order.rows';
import { OPEN_STATUS_LIST_SQL } from './work-order-status';
import { OPEN_NOTICE_STATUS_LIST_SQL } from '../notices/notice.entity';

// Maintenance facts about assets, batched per page of assets. The manual `state` of an
// asset is never touched: whether it is stopped is derived from open orders and notices.

const limit = (n: number) => checkPageSize(n, 'first', 100);

@Resolver(() => Asset)
export class AssetMaintenanceFieldsResolver {
  @FieldResolver(() => Boolean, {
    description: 'An open work order or notice on the asset says the equipment is stopped (derived; `state` is left as set).',
  })
  stopped(@Root() asset: Asset, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.loaders
      .get<number, boolean>('maintenance.asset.stopped', async (ids) => {
        const rows = await ctx.em.execute<Array<{ id: number }>>(
          `select a.id from unnest(?::int[]) as a(id)
           where exists (select 1 from mantenimiento_ordentrabajo_activos x join mantenimiento_ordentrabajo wo on wo.id = x.work_order_id
                         where x.asset_id = a.id and wo.equipment_stopped and wo.status in ${OPEN_STATUS_LIST_SQL})
              or exists (select 1 from mantenimiento_aviso n
                         where n.asset_id = a.id and n.equipment_stopped and n.status in ${OPEN_NOTICE_STATUS_LIST_SQL})`,
          [intArray(ids)],
        );
        const set = new Set(rows.map((r) => r.id));
        return ids.map((id) => set.has(id));
      })
      .load(asset.id);
  }

  @FieldResolver(() => [WorkOrder], { description: 'Work orders on the asset, latest scheduled first (open ones only unless openOnly is false).' })
  workOrders(
    @Root() asset: Asset,
    @Arg('openOnly', { defaultValue: true }) openOnly: boolean,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Ctx() ctx: Context,
  ): Promise<WorkOrder[]> {
    const n = limit(first);
    return ctx.loaders
      .get<number, WorkOrder[]>(`maintenance.asset.workOrders:${openOnly}:${n}`, async (ids) => {
        const rows = await ctx.em.execute<Array<WorkOrderRow & { asset_id: number }>>(
          `select * from (
             select x.asset_id, ${WORK_ORDER_COLUMNS},
               row_number() over (partition by x.asset_id order by wo.scheduled_start desc nulls first, wo.id desc) as rn
             from mantenimiento_ordentrabajo_activos x join mantenimiento_ordentrabajo wo on wo.id = x.work_order_id
             where x.asset_id = any(?::int[]) ${openOnly ? `and wo.status in ${OPEN_STATUS_LIST_SQL}` : ''}
           ) t where t.rn <= ? order by t.asset_id, t.rn`,
          [intArray(ids), n],
        );
        return groupBy(ids, rows, (r) => r.asset_id).map((list) => list.map(toWorkOrder));
      })
      .load(asset.id);
  }

  @FieldResolver(() => [Downtime], { description: 'Periods the asset was stopped, latest first.' })
  downtimes(@Root() asset: Asset, @Arg('first', () => Int, { defaultValue: 20 }) first: number, @Ctx() ctx: Context): Promise<Downtime[]> {
    const n = limit(first);
    return ctx.loaders
      .get<number, Downtime[]>(`maintenance.asset.downtimes:${n}`, async (ids) => {
        const rows = await ctx.em.execute<Array<{ id: number; asset_id: number; work_order_id: number | null; notice_id: number | null; started_at: string; ended_at: string | null }>>(
          `select * from (
             select p.id, p.asset_id, p.work_order_id, p.notice_id, p.started_at, p.ended_at,
               row_number() over (partition by p.asset_id order by p.started_at desc, p.id desc) as rn
             from mantenimiento_parada p where p.asset_id = any(?::int[])
           ) t where t.rn <= ? order by t.asset_id, t.rn`,
          [intArray(ids), n],
        );
        return groupBy(ids, rows, (r) => r.asset_id).map((list) =>
          list.map((r) =>
            Object.assign(new Downtime(), {
              id: r.id,
              workOrderId: r.work_order_id,
              noticeId: r.notice_id,
              startedAt: toDate(r.started_at),
              endedAt: toDate(r.ended_at),
            }),
          ),
        );
      })
      .load(asset.id);
  }
}
