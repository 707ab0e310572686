import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import type { GraphQLResolveInfo } from 'graphql';
import type { IMiddlewareFunction } from 'graphql-middleware';
import type { Context } from '../../context';

/** Who is changing data, in which request and through which operation. */
export interface AuditContext {
  actor_id: number | null;
  request_id: string | null;
  /** The mutation field, or `METHOD /path` for REST. */
  operation: string | null;
  /** The GraphQL operation name the client gave, if any. */
  operation_name: string | null;
}

const storage = new AsyncLocalStorage<AuditContext>();

export function currentAuditContext(): AuditContext | undefined {
  return storage.getStore();
}

export function runWithAuditContext<T>(ctx: AuditContext, work: () => T): T {
  return storage.run(ctx, work);
}

/** Per HTTP request, after authentication: REST writes are attributed to `METHOD /path`. */
export function auditContextMiddleware() {
  return (req: Request, _res: Response, next: NextFunction) => {
    storage.run(
      {
        actor_id: req.user?.id ?? null,
        request_id: req.requestId ?? null,
        operation: `${req.method} ${req.baseUrl}${req.path}`.slice(0, 200),
        operation_name: null,
      },
      next,
    );
  };
}

/**
 * Wraps each root mutation field (mutations run one after another): what it writes is
 * attributed to the field, the caller and the request of its GraphQL context.
 */
export const auditMutationField: IMiddlewareFunction = (resolve, root, args, ctx: Context, info: GraphQLResolveInfo) =>
  storage.run(
    {
      actor_id: ctx.user?.id ?? null,
      request_id: ctx.requestId,
      operation: info.fieldName,
      operation_name: info.operation.name?.value.slice(0, 200) ?? null,
    },
    () => resolve(root, args, ctx, info),
  );
