import type { WorkOrderRowData } from '../graphql/work-orders';

export type Step = { id: string; order: number; description: string; answerType: string; unit: string; min: string | null; max: string | null; target: string | null };

export type WorkOrderDetail = WorkOrderRowData & {
  description: string;
  notes: string;
  equipmentStopped: boolean;
  startedAt: string | null;
  scheduledEnd: string | null;
  locationPath: string;
  supervisor: { id: string; displayName: string } | null;
  crew: Array<{ id: string; displayName: string }>;
  assets: Array<{ id: string; name: string; internalCode: string }>;
  routine: { id: string; code: string; name: string } | null;
  steps: Step[];
  checklist: Array<{ id: string; stepId: string; checked: boolean | null; numberValue: string | null; textValue: string; comment: string }>;
  closure: { actualStart: string; actualEnd: string; manHours: string; comments: string; materials: string; closedAt: string; closedBy: { displayName: string } | null } | null;
  history: Array<{ id: string; at: string; fromStatus: string | null; toStatus: string; reason: string; user: { displayName: string } | null }>;
};
