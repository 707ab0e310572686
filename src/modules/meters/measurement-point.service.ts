import type { Context } from '../../context';
import { mapDeleteRestricted, mapUniqueViolation } from '../../db/constraint-errors';
import { intArray } from '../../db/sql';
import { NotFoundError, Problems } from '../../errors';
import { parseId } from '../../graphql/ids';
import { requiredText } from '../../graphql/validation';
import { stub } from '../../db/as-entity';
import { MeasurementPoint } from './measurement-point.entity';
import type { CreateMeasurementPointInput, UpdateMeasurementPointInput } from './meter.inputs';
import { meterDecimal } from './meter-values';

// Measurement points (meters) on assets.

const COLUMNS = `p.id, p.asset_id, p.name, p.code, p.unit, p.cumulative, p.target::text as target, p.tolerance::text as tolerance,
  p.rollover_value::text as rollover_value, p.open_notice, p.last_notice_id, p.created_at`;

const UNIQUE = { mantenimiento_puntomedida_asset_id_code_unique: ['code', 'The asset already has a measurement point with this code.'] as [string, string] };

interface PointRow {
  id: number;
  asset_id: number;
  name: string;
  code: string;
  unit: string;
  cumulative: boolean;
  target: string | null;
  tolerance: string | null;
  rollover_value: string | null;
  open_notice: boolean;
  last_notice_id: number | null;
  created_at: string;
}

function toPoint(r: PointRow): MeasurementPoint {
  return Object.assign(new MeasurementPoint(), {
    id: r.id,
    asset: stub(r.asset_id),
    assetId: r.asset_id,
    name: r.name,
    code: r.code,
    unit: r.unit,
    cumulative: r.cumulative,
    target: r.target,
    tolerance: r.tolerance,
    rolloverValue: r.rollover_value,
    openNotice: r.open_notice,
    lastNoticeId: r.last_notice_id,
    createdAt: new Date(r.created_at),
  });
}

export async function getPoint(ctx: Context, idArg: string | number): Promise<MeasurementPoint> {
  const id = parseId(idArg);
  const rows = await ctx.em.execute<PointRow[]>(`select ${COLUMNS} from mantenimiento_puntomedida p where p.id = ?`, [id]);
  if (!rows[0]) throw new NotFoundError('MeasurementPoint', id);
  return toPoint(rows[0]);
}

export async function pointsOfAssets(ctx: Context, assetIds: readonly number[]): Promise<MeasurementPoint[]> {
  const rows = await ctx.em.execute<PointRow[]>(
    `select ${COLUMNS} from mantenimiento_puntomedida p where p.asset_id = any(?::int[]) order by p.asset_id, p.code`,
    [intArray(assetIds)],
  );
  return rows.map(toPoint);
}

const CODE = /^[A-Za-z0-9_.-]{1,50}$/;

export async function createPoint(ctx: Context, input: CreateMeasurementPointInput): Promise<MeasurementPoint> {
  const p = new Problems();
  const assetId = parseId(input.assetId, 'assetId');
  const name = requiredText(p, 'name', input.name, 200);
  const code = requiredText(p, 'code', input.code, 50);
  if (code && !CODE.test(code)) p.add('code', 'format', 'code takes letters, digits, "_", "." and "-" only.');
  const unit = requiredText(p, 'unit', input.unit, 30);
  const target = meterDecimal(p, 'target', input.target);
  const tolerance = meterDecimal(p, 'tolerance', input.tolerance, { nonNegative: true });
  const rollover = meterDecimal(p, 'rolloverValue', input.rolloverValue, { positive: true });
  if (rollover !== null && !input.cumulative) p.add('rolloverValue', 'cumulative', 'Only cumulative meters roll over.');
  p.throwIfAny();
  const [asset] = await ctx.em.execute<Array<{ id: number }>>('select id from activos_activo where id = ?', [assetId]);
  if (!asset) p.add('assetId', 'exists', `Asset ${assetId} does not exist.`).throwIfAny();
  try {
    const [row] = await ctx.em.execute<Array<{ id: number }>>(
      `insert into mantenimiento_puntomedida (asset_id, name, code, unit, cumulative, target, tolerance, rollover_value, open_notice)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id`,
      [assetId, name, code, unit, input.cumulative, target, tolerance, rollover, input.openNotice],
    );
    return await getPoint(ctx, row!.id);
  } catch (err) {
    return mapUniqueViolation(err, UNIQUE);
  }
}

export async function updatePoint(ctx: Context, idArg: string, input: UpdateMeasurementPointInput): Promise<MeasurementPoint> {
  const current = await getPoint(ctx, idArg);
  const p = new Problems();
  const set: Record<string, unknown> = {};
  if (input.name != null) set.name = requiredText(p, 'name', input.name, 200);
  if (input.code != null) {
    set.code = requiredText(p, 'code', input.code, 50);
    if (set.code && !CODE.test(set.code as string)) p.add('code', 'format', 'code takes letters, digits, "_", "." and "-" only.');
  }
  if (input.unit != null) set.unit = requiredText(p, 'unit', input.unit, 30);
  if (input.target !== undefined) set.target = meterDecimal(p, 'target', input.target);
  if (input.tolerance !== undefined) set.tolerance = meterDecimal(p, 'tolerance', input.tolerance, { nonNegative: true });
  if (input.rolloverValue !== undefined) {
    set.rollover_value = meterDecimal(p, 'rolloverValue', input.rolloverValue, { positive: true });
    if (set.rollover_value !== null && !current.cumulative) p.add('rolloverValue', 'cumulative', 'Only cumulative meters roll over.');
  }
  if (input.openNotice != null) set.open_notice = input.openNotice;
  p.throwIfAny();
  const columns = Object.keys(set);
  if (columns.length) {
    try {
      await ctx.em.execute(`update mantenimiento_puntomedida set ${columns.map((c) => `${c} = ?`).join(', ')} where id = ?`, [...columns.map((c) => set[c]), current.id]);
    } catch (err) {
      mapUniqueViolation(err, UNIQUE);
    }
  }
  return getPoint(ctx, current.id);
}

/** Refused while readings or schedules refer to the point. */
export async function deletePoint(ctx: Context, idArg: string): Promise<boolean> {
  const id = parseId(idArg);
  try {
    const rows = await ctx.em.execute<Array<{ id: number }>>('delete from mantenimiento_puntomedida where id = ? returning id', [id]);
    if (!rows.length) throw new NotFoundError('MeasurementPoint', id);
    return true;
  } catch (err) {
    return mapDeleteRestricted(err, 'MeasurementPoint', id);
  }
}
