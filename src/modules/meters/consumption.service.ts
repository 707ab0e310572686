import type { Context } from '../../context';
import { subtreeIdsSql } from '../../db/tree';
import { BadUserInputError, Problems } from '../../errors';
import { parseOptionalId } from '../../graphql/ids';
import { isValidTimeZone } from '../calendars/calendar-slots';
import { deltaSql } from './consumption.sql';
import { Granularity, type ConsumptionArgs } from './meter.inputs';
import { ConsumptionBucket } from './meter.types';

// Consumption per day or month (cut in a time zone) and unit, for one asset or a location
// subtree, in one statement: cumulative meters count their advance between consecutive
// readings of the period (so over a period: last minus first, see consumption.sql.ts for
// resets and rollover), attributed to the bucket of the later reading; interval meters
// add their values.

const MAX_DAYS = { [Granularity.DAY]: 1_000, [Granularity.MONTH]: 3_660 };

export async function consumption(ctx: Context, args: ConsumptionArgs): Promise<ConsumptionBucket[]> {
  const p = new Problems();
  const assetId = parseOptionalId(args.assetId, 'assetId');
  const locationId = parseOptionalId(args.locationId, 'locationId');
  if ((assetId === null) === (locationId === null)) p.add('assetId', 'one_of', 'Give assetId or locationId (one of them).');
  if (!isValidTimeZone(args.timeZone)) p.add('timeZone', 'time_zone', `timeZone must be an IANA zone like Europe/Madrid (got "${args.timeZone.slice(0, 64)}").`);
  const days = (args.to.getTime() - args.from.getTime()) / 86_400_000;
  if (!(days > 0)) p.add('to', 'after_start', 'to must be after from.');
  else if (days > MAX_DAYS[args.granularity]) p.add('to', 'range', `A ${args.granularity} breakdown covers at most ${MAX_DAYS[args.granularity]} days.`);
  p.throwIfAny();
  const scope = assetId !== null ? 'p.asset_id = ?' : `p.asset_id in (select id from activos_activo where location_id in ${subtreeIdsSql('activos_ubicacion')})`;
  try {
    const rows = await ctx.em.execute<Array<{ period: string; unit: string; consumption: string; readings: number; points: number }>>(
      `with r as (
         select l.point_id, p.unit, p.cumulative, p.rollover_value, l.read_at, l.value, l.reset,
           lag(l.value) over (partition by l.point_id order by l.read_at, l.id) as prev
         from mantenimiento_lectura l join mantenimiento_puntomedida p on p.id = l.point_id
         where ${scope} and l.read_at >= ? and l.read_at < ?
       )
       select to_char(date_trunc(?, r.read_at at time zone ?), 'YYYY-MM-DD') as period, r.unit,
         sum(case when r.cumulative then ${deltaSql('r')} else r.value end)::text as consumption,
         count(*)::int as readings, count(distinct r.point_id)::int as points
       from r group by 1, 2 order by 1, 2`,
      [assetId ?? locationId, args.from, args.to, args.granularity, args.timeZone],
    );
    return rows.map((r) => Object.assign(new ConsumptionBucket(), r));
  } catch (err) {
    if ((err as { code?: string }).code === '22023') throw new BadUserInputError({ field: 'timeZone', rule: 'time_zone', message: 'timeZone is not known to the database.' });
    throw err;
  }
}
