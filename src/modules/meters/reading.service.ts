import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { BadUserInputError } from '../../errors';
import { parseId } from '../../graphql/ids';
import { checkPageSize, decodeCursor, toConnection, type ConnectionShape } from '../../graphql/pagination';
import { Reading, ReadingSource } from './reading.entity';
import { BatchRejected, resolveReadingRows } from './reading-rows';
import { insertReadings, type ReadingsWritten } from './reading-write';
import type { ReadingInput, ReadingsArgs } from './meter.inputs';

// Readings by hand (one or a batch through GraphQL) and from work-order closures.

function toRaw(input: ReadingInput): Record<string, unknown> {
  return { pointId: input.pointId, value: input.value, readAt: (input.readAt ?? new Date()).toISOString(), reset: input.reset ?? false };
}

async function record(ctx: Context, inputs: ReadingInput[], source: ReadingSource, field: (i: number) => string): Promise<ReadingsWritten> {
  return ctx.em.transactional(async (em) => {
    let rows;
    try {
      rows = await resolveReadingRows(em, inputs.map(toRaw));
    } catch (err) {
      if (!(err instanceof BatchRejected)) throw err;
      const f = `${field(err.problem.index)}${err.problem.field ? `.${err.problem.field}` : ''}`;
      throw new BadUserInputError({ field: f, rule: 'reading', message: `${f}: ${err.problem.reason}.` });
    }
    return insertReadings(em, ctx.user, rows, source);
  });
}

export function recordReading(ctx: Context, input: ReadingInput): Promise<ReadingsWritten> {
  return record(ctx, [input], ReadingSource.MANUAL, () => 'input');
}

/** A batch in one transaction: a bad row refuses all of them, naming its index. */
export function recordReadings(ctx: Context, inputs: ReadingInput[]): Promise<ReadingsWritten> {
  if (inputs.length > 5000) throw new BadUserInputError({ field: 'readings', rule: 'max_items', message: 'readings takes at most 5000 rows per call (use the readings webhook for more).' });
  return record(ctx, inputs, ReadingSource.BULK, (i) => `readings[${i}]`);
}

/**
 * MEASUREMENT answers of a completed order whose step names a point code become readings
 * of that point, when exactly one asset of the order has a point with that code (with
 * several, one answer cannot tell whose meter it read). Already recorded ones are skipped.
 */
export async function recordChecklistReadings(em: EntityManager, ctx: Context, workOrderId: number, readAt: Date): Promise<void> {
  const rows = await em.execute<Array<{ point_id: number; value: string }>>(
    `select m.ids[1] as point_id, ans.number_value::text as value
     from mantenimiento_respuestapaso ans
     join mantenimiento_pasorutina s on s.id = ans.step_id
     cross join lateral (
       select array_agg(pt.id) as ids from mantenimiento_puntomedida pt
       join mantenimiento_ordentrabajo_activos oa on oa.asset_id = pt.asset_id and oa.work_order_id = ans.work_order_id
       where pt.code = s.measurement_point_code
     ) m
     where ans.work_order_id = ? and s.answer_type = 'MEASUREMENT' and s.measurement_point_code is not null
       and ans.number_value is not null and cardinality(m.ids) = 1
       and not exists (select 1 from mantenimiento_lectura l where l.work_order_id = ans.work_order_id and l.point_id = m.ids[1])`,
    [workOrderId],
  );
  await insertReadings(
    em,
    ctx.user,
    rows.map((r) => ({ pointId: r.point_id, value: r.value, readAt, reset: false, workOrderId })),
    ReadingSource.WORK_ORDER,
  );
}

interface ReadingRow {
  id: number;
  point_id: number;
  value: string;
  read_at: string;
  source: ReadingSource;
  reset: boolean;
  out_of_tolerance: boolean;
  technician_id: number | null;
  work_order_id: number | null;
  created_at: string;
}

/** A point's readings, newest first (keyset on read time and id). */
export async function listReadings(ctx: Context, args: ReadingsArgs): Promise<ConnectionShape<Reading>> {
  const first = checkPageSize(args.first);
  const cursor = decodeCursor(args.after, ['time', 'int']);
  const where = ['l.point_id = ?'];
  const params: unknown[] = [parseId(args.pointId, 'pointId')];
  if (args.from) {
    where.push('l.read_at >= ?');
    params.push(args.from);
  }
  if (args.to) {
    where.push('l.read_at < ?');
    params.push(args.to);
  }
  if (cursor) {
    where.push('(l.read_at, l.id) < (?::timestamptz, ?::int)');
    params.push(cursor[0], cursor[1]);
  }
  const rows = await ctx.em.execute<ReadingRow[]>(
    `select l.id, l.point_id, l.value::text as value, l.read_at, l.source, l.reset, l.out_of_tolerance, l.technician_id, l.work_order_id, l.created_at
     from mantenimiento_lectura l where ${where.join(' and ')} order by l.read_at desc, l.id desc limit ?`,
    [...params, first + 1],
  );
  return toConnection(rows, first, (r) => [new Date(r.read_at).toISOString(), r.id], (r) =>
    Object.assign(new Reading(), {
      id: r.id,
      pointId: r.point_id,
      value: r.value,
      readAt: new Date(r.read_at),
      source: r.source,
      reset: r.reset,
      outOfTolerance: r.out_of_tolerance,
      technicianId: r.technician_id,
      workOrderId: r.work_order_id,
      createdAt: new Date(r.created_at),
    }),
  );
}
