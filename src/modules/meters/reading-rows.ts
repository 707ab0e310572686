import type { EntityManager } from '@mikro-orm/postgresql';
import { intArray } from '../../db/sql';
import { textArray } from '../notifications/notification.service';
import { decimalProblem } from './meter-values';
import type { NewReading } from './reading-write';
import { asDatabaseId } from '../../graphql/ids';

// Validation of raw reading rows (webhook JSON, bulk input): each row names its point by
// `pointId`, or by `asset` (the asset's internal code) and `point` (the point's code),
// and carries `value`, `readAt` (ISO 8601 with a zone: no naive times) and optional
// `reset`. The first bad row is reported with its index, field and reason.

export const MAX_BATCH = 10_000;
const FUTURE_SLACK_MS = 5 * 60_000;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

export interface RowProblem {
  index: number;
  field: string;
  reason: string;
}

export class BatchRejected extends Error {
  constructor(readonly problem: RowProblem) {
    super(`row ${problem.index}: ${problem.reason}`);
  }
}

interface Parsed {
  pointId: number | null;
  asset: string | null;
  point: string | null;
  value: string;
  readAt: Date;
  reset: boolean;
}

function parseRow(raw: unknown, index: number, now: number): Parsed {
  const fail = (field: string, reason: string): never => {
    throw new BatchRejected({ index, field, reason });
  };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) fail('', 'each reading must be an object');
  const r = raw as Record<string, unknown>;
  let pointId: number | null = null;
  let asset: string | null = null;
  let point: string | null = null;
  if (r.pointId !== undefined) {
    pointId = asDatabaseId(String(r.pointId));
    if (pointId === null) fail('pointId', 'pointId must be a positive whole number');
  } else {
    if (typeof r.asset !== 'string' || !r.asset.trim() || r.asset.length > 50) fail('asset', 'give pointId, or asset (internal code) and point (code)');
    if (typeof r.point !== 'string' || !r.point.trim() || r.point.length > 50) fail('point', 'give pointId, or asset (internal code) and point (code)');
    asset = (r.asset as string).trim();
    point = (r.point as string).trim();
  }
  const vp = decimalProblem(r.value);
  if (vp) fail('value', vp);
  if (typeof r.readAt !== 'string' || !ISO_INSTANT.test(r.readAt) || Number.isNaN(Date.parse(r.readAt))) {
    fail('readAt', 'readAt must be an ISO 8601 date-time with a zone (e.g. 2026-03-01T08:00:00Z)');
  }
  const readAt = new Date(r.readAt as string);
  if (readAt.getTime() > now + FUTURE_SLACK_MS) fail('readAt', 'readAt is in the future');
  if (r.reset !== undefined && typeof r.reset !== 'boolean') fail('reset', 'reset must be true or false');
  return { pointId, asset, point, value: String(r.value).trim(), readAt, reset: r.reset === true };
}

/** Parses and resolves a batch (one statement for the point lookups); throws BatchRejected on the first bad row. */
export async function resolveReadingRows(em: EntityManager, rows: unknown[]): Promise<NewReading[]> {
  if (rows.length > MAX_BATCH) throw new BatchRejected({ index: MAX_BATCH, field: '', reason: `at most ${MAX_BATCH} readings per batch` });
  const now = Date.now();
  const parsed = rows.map((raw, i) => parseRow(raw, i, now));
  const ids = [...new Set(parsed.filter((p) => p.pointId !== null).map((p) => p.pointId!))];
  const pairs = parsed.filter((p) => p.pointId === null);
  const found = await em.execute<Array<{ id: number; k: string | null }>>(
    `select p.id, null as k from mantenimiento_puntomedida p where p.id = any(?::int[])
     union all
     select p.id, a.internal_code || '|' || p.code as k from mantenimiento_puntomedida p join activos_activo a on a.id = p.asset_id
     where (a.internal_code, p.code) in (select * from unnest(?::text[], ?::text[]))`,
    [intArray(ids), textArray(pairs.map((p) => p.asset!)), textArray(pairs.map((p) => p.point!))],
  );
  const byId = new Set(found.filter((f) => f.k === null).map((f) => f.id));
  const byKey = new Map(found.filter((f) => f.k !== null).map((f) => [f.k!, f.id]));
  return parsed.map((p, index) => {
    const pointId = p.pointId ?? byKey.get(`${p.asset}|${p.point}`) ?? null;
    if (pointId === null || (p.pointId !== null && !byId.has(pointId))) {
      throw new BatchRejected({
        index,
        field: p.pointId !== null ? 'pointId' : 'point',
        reason: p.pointId !== null ? `measurement point ${p.pointId} does not exist` : `asset ${p.asset} has no measurement point ${p.point}`,
      });
    }
    return { pointId, value: p.value, readAt: p.readAt, reset: p.reset };
  });
}
