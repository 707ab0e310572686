import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

const INCOMING_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * One log line per request (request id, user, GraphQL operation, status, duration),
 * and the request id in the X-Request-Id response header.
 */
export function requestLog(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    const incoming = req.get('x-request-id');
    req.requestId = incoming && INCOMING_ID.test(incoming) ? incoming : randomUUID();
    req.user = null;
    // Made on first use: most requests log nothing but the line below.
    let child: Logger | undefined;
    Object.defineProperty(req, 'log', {
      configurable: true,
      get: () => (child ??= logger.child({ reqId: req.requestId })),
    });
    res.setHeader('X-Request-Id', req.requestId);
    res.on('finish', () => {
      const body = req.body as { operationName?: unknown } | undefined;
      const operation =
        typeof body?.operationName === 'string'
          ? body.operationName
          : typeof req.query?.operationName === 'string'
            ? req.query.operationName
            : undefined;
      logger.info(
        {
          reqId: req.requestId,
          method: req.method,
          path: req.originalUrl.split('?')[0],
          user: req.user?.username ?? null,
          operation,
          status: res.statusCode,
          durationMs: Number(process.hrtime.bigint() - started) / 1e6,
        },
        'request',
      );
    });
    next();
  };
}
