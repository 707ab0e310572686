import { WorkOrderStatus as S, WorkOrderType as T } from './work-order.enums';

// The old system's Spanish codes for work-order status and type.

export const LEGACY_STATUS: Record<string, S> = {
  ESPERA: S.PENDING,
  PROGRAMADA: S.SCHEDULED,
  EJECUCION: S.IN_PROGRESS,
  REALIZADA: S.COMPLETED,
  CANCELADA: S.CANCELLED,
};

export const LEGACY_TYPE: Record<string, T> = {
  PREVENTIVA: T.PREVENTIVE,
  CORRECTIVA: T.CORRECTIVE,
  NO_PROGRAMADA: T.UNSCHEDULED,
};

const STATUS_TO_LEGACY = Object.fromEntries(Object.entries(LEGACY_STATUS).map(([k, v]) => [v, k])) as Record<S, string>;
const TYPE_TO_LEGACY = Object.fromEntries(Object.entries(LEGACY_TYPE).map(([k, v]) => [v, k])) as Record<T, string>;

export const legacyStatus = (s: S): string => STATUS_TO_LEGACY[s];
export const legacyType = (t: T): string => TYPE_TO_LEGACY[t];

/** A status given the old way (or the new way); undefined when it is neither. */
export function parseLegacyStatus(value: string): S | undefined {
  const v = value.trim().toUpperCase();
  return LEGACY_STATUS[v] ?? (Object.values(S) as string[]).find((s) => s === v) as S | undefined;
}

export function parseLegacyType(value: string): T | undefined {
  const v = value.trim().toUpperCase();
  return LEGACY_TYPE[v] ?? (Object.values(T) as string[]).find((s) => s === v) as T | undefined;
}
