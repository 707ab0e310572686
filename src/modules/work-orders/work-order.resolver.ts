import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { NotFoundError } from '../../errors';
import { parseId } from '../../graphql/ids';
import type { ConnectionShape } from '../../graphql/pagination';
import { deleteWorkOrders, mergeWorkOrders, rescheduleWorkOrders, splitWorkOrder } from './work-order-bulk.service';
import { WorkOrder } from './work-order.entity';
import { WorkOrderStatus } from './work-order.enums';
import { ChecklistAnswerInput, ClosureInput, CreateWorkOrderInput, UpdateWorkOrderInput, WorkOrdersArgs } from './work-order.inputs';
import { workOrderById } from './work-order.rows';
import { searchWorkOrders } from './work-order.search';
import { changeWorkOrderStatus, closeWorkOrder, createWorkOrder, updateWorkOrder } from './work-order.service';
import { DeleteWorkOrdersResult, RescheduleResult, SplitWorkOrderResult, WorkOrderConnection } from './work-order.types';

@Resolver(() => WorkOrder)
export class WorkOrderResolver {
  @Query(() => WorkOrderConnection, { description: 'Work orders, filtered; keyset pages ordered by scheduled start or by priority.' })
  workOrders(@Args() args: WorkOrdersArgs, @Ctx() ctx: Context): Promise<ConnectionShape<WorkOrder>> {
    return searchWorkOrders(ctx, args);
  }

  @Query(() => WorkOrder)
  async workOrder(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<WorkOrder> {
    const order = await workOrderById(ctx).load(parseId(id));
    if (!order) throw new NotFoundError('WorkOrder', id);
    return order;
  }

  @Mutation(() => WorkOrder, { description: 'Code from the database; SCHEDULED when a technician or a start is given, else PENDING.' })
  createWorkOrder(@Arg('input') input: CreateWorkOrderInput, @Ctx() ctx: Context): Promise<WorkOrder> {
    return createWorkOrder(ctx, input);
  }

  @Mutation(() => WorkOrder, { description: 'Changes fields, crew and assets of a non-final order; `version` must be the current one.' })
  updateWorkOrder(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: UpdateWorkOrderInput,
    @Ctx() ctx: Context,
  ): Promise<WorkOrder> {
    return updateWorkOrder(ctx, id, version, input);
  }

  @Mutation(() => WorkOrder, {
    description: 'Moves an order through the status machine. COMPLETED needs closeWorkOrder; COMPLETED -> IN_PROGRESS needs mantenimiento.reopen_ordentrabajo.',
  })
  changeWorkOrderStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => WorkOrderStatus) status: WorkOrderStatus,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ): Promise<WorkOrder> {
    return changeWorkOrderStatus(ctx, id, status, version, reason);
  }

  @Mutation(() => WorkOrder, { description: 'Completes an IN_PROGRESS order with its closure and checklist answers.' })
  closeWorkOrder(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('closure', () => ClosureInput) closure: ClosureInput,
    @Arg('checklist', () => [ChecklistAnswerInput], { defaultValue: [] }) checklist: ChecklistAnswerInput[],
    @Ctx() ctx: Context,
  ): Promise<WorkOrder> {
    return closeWorkOrder(ctx, id, version, closure, checklist);
  }

  @Mutation(() => RescheduleResult, {
    description: 'Moves orders to `date` keeping time of day (in `timeZone`) and duration, in one transaction; reports what did not move and why.',
  })
  rescheduleWorkOrders(
    @Arg('ids', () => [ID]) ids: string[],
    @Arg('date', { description: 'YYYY-MM-DD' }) date: string,
    @Arg('reason') reason: string,
    @Arg('timeZone', { defaultValue: 'UTC', description: 'IANA zone whose wall-clock time of day is kept.' }) timeZone: string,
    @Ctx() ctx: Context,
  ): Promise<RescheduleResult> {
    return rescheduleWorkOrders(ctx, ids, date, reason, timeZone);
  }

  @Mutation(() => SplitWorkOrderResult, { description: 'Moves one of the order\'s assets (it needs two or more) into a new order.' })
  splitWorkOrder(
    @Arg('id', () => ID) id: string,
    @Arg('assetId', () => ID) assetId: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ): Promise<SplitWorkOrderResult> {
    return splitWorkOrder(ctx, id, assetId, version);
  }

  @Mutation(() => WorkOrder, {
    description: 'Merges into the first id: same routine and location, none final. The others become CANCELLED "merged into <code>" and are kept.',
  })
  mergeWorkOrders(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context): Promise<WorkOrder> {
    return mergeWorkOrders(ctx, ids);
  }

  @Mutation(() => DeleteWorkOrdersResult, { description: 'Deletes PENDING and SCHEDULED orders; reports the others with the reason.' })
  deleteWorkOrders(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context): Promise<DeleteWorkOrdersResult> {
    return deleteWorkOrders(ctx, ids);
  }
}
