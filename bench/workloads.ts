import type { Client } from 'pg';
import { rareWordOf } from '../src/db/seeders/bulk-data';
import { ASSET_SEARCH_EXPR, escapeLike } from '../src/modules/assets/asset-search.sql';
import type { DataSize } from './options';

// The measured requests: one GraphQL operation each, with variables drawn per request from a
// list generated here (deterministic: a seeded generator over the deterministic data set).
// The baseline server answers the very same bodies.

export type WorkloadId = 'W0' | 'W1' | 'W2' | 'W3' | 'W4' | 'W5';

export interface Target {
  /** Minimum requests/s as a share of the baseline's. */
  ratio: number;
  p99Ms?: number;
  /** Most SQL statements per request allowed (a fixed number, whatever the data). */
  maxStatements?: number;
}

export interface Workload {
  id: WorkloadId;
  title: string;
  operationName: string;
  query: string;
  target?: Target;
  variables(c: Client, size: DataSize, random: () => number): Promise<Array<Record<string, unknown>>>;
}

export const VARIABLE_COUNT = 400;

/** mulberry32: a small seeded generator, so every run draws the same lists. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(list: readonly T[], random: () => number): T => list[Math.floor(random() * list.length)]!;

const COMMON_WORDS = ['pump', 'transformer', 'breaker', 'inverter', 'meter', 'chiller', 'fan coil', 'valve', 'switchgear', 'compressor'];
const STATUSES = ['PENDING', 'SCHEDULED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED'];

async function idsOf(c: Client, sql: string, random: () => number): Promise<Array<Record<string, unknown>>> {
  const ids = (await c.query<{ id: number }>(sql)).rows.map((r) => String(r.id));
  if (!ids.length) throw new Error(`no rows for: ${sql}`);
  return Array.from({ length: VARIABLE_COUNT }, () => ({ id: pick(ids, random) }));
}

export const WORKLOADS: Workload[] = [
  {
    id: 'W0',
    title: 'trivial query',
    operationName: 'Trivial',
    query: 'query Trivial { __typename }',
    variables: async () => [{}],
  },
  {
    id: 'W1',
    title: 'search, rare term',
    operationName: 'SearchAssets',
    query: 'query SearchAssets($q: String!) { searchAssets(q: $q, limit: 50) { id name internalCode state } }',
    target: { ratio: 0.75, p99Ms: 50 },
    // Description words of three syllables: about assets / 32768 rows each; kept when 10-50 rows match.
    async variables(c, size, random) {
      const [min, max] = size.assets >= 300_000 ? [10, 50] : [1, 50];
      const terms = new Set<string>();
      for (let tries = 0; terms.size < 60 && tries < 400; tries++) terms.add(rareWordOf(1 + Math.floor(random() * size.assets)));
      const kept: string[] = [];
      for (const term of terms) {
        const { rows } = await c.query<{ n: number }>(
          `select count(*)::int as n from activos_activo a where ${ASSET_SEARCH_EXPR} like $1`,
          [`%${escapeLike(term)}%`],
        );
        if (rows[0]!.n >= min && rows[0]!.n <= max) kept.push(term);
      }
      if (!kept.length) throw new Error('no rare term with 10-50 matches');
      return Array.from({ length: VARIABLE_COUNT }, () => ({ q: pick(kept, random) }));
    },
  },
  {
    id: 'W2',
    title: 'search, common word (name order)',
    operationName: 'SearchAssets',
    query: 'query SearchAssets($q: String!) { searchAssets(q: $q, limit: 50) { id name internalCode state } }',
    target: { ratio: 0.75, p99Ms: 100 },
    // Each family word is in 10% of the names: 100,000 matches for a million assets.
    variables: async (_c, _size, random) => Array.from({ length: VARIABLE_COUNT }, () => ({ q: pick(COMMON_WORDS, random) })),
  },
  {
    id: 'W3',
    title: "a viewer's pins with their assets",
    operationName: 'ViewerPins',
    query: 'query ViewerPins($id: ID!) { viewer(id: $id) { id name pins { id x y color asset { id name internalCode state } } } }',
    target: { ratio: 0.45, maxStatements: 4 },
    variables: (c, _size, random) => idsOf(c, "select id from activos_visorplano where name like 'Bench viewer %' order by id", random),
  },
  {
    id: 'W4',
    title: 'work orders: a page of 50 by status and dates',
    operationName: 'WorkOrderPage',
    query:
      'query WorkOrderPage($status: [WorkOrderStatus!], $from: DateTimeISO, $to: DateTimeISO) { ' +
      'workOrders(filter: { status: $status, scheduledFrom: $from, scheduledTo: $to }, first: 50) { ' +
      'edges { cursor node { id code status priority scheduledStart shortDescription } } pageInfo { hasNextPage endCursor } } }',
    target: { ratio: 0.6 },
    // A 30-day window somewhere in the two generated years, one status.
    variables: async (_c, _size, random) =>
      Array.from({ length: VARIABLE_COUNT }, () => {
        const from = new Date(Date.UTC(2025, 0, 1) + Math.floor(random() * 700) * 86_400_000);
        return { status: [pick(STATUSES, random)], from: from.toISOString(), to: new Date(from.getTime() + 30 * 86_400_000).toISOString() };
      }),
  },
  {
    id: 'W5',
    title: 'one work order with assets and steps',
    operationName: 'WorkOrderDetail',
    query:
      'query WorkOrderDetail($id: ID!) { workOrder(id: $id) { id code status priority scheduledStart shortDescription ' +
      'assets { id name internalCode state } steps { id order description answerType } } }',
    target: { ratio: 0.8 },
    variables: (c, _size, random) =>
      idsOf(c, "select id from mantenimiento_ordentrabajo where description = 'Generated order' order by id", random),
  },
];

/** One JSON request body per line: the file the load script draws from. */
export function requestBodies(w: Workload, variables: Array<Record<string, unknown>>): string[] {
  return variables.map((v) => JSON.stringify({ operationName: w.operationName, query: w.query, variables: v }));
}
