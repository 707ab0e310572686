import { registerEnumType } from 'type-graphql';

export enum WorkOrderType {
  PREVENTIVE = 'PREVENTIVE',
  CORRECTIVE = 'CORRECTIVE',
  UNSCHEDULED = 'UNSCHEDULED',
}
registerEnumType(WorkOrderType, { name: 'WorkOrderType', description: 'Old codes: PREVENTIVA, CORRECTIVA, NO_PROGRAMADA.' });

/** Declared from least to most severe, like the database enum `work_order_priority`. */
export enum Priority {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  CRITICAL = 'CRITICAL',
}
registerEnumType(Priority, { name: 'Priority', description: 'Ranked by severity: LOW < MEDIUM < HIGH < CRITICAL.' });

export const PRIORITY_RANK: Record<Priority, number> = { LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 };

export enum WorkOrderStatus {
  PENDING = 'PENDING',
  SCHEDULED = 'SCHEDULED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(WorkOrderStatus, {
  name: 'WorkOrderStatus',
  description: 'Old codes: ESPERA, PROGRAMADA, EJECUCION, REALIZADA, CANCELADA.',
});
