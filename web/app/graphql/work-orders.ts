import { gql } from '@apollo/client';

export const WORK_ORDER_ROW = gql`
  fragment WorkOrderRow on WorkOrder {
    id code type status priority shortDescription scheduledStart version
    location { id name }
    technician { id displayName }
  }
`;

export const WORK_ORDERS = gql`
  ${WORK_ORDER_ROW}
  query WorkOrders($filter: WorkOrderFilter, $after: String, $orderBy: WorkOrderOrder!) {
    workOrders(first: 30, after: $after, filter: $filter, orderBy: $orderBy) {
      edges { node { ...WorkOrderRow } }
      pageInfo { endCursor hasNextPage }
    }
  }
`;

export const WORK_ORDER = gql`
  ${WORK_ORDER_ROW}
  query WorkOrder($id: ID!) {
    workOrder(id: $id) {
      ...WorkOrderRow
      description notes equipmentStopped startedAt scheduledEnd locationPath
      supervisor { id displayName }
      crew { id displayName }
      assets { id name internalCode }
      routine { id code name }
      steps { id order description answerType unit min max target }
      checklist { id stepId checked numberValue textValue comment }
      closure { actualStart actualEnd manHours comments materials closedAt closedBy { displayName } }
      history { id at fromStatus toStatus reason user { displayName } }
    }
  }
`;

export const CHANGE_STATUS = gql`
  ${WORK_ORDER_ROW}
  mutation ChangeWorkOrderStatus($id: ID!, $status: WorkOrderStatus!, $version: Int!, $reason: String) {
    changeWorkOrderStatus(id: $id, status: $status, version: $version, reason: $reason) { ...WorkOrderRow history { id at fromStatus toStatus reason user { displayName } } }
  }
`;

export const CLOSE_WORK_ORDER = gql`
  ${WORK_ORDER_ROW}
  mutation CloseWorkOrder($id: ID!, $version: Int!, $closure: ClosureInput!, $checklist: [ChecklistAnswerInput!]!) {
    closeWorkOrder(id: $id, version: $version, closure: $closure, checklist: $checklist) {
      ...WorkOrderRow
      checklist { id stepId checked numberValue textValue comment }
      closure { actualStart actualEnd manHours comments materials closedAt closedBy { displayName } }
      history { id at fromStatus toStatus reason user { displayName } }
    }
  }
`;

export const WORK_ORDER_CHANGED = gql`
  ${WORK_ORDER_ROW}
  subscription WorkOrderChanged($locationId: ID, $technicianId: ID) {
    workOrderChanged(locationId: $locationId, technicianId: $technicianId) { kind workOrderId workOrder { ...WorkOrderRow } }
  }
`;

export const STATUSES = ['PENDING', 'SCHEDULED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED'] as const;
export const PRIORITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;

// The status machine as the server applies it; the server still decides.
export const NEXT_STATUSES: Record<string, string[]> = {
  PENDING: ['SCHEDULED', 'CANCELLED'],
  SCHEDULED: ['IN_PROGRESS', 'CANCELLED'],
  IN_PROGRESS: ['CANCELLED'],
  COMPLETED: ['IN_PROGRESS'],
  CANCELLED: [],
};

export type WorkOrderRowData = {
  id: string;
  code: string;
  type: string;
  status: string;
  priority: string;
  shortDescription: string;
  scheduledStart: string | null;
  version: number;
  location: { id: string; name: string };
  technician: { id: string; displayName: string } | null;
};
