import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { FloorPlan } from './floor-plan.entity';
import { FloorPlanInput, FloorPlansArgs, FloorPlanUpdateInput, SavePinInput, ViewerInput, ViewerUpdateInput } from './floor-plan.inputs';
import { createFloorPlan, deleteFloorPlan, getFloorPlan, listFloorPlans, updateFloorPlan } from './floor-plan.service';
import { Pin } from './pin.entity';
import { deletePin, savePin } from './pin.service';
import { Viewer } from './viewer.entity';
import { createViewer, deleteViewer, getViewer, listViewers, updateViewer } from './viewer.service';

@Resolver()
export class FloorPlanResolver {
  @Query(() => [FloorPlan], { description: 'Floor plans by name, optionally of one location (at most 200).' })
  floorPlans(@Args() args: FloorPlansArgs, @Ctx() ctx: Context): Promise<FloorPlan[]> {
    return listFloorPlans(ctx, args);
  }

  @Query(() => FloorPlan)
  floorPlan(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<FloorPlan> {
    return getFloorPlan(ctx, id);
  }

  @Mutation(() => FloorPlan, { description: 'Upload the image with `POST /floor-plans/<id>/image` (multipart, field `image`).' })
  createFloorPlan(@Arg('input') input: FloorPlanInput, @Ctx() ctx: Context): Promise<FloorPlan> {
    return createFloorPlan(ctx, input);
  }

  @Mutation(() => FloorPlan)
  updateFloorPlan(@Arg('id', () => ID) id: string, @Arg('input') input: FloorPlanUpdateInput, @Ctx() ctx: Context): Promise<FloorPlan> {
    return updateFloorPlan(ctx, id, input);
  }

  @Mutation(() => ID, { description: 'Refused while the plan has viewers, unless removeViewers is true (then its viewers and pins go too).' })
  deleteFloorPlan(
    @Arg('id', () => ID) id: string,
    @Arg('removeViewers', { defaultValue: false }) removeViewers: boolean,
    @Ctx() ctx: Context,
  ): Promise<number> {
    return deleteFloorPlan(ctx, id, removeViewers);
  }

  @Query(() => [Viewer], { description: 'Viewers of a floor plan, by name (at most 200).' })
  viewers(
    @Arg('planId', () => ID) planId: string,
    @Arg('take', () => Int, { defaultValue: 100 }) take: number,
    @Ctx() ctx: Context,
  ): Promise<Viewer[]> {
    return listViewers(ctx, planId, take);
  }

  @Query(() => Viewer, { description: 'A viewer with its plan and all its pins.' })
  viewer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Viewer> {
    return getViewer(ctx, id);
  }

  @Mutation(() => Viewer)
  createViewer(@Arg('input') input: ViewerInput, @Ctx() ctx: Context): Promise<Viewer> {
    return createViewer(ctx, input);
  }

  @Mutation(() => Viewer)
  updateViewer(@Arg('id', () => ID) id: string, @Arg('input') input: ViewerUpdateInput, @Ctx() ctx: Context): Promise<Viewer> {
    return updateViewer(ctx, id, input);
  }

  @Mutation(() => ID, { description: 'Refused while the viewer has pins, unless removePins is true.' })
  deleteViewer(
    @Arg('id', () => ID) id: string,
    @Arg('removePins', { defaultValue: false }) removePins: boolean,
    @Ctx() ctx: Context,
  ): Promise<number> {
    return deleteViewer(ctx, id, removePins);
  }

  @Mutation(() => Pin, {
    description:
      'Creates a pin (no id; needs activos.add_pinplano) or updates one (needs activos.change_pinplano). ' +
      'An asset can be pinned once per viewer (CONFLICT naming it).',
  })
  savePin(@Arg('input') input: SavePinInput, @Ctx() ctx: Context): Promise<Pin> {
    return savePin(ctx, input);
  }

  @Mutation(() => ID)
  deletePin(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<number> {
    return deletePin(ctx, id);
  }
}
