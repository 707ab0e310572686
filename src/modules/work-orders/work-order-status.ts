import { hasPerm, type AuthUser } from '../auth/auth-user';
import { BadUserInputError, ForbiddenError } from '../../errors';
import { WorkOrderStatus as S } from './work-order.enums';

// The work-order status machine (DOMAIN.md §5), the only place transitions are decided:
//   PENDING -> SCHEDULED (needs a technician or a scheduled start) -> IN_PROGRESS -> COMPLETED
//   any non-final -> CANCELLED;  COMPLETED -> IN_PROGRESS (reopen, with the reopen permission)
// COMPLETED is reached only through a closure (closeWorkOrder).

export const REOPEN_PERMISSION = 'mantenimiento.reopen_ordentrabajo';

export const TRANSITIONS: Readonly<Record<S, readonly S[]>> = {
  [S.PENDING]: [S.SCHEDULED, S.CANCELLED],
  [S.SCHEDULED]: [S.IN_PROGRESS, S.CANCELLED],
  [S.IN_PROGRESS]: [S.COMPLETED, S.CANCELLED],
  [S.COMPLETED]: [S.IN_PROGRESS],
  [S.CANCELLED]: [],
};

export const FINAL_STATUSES: readonly S[] = [S.COMPLETED, S.CANCELLED];
export const OPEN_STATUSES: readonly S[] = [S.PENDING, S.SCHEDULED, S.IN_PROGRESS];

/** `('PENDING', 'SCHEDULED', 'IN_PROGRESS')`, for `status in ...` in SQL (enum constants, nothing from input). */
export const OPEN_STATUS_LIST_SQL = `(${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')})`;

export function isFinal(status: S): boolean {
  return FINAL_STATUSES.includes(status);
}

export interface TransitionFacts {
  /** How the change is asked for: a plain status change, or a closure. */
  via: 'change' | 'close';
  user: AuthUser | null;
  hasTechnician: boolean;
  hasScheduledStart: boolean;
}

/** The reason a transition is refused, or null when it is allowed. */
export function transitionProblem(from: S, to: S, facts: Omit<TransitionFacts, 'user'>): string | null {
  const base = `Cannot change status from ${from} to ${to}`;
  if (from === to) return `${base}: the order is already ${to}.`;
  if (!TRANSITIONS[from].includes(to)) return `${base}.`;
  if (to === S.COMPLETED && facts.via !== 'close') return `${base}: completing an order needs a closure (closeWorkOrder).`;
  if (to !== S.COMPLETED && facts.via === 'close') return `${base}.`;
  if (from === S.PENDING && to === S.SCHEDULED && !facts.hasTechnician && !facts.hasScheduledStart) {
    return `${base}: assign a technician or a scheduled start first.`;
  }
  return null;
}

/**
 * Refuses a transition the machine does not allow (BAD_USER_INPUT on `status`, naming
 * both states), and a reopen without the reopen permission (FORBIDDEN).
 */
export function assertTransition(from: S, to: S, facts: TransitionFacts): void {
  const problem = transitionProblem(from, to, facts);
  if (problem) {
    throw new BadUserInputError({ field: 'status', rule: 'transition', message: problem });
  }
  if (from === S.COMPLETED && to === S.IN_PROGRESS && !hasPerm(facts.user, REOPEN_PERMISSION)) {
    throw new ForbiddenError(REOPEN_PERMISSION);
  }
}
