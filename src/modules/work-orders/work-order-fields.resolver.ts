import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Asset } from '../assets/asset.entity';
import { userById } from '../users/user.loaders';
import { User } from '../auth/user.entity';
import { Location } from '../locations/location.entity';
import { locationById, locationPath } from '../locations/location.loaders';
import { Notice } from '../notices/notice.entity';
import { noticeById } from '../notices/notice.rows';
import { Routine } from '../routines/routine.entity';
import { routineById } from '../routines/routine.loaders';
import { RoutineStep } from '../routines/routine-step.entity';
import { routineSteps } from '../routines/routine.loaders';
import { ChecklistAnswer } from './checklist-answer.entity';
import { WorkOrderClosure } from './work-order-closure.entity';
import { WorkOrder } from './work-order.entity';
import { workOrderAssets, workOrderChecklist, workOrderClosure, workOrderCrew, workOrderHistory } from './work-order.loaders';
import { WorkOrderStatusChange } from './status-change.entity';

const user = (ctx: Context, id: number | null | undefined) => (id ? userById(ctx).load(id) : Promise.resolve(null));

@Resolver(() => WorkOrder)
export class WorkOrderFieldsResolver {
  @FieldResolver(() => Location)
  async location(@Root() wo: WorkOrder, @Ctx() ctx: Context): Promise<Location> {
    return (await locationById(ctx).load(wo.locationId))!;
  }

  @FieldResolver(() => String, { description: 'Location names from the root, joined with " / ".' })
  async locationPath(@Root() wo: WorkOrder, @Ctx() ctx: Context): Promise<string> {
    return (await locationPath(ctx).load(wo.locationId)).map((l) => l.name).join(' / ');
  }

  @FieldResolver(() => [Asset])
  assets(@Root() wo: WorkOrder, @Ctx() ctx: Context): Promise<Asset[]> {
    return workOrderAssets(ctx).load(wo.id);
  }

  @FieldResolver(() => User, { nullable: true })
  technician(@Root() wo: WorkOrder, @Ctx() ctx: Context): Promise<User | null> {
    return user(ctx, wo.technicianId);
  }

  @FieldResolver(() => User, { nullable: true })
  supervisor(@Root() wo: WorkOrder, @Ctx() ctx: Context): Promise<User | null> {
    return user(ctx, wo.supervisorId);
  }

  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() wo: WorkOrder, @Ctx() ctx: Context): Promise<User | null> {
    return user(ctx, wo.createdById);
  }

  @FieldResolver(() => [User])
  crew(@Root() wo: WorkOrder, @Ctx() ctx: Context): Promise<User[]> {
    return workOrderCrew(ctx).load(wo.id);
  }

  @FieldResolver(() => Routine, { nullable: true })
  async routine(@Root() wo: WorkOrder, @Ctx() ctx: Context): Promise<Routine | null> {
    return wo.routineId ? routineById(ctx).load(wo.routineId) : null;
  }

  @FieldResolver(() => [RoutineStep], { description: "The routine's steps, in order (empty without a routine)." })
  async steps(@Root() wo: WorkOrder, @Ctx() ctx: Context): Promise<RoutineStep[]> {
    return wo.routineId ? routineSteps(ctx).load(wo.routineId) : [];
  }

  @FieldResolver(() => [ChecklistAnswer])
  checklist(@Root() wo: WorkOrder, @Ctx() ctx: Context): Promise<ChecklistAnswer[]> {
    return workOrderChecklist(ctx).load(wo.id);
  }

  @FieldResolver(() => WorkOrderClosure, { nullable: true })
  closure(@Root() wo: WorkOrder, @Ctx() ctx: Context): Promise<WorkOrderClosure | null> {
    return workOrderClosure(ctx).load(wo.id);
  }

  @FieldResolver(() => [WorkOrderStatusChange], { description: 'Status changes, oldest first.' })
  history(@Root() wo: WorkOrder, @Ctx() ctx: Context): Promise<WorkOrderStatusChange[]> {
    return workOrderHistory(ctx).load(wo.id);
  }

  @FieldResolver(() => Notice, { nullable: true })
  async notice(@Root() wo: WorkOrder, @Ctx() ctx: Context): Promise<Notice | null> {
    return wo.noticeId ? noticeById(ctx).load(wo.noticeId) : null;
  }
}

@Resolver(() => WorkOrderStatusChange)
export class WorkOrderStatusChangeFieldsResolver {
  @FieldResolver(() => User, { nullable: true })
  user(@Root() change: WorkOrderStatusChange, @Ctx() ctx: Context): Promise<User | null> {
    return user(ctx, change.userId);
  }
}

@Resolver(() => WorkOrderClosure)
export class WorkOrderClosureFieldsResolver {
  @FieldResolver(() => User, { nullable: true })
  closedBy(@Root() closure: WorkOrderClosure, @Ctx() ctx: Context): Promise<User | null> {
    return user(ctx, closure.closedById);
  }
}
