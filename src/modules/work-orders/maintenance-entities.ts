import { Notice } from '../notices/notice.entity';
import { Notification } from '../notifications/notification.entity';
import { Frequency } from '../routines/frequency.entity';
import { Routine } from '../routines/routine.entity';
import { RoutineStep } from '../routines/routine-step.entity';
import { ChecklistAnswer } from './checklist-answer.entity';
import { Downtime } from './downtime.entity';
import { WorkOrderAsset } from './work-order-asset.entity';
import { WorkOrderCodeCounter } from './work-order-code-counter.entity';
import { WorkOrderClosure } from './work-order-closure.entity';
import { WorkOrder } from './work-order.entity';
import { WorkOrderStatusChange } from './status-change.entity';

/** The maintenance entities (routines, notices, work orders, notifications), registered together. */
export const maintenanceEntities = [
  Frequency,
  Routine,
  RoutineStep,
  Notice,
  WorkOrder,
  WorkOrderAsset,
  WorkOrderCodeCounter,
  WorkOrderClosure,
  ChecklistAnswer,
  WorkOrderStatusChange,
  Downtime,
  Notification,
];
