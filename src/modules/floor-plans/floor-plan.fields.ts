import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { groupBy } from '../../graphql/loaders';
import { Asset } from '../assets/asset.entity';
import { Location } from '../locations/location.entity';
import { FloorPlan } from './floor-plan.entity';
import { Pin } from './pin.entity';
import { noticeLabel, pinsOfAsset, pinsOfViewer, pinViews } from './pin.queries';
import { PinLocation, type PinView } from './pin.types';
import { Viewer } from './viewer.entity';
import { viewerById, viewersOfPlan } from './viewer.rows';
import { locationById } from '../locations/location.loaders';

// Relations of plans, viewers and pins, batched per request through ctx.loaders.

/** The address clients load the image from: the upload route, else the external URL. */
export function planImageUrl(plan: FloorPlan): string | null {
  return plan.imageFile ? `/floor-plans/${plan.id}/image` : (plan.imageUrl ?? null);
}

function plansById(ctx: Context) {
  return ctx.loaders.get<number, FloorPlan | null>('floorPlan.byId', async (ids) => {
    const plans = await ctx.em.find(FloorPlan, { id: { $in: [...ids] } });
    const byId = new Map(plans.map((p) => [p.id, p]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

@Resolver(() => FloorPlan)
export class FloorPlanFieldsResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Where to load the image: `/floor-plans/<id>/image` for an upload, else the external address.' })
  imageUrl(@Root() plan: FloorPlan): string | null {
    return planImageUrl(plan);
  }

  @FieldResolver(() => Location, { nullable: true })
  location(@Root() plan: FloorPlan, @Ctx() ctx: Context): Promise<Location | null> | null {
    const id = plan.location?.id;
    if (!id) return null;
    return locationById(ctx).load(id);
  }

  @FieldResolver(() => [Viewer], { description: 'Pin layers over this plan, by name.' })
  viewers(@Root() plan: FloorPlan, @Ctx() ctx: Context): Promise<Viewer[]> {
    return viewersOfPlan(ctx).load(plan.id);
  }
}

@Resolver(() => Viewer)
export class ViewerFieldsResolver {
  @FieldResolver(() => ID)
  floorPlanId(@Root() viewer: Viewer): number {
    return viewer.floorPlan.id;
  }

  @FieldResolver(() => FloorPlan)
  async floorPlan(@Root() viewer: Viewer, @Ctx() ctx: Context): Promise<FloorPlan> {
    return (await plansById(ctx).load(viewer.floorPlan.id))!;
  }

  @FieldResolver(() => [Pin], { description: 'Every pin of the viewer, in creation order (one statement for all of them).' })
  pins(@Root() viewer: Viewer, @Ctx() ctx: Context): Promise<Pin[]> {
    return pinsOfViewer(ctx).load(viewer.id);
  }
}

/** Display data: already on pins from the pin queries (sync), else loaded in one batch. */
function viewed<T>(pin: Pin, ctx: Context, pick: (v: PinView) => T): T | Promise<T> {
  return pin.view ? pick(pin.view) : pinViews(ctx).load(pin.id).then(pick);
}

@Resolver(() => Pin)
export class PinFieldsResolver {
  @FieldResolver(() => ID)
  viewerId(@Root() pin: Pin, @Ctx() ctx: Context): number | Promise<number> {
    return viewed(pin, ctx, (v) => v.viewerId);
  }

  @FieldResolver(() => Viewer)
  async viewer(@Root() pin: Pin, @Ctx() ctx: Context): Promise<Viewer> {
    const viewerId = await viewed(pin, ctx, (v) => v.viewerId);
    return viewerById(ctx).load(viewerId) as Promise<Viewer>;
  }

  @FieldResolver(() => PinLocation, { nullable: true, description: 'The location (zone) the pin marks.' })
  location(@Root() pin: Pin, @Ctx() ctx: Context): PinLocation | null | Promise<PinLocation | null> {
    return viewed(pin, ctx, (v) => v.location);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The linked notice as displayed: `AV-<id>`.' })
  noticeLabel(@Root() pin: Pin): string | null {
    return pin.noticeId ? noticeLabel(pin.noticeId) : null;
  }

  @FieldResolver(() => String, { description: 'Asset name; else the notice `AV-<id>`; else "Unassigned".' })
  label(@Root() pin: Pin, @Ctx() ctx: Context): string | Promise<string> {
    return viewed(pin, ctx, (v) => v.label);
  }

  @FieldResolver(() => String, { description: 'Asset category icon; else "warning" for a notice; else "location".' })
  icon(@Root() pin: Pin, @Ctx() ctx: Context): string | Promise<string> {
    return viewed(pin, ctx, (v) => v.icon);
  }
}

@Resolver(() => Asset)
export class AssetPinsResolver {
  @FieldResolver(() => [Pin], { description: 'Where the asset is pinned (at most one pin per viewer).' })
  pins(@Root() asset: Asset, @Ctx() ctx: Context): Promise<Pin[]> {
    return pinsOfAsset(ctx).load(asset.id);
  }
}

@Resolver(() => Location)
export class LocationFloorPlansResolver {
  @FieldResolver(() => [FloorPlan], { description: 'Floor plans of this location, by name.' })
  floorPlans(@Root() location: Location, @Ctx() ctx: Context): Promise<FloorPlan[]> {
    return ctx.loaders
      .get<number, FloorPlan[]>('location.floorPlans', async (ids) => {
        const rows = await ctx.em.find(FloorPlan, { location: { $in: [...ids] } }, { orderBy: { name: 'asc', id: 'asc' } });
        return groupBy(ids, rows, (p) => p.location!.id);
      })
      .load(location.id);
  }
}
