import { Pool } from 'pg';
import { DRIVER_TYPES, numberedSql } from '../src/db/prepared';
import { assetSearchSql, normalizeTerm } from '../src/modules/assets/asset-search.sql';
import { encodeCursor } from '../src/graphql/pagination';
import { BY_START, workOrderWhere } from '../src/modules/work-orders/work-order.search';
import type { WorkOrderFilter } from '../src/modules/work-orders/work-order.inputs';
import type { WorkOrderStatus } from '../src/modules/work-orders/work-order.enums';
import { WORK_ORDER_COLUMNS, WORK_ORDERS_BY_ID_SQL } from '../src/modules/work-orders/work-order.rows';
import { WORK_ORDER_ASSETS_SQL } from '../src/modules/work-orders/work-order.loaders';
import { ROUTINE_STEPS_SQL } from '../src/modules/routines/routine.loaders';
import { SELECT_PINS } from '../src/modules/floor-plans/pin.queries';
import { VIEWERS_BY_ID_SQL } from '../src/modules/floor-plans/viewer.rows';


// What the limit runs per workload (by operationName): the same SQL statements as the server,
// answered with the same JSON. bench/baseline-server.ts serves them over node:http, and
// bench/stack-floor-server.ts as the root fields of Apollo Server.

export type Handler = (variables: Record<string, unknown>) => Promise<Record<string, unknown>>;

export const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DB_POOL_MAX ?? 10),
  options: '-c TimeZone=UTC',
  // Dates as the text PostgreSQL sends, like the server's reads: cursors keep microseconds.
  types: DRIVER_TYPES,
  application_name: process.env.BENCH_APPLICATION_NAME ?? 'energy-cmms-bench-baseline',
});

/** knex-style `?` bindings to `$n`, as the server numbers them. */
const numbered = (sql: string): string => numberedSql(sql).text;

const iso = (v: string | null) => (v === null ? null : new Date(v).toISOString());

interface AssetRow { id: number; name: string; internal_code: string; state: string }
const assetJson = (a: AssetRow) => ({ id: String(a.id), name: a.name, internalCode: a.internal_code, state: a.state });

export const handlers: Record<string, Handler> = {
  Trivial: async () => ({ __typename: 'Query' }),

  async SearchAssets(v) {
    const { sql, params } = assetSearchSql({ term: normalizeTerm(v.q as string) }, 50);
    const { rows } = await pool.query<AssetRow>(numbered(sql), params);
    return { searchAssets: rows.map(assetJson) };
  },

  async ViewerPins(v) {
    const id = Number(v.id);
    const viewer = (await pool.query<{ id: number; name: string }>(numbered(VIEWERS_BY_ID_SQL), [`{${id}}`])).rows[0];
    if (!viewer) return { viewer: null };
    const { rows } = await pool.query(`${SELECT_PINS} where p.viewer_id = any($1::int[]) order by p.viewer_id, p.id`, [`{${id}}`]);
    return {
      viewer: {
        id: String(viewer.id),
        name: viewer.name,
        pins: rows.map((p) => ({
          id: String(p.id), x: p.x, y: p.y, color: p.color,
          asset: p.asset_id === null ? null : { id: String(p.asset_id), name: p.asset_name, internalCode: p.asset_code, state: p.asset_state },
        })),
      },
    };
  },

  async WorkOrderPage(v) {
    const { sql: where, params } = workOrderWhere({
      status: v.status as WorkOrderStatus[] | undefined,
      scheduledFrom: v.from ? new Date(v.from as string) : undefined,
      scheduledTo: v.to ? new Date(v.to as string) : undefined,
    } as WorkOrderFilter);
    const { rows } = await pool.query(
      numbered(`select ${WORK_ORDER_COLUMNS} from mantenimiento_ordentrabajo wo ${where.length ? `where ${where.join(' and ')}` : ''}
       order by ${BY_START} limit ?`),
      [...params, 51],
    );
    const page = rows.slice(0, 50);
    const edges = page.map((r) => ({
      cursor: encodeCursor([r.scheduled_start, r.id]),
      node: { id: String(r.id), code: r.code, status: r.status, priority: r.priority, scheduledStart: iso(r.scheduled_start), shortDescription: r.short_description },
    }));
    return { workOrders: { edges, pageInfo: { hasNextPage: rows.length > 50, endCursor: edges.length ? edges[edges.length - 1]!.cursor : null } } };
  },

  async WorkOrderDetail(v) {
    const id = Number(v.id);
    const order = (await pool.query(numbered(WORK_ORDERS_BY_ID_SQL), [`{${id}}`])).rows[0];
    if (!order) return { workOrder: null };
    const [assets, steps] = await Promise.all([
      pool.query<AssetRow>(numbered(WORK_ORDER_ASSETS_SQL), [`{${id}}`]),
      order.routine_id === null
        ? Promise.resolve({ rows: [] })
        : pool.query(numbered(ROUTINE_STEPS_SQL), [`{${order.routine_id}}`]),
    ]);
    return {
      workOrder: {
        id: String(order.id), code: order.code, status: order.status, priority: order.priority,
        scheduledStart: iso(order.scheduled_start), shortDescription: order.short_description,
        assets: assets.rows.map(assetJson),
        steps: steps.rows.map((s) => ({ id: String(s.id), order: s.sort_order, description: s.description, answerType: s.answer_type })),
      },
    };
  },
};
