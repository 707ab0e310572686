import { NoticeFieldsResolver, NoticeResolver } from '../notices/notice.resolver';
import { NotificationResolver } from '../notifications/notification.resolver';
import { RoutineFieldsResolver } from '../routines/routine-fields.resolver';
import { AssetMaintenanceFieldsResolver } from './asset-maintenance-fields.resolver';
import { WorkOrderClosureFieldsResolver, WorkOrderFieldsResolver, WorkOrderStatusChangeFieldsResolver } from './work-order-fields.resolver';
import { WorkOrderResolver } from './work-order.resolver';

/** The maintenance resolvers (work orders, notices, notifications, routine fields), registered together. */
export const maintenanceResolvers = [
  WorkOrderResolver,
  WorkOrderFieldsResolver,
  WorkOrderStatusChangeFieldsResolver,
  WorkOrderClosureFieldsResolver,
  NoticeResolver,
  NoticeFieldsResolver,
  NotificationResolver,
  RoutineFieldsResolver,
  AssetMaintenanceFieldsResolver,
];
