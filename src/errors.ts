import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';

// The few errors a client can see, each with a fixed code. Anything else is logged
// and masked as INTERNAL_SERVER_ERROR: no SQL text or stack trace ever leaves.

export const LOGIN_URL = '/admin/login/';

export class UnauthenticatedError extends GraphQLError {
  constructor() {
    super('Authentication required', {
      extensions: { code: 'UNAUTHENTICATED', redirect: LOGIN_URL, http: { status: 401 } },
    });
  }
}

export class ForbiddenError extends GraphQLError {
  /** `requiredPermission` is an `app.codename` string, or `is_staff`. */
  constructor(requiredPermission: string, message = 'Permission denied') {
    super(message, {
      extensions: { code: 'FORBIDDEN', required_permission: requiredPermission, http: { status: 403 } },
    });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(entity: string, id: string | number, field = 'id') {
    super(`${entity} ${id} does not exist`, { extensions: { code: 'NOT_FOUND', field, entity } });
  }
}

export interface FieldProblem {
  field: string;
  rule: string;
  message: string;
}

/** Invalid input; carries every problem found, each naming its field and rule. */
export class BadUserInputError extends GraphQLError {
  constructor(problems: FieldProblem[] | FieldProblem) {
    const list = Array.isArray(problems) ? problems : [problems];
    const first = list[0];
    super(list.map((p) => p.message).join(' '), {
      extensions: { code: 'BAD_USER_INPUT', field: first?.field, rule: first?.rule, problems: list },
    });
  }
}

export class ConflictError extends GraphQLError {
  constructor(message: string, field?: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code: 'CONFLICT', field, ...extra } });
  }
}

export class TooManyRequestsError extends GraphQLError {
  constructor(retryAfterS: number) {
    super('Too many failed login attempts. Try again later.', {
      extensions: { code: 'TOO_MANY_REQUESTS', retryAfter: retryAfterS, http: { status: 429 } },
    });
  }
}

/** Collects field problems so a service can report all of them at once. */
export class Problems {
  private readonly list: FieldProblem[] = [];
  add(field: string, rule: string, message: string): this {
    this.list.push({ field, rule, message });
    return this;
  }
  get any(): boolean {
    return this.list.length > 0;
  }
  throwIfAny(): void {
    if (this.list.length) throw new BadUserInputError(this.list);
  }
}

const PUBLIC_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'SERVICE_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Errors raised by the driver when the database is unreachable or saturated, including
 * the configured lock, statement and idle-in-transaction timeouts: worth a retry.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string; name?: string } | undefined;
  if (!e) return false;
  const code = e.code ?? '';
  if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08003', '08006', '53300', '55P03', '57014', '25P03'].includes(code)) {
    return true;
  }
  const msg = e.message ?? '';
  return /Connection terminated|timeout exceeded when trying to connect|Knex: Timeout acquiring a connection|connection.*(closed|terminated)|Client has encountered a connection error/i.test(msg);
}

/** Text the database cannot store (a NUL character): the client's input, not a fault. */
export function isUnstorableText(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code;
  return code === '22021' || code === '22P05';
}

/** Errors already logged with their request's logger and id (see graphql/error-reporting.plugin.ts). */
export const loggedErrors = new WeakSet<object>();

function alreadyLogged(error: unknown): boolean {
  return typeof error === 'object' && error !== null && loggedErrors.has(error);
}

export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code as string | undefined;
    if (original instanceof GraphQLError && code && PUBLIC_CODES.has(code)) {
      const { stacktrace: _drop, http: _http, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    if (isUnstorableText(original)) {
      return { message: 'Text may not contain NUL characters.', path: formatted.path, extensions: { code: 'BAD_USER_INPUT', rule: 'text' } };
    }
    if (isDatabaseUnavailable(original)) {
      if (!alreadyLogged(original)) logger.warn({ err: original }, 'database unavailable');
      return { message: 'Service temporarily unavailable', path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
    }
    if (!alreadyLogged(original)) logger.error({ err: original }, 'unexpected error');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
