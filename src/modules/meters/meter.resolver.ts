import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { parseId } from '../../graphql/ids';
import type { ConnectionShape } from '../../graphql/pagination';
import { Asset } from '../assets/asset.entity';
import { consumption } from './consumption.service';
import { MeasurementPoint } from './measurement-point.entity';
import { createPoint, deletePoint, getPoint, pointsOfAssets } from './measurement-point.service';
import { updatePoint } from './measurement-point.service';
import { ConsumptionArgs, CreateMeasurementPointInput, ReadingInput, ReadingsArgs, UpdateMeasurementPointInput } from './meter.inputs';
import { ConsumptionBucket, ReadingConnection, ReadingsRecorded } from './meter.types';
import { Reading } from './reading.entity';
import { listReadings, recordReading, recordReadings } from './reading.service';
import { groupBy } from '../../graphql/loaders';

@Resolver(() => MeasurementPoint)
export class MeterResolver {
  @Query(() => [MeasurementPoint])
  measurementPoints(@Arg('assetId', () => ID) assetId: string, @Ctx() ctx: Context): Promise<MeasurementPoint[]> {
    return pointsOfAssets(ctx, [parseId(assetId, 'assetId')]);
  }

  @Query(() => MeasurementPoint)
  measurementPoint(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<MeasurementPoint> {
    return getPoint(ctx, id);
  }

  @Query(() => ReadingConnection, { description: "A point's readings, newest first." })
  readings(@Args() args: ReadingsArgs, @Ctx() ctx: Context): Promise<ConnectionShape<Reading>> {
    return listReadings(ctx, args);
  }

  @Query(() => [ConsumptionBucket], { description: 'Consumption per day or month and unit, for an asset or a location subtree.' })
  consumption(@Args() args: ConsumptionArgs, @Ctx() ctx: Context): Promise<ConsumptionBucket[]> {
    return consumption(ctx, args);
  }

  @Mutation(() => MeasurementPoint)
  createMeasurementPoint(@Arg('input') input: CreateMeasurementPointInput, @Ctx() ctx: Context): Promise<MeasurementPoint> {
    return createPoint(ctx, input);
  }

  @Mutation(() => MeasurementPoint)
  updateMeasurementPoint(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateMeasurementPointInput, @Ctx() ctx: Context): Promise<MeasurementPoint> {
    return updatePoint(ctx, id, input);
  }

  @Mutation(() => Boolean, { description: 'Refused while readings or schedules refer to it.' })
  deleteMeasurementPoint(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return deletePoint(ctx, id);
  }

  @Mutation(() => ReadingsRecorded)
  recordReading(@Arg('input') input: ReadingInput, @Ctx() ctx: Context): Promise<ReadingsRecorded> {
    return recordReading(ctx, input);
  }

  @Mutation(() => ReadingsRecorded, { description: 'Up to 5000 readings in one transaction; a bad row refuses all, naming its index.' })
  recordReadings(@Arg('readings', () => [ReadingInput]) readings: ReadingInput[], @Ctx() ctx: Context): Promise<ReadingsRecorded> {
    return recordReadings(ctx, readings);
  }
}

@Resolver(() => Asset)
export class AssetMeterFieldsResolver {
  @FieldResolver(() => [MeasurementPoint], { description: 'Measurement points (meters) of the asset.' })
  measurementPoints(@Root() asset: Asset, @Ctx() ctx: Context): Promise<MeasurementPoint[]> {
    return ctx.loaders
      .get<number, MeasurementPoint[]>('meters.pointsByAsset', async (ids) => groupBy(ids, await pointsOfAssets(ctx, ids), (p) => p.assetId))
      .load(asset.id);
  }
}
