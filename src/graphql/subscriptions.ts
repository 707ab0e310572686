import http, { type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { TLSSocket } from 'node:tls';
import { GraphQLError, getOperationAST, parse, specifiedRules, validate, type GraphQLSchema, type ValidationRule } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Request, Response } from 'express';
import { createContext, type AppServices } from '../context';
import { createFormatError } from '../errors';
import { createAuthMiddleware } from '../http/auth-session';
import { createOriginCheck } from '../http/csrf';
import { createSessionMiddleware } from '../http/session';
import type { AuthUser } from '../modules/auth/auth-user';
import { MAX_TOKENS } from './armor';

// GraphQL subscriptions over WebSocket (graphql-ws) on the HTTP server's own port and
// path. The upgrade is refused unless the Origin is this server's or a trusted one and
// the session cookie belongs to an active user; the user is loaded again when the
// connection is initialised and for every subscription started, with its permissions.
// Only subscriptions go over the socket: queries and mutations keep the CSRF-checked POST.

export interface SubscriptionServer {
  close(): Promise<void>;
}

export function attachSubscriptions(opts: {
  server: http.Server;
  schema: GraphQLSchema;
  services: AppServices;
  path: string;
  /** The query limits of the HTTP endpoint (graphql-armor's validation rules). */
  validationRules: ValidationRule[];
  /** The Express app's 'trust proxy fn', so the upgrade's scheme is read as for HTTP requests. */
  trustProxy: TrustProxy;
}): SubscriptionServer {
  const { server, schema, services, path } = opts;
  const { config, logger } = services;
  const authenticate = sessionAuthenticator(services);
  const rules = [...specifiedRules, ...opts.validationRules];
  const formatError = createFormatError(logger);
  // The Origin rule of the CSRF middleware (a browser sends Origin on every WebSocket handshake).
  const originAllowed = createOriginCheck(config.csrf.trustedOrigins);
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    // A client that resets the connection during the checks must not crash the process.
    socket.on('error', () => socket.destroy());
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== path) return refuse(socket, 404);
    const origin = req.headers.origin;
    if (origin === undefined || !originAllowed(origin, requestOrigin(req, opts.trustProxy))) {
      logger.warn({ origin: req.headers.origin, path }, 'websocket refused: origin');
      return refuse(socket, 403);
    }
    authenticate(req).then(
      (user) => {
        if (!user) return refuse(socket, 401);
        wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
      },
      (err: unknown) => {
        logger.warn({ err }, 'websocket refused: session check failed');
        refuse(socket, 503);
      },
    );
  };
  server.on('upgrade', onUpgrade);

  const graphqlWs = useServer(
    {
      schema,
      // Refused with 4403 Forbidden when the session ended since the upgrade.
      onConnect: async (ctx) => (await authenticate(ctx.extra.request)) !== null,
      onSubscribe: async (ctx, _id, payload) => {
        let document;
        try {
          document = parse(payload.query, { maxTokens: MAX_TOKENS });
        } catch (err) {
          return [err instanceof GraphQLError ? err : new GraphQLError('Syntax error')];
        }
        const op = getOperationAST(document, payload.operationName);
        if (!op || op.operation !== 'subscription') {
          return [new GraphQLError('Only subscriptions are accepted over WebSocket; send queries and mutations with POST /graphql.', { extensions: { code: 'BAD_REQUEST' } })];
        }
        const errors = validate(schema, document, rules);
        if (errors.length) return errors;
        const user = await authenticate(ctx.extra.request);
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: createContext(services, user),
        };
      },
      onNext: (_ctx, _id, _payload, _args, result) => {
        if (!result.errors?.length) return;
        return { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) };
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e.toJSON(), e)),
    },
    wss,
  );

  return {
    async close() {
      server.off('upgrade', onUpgrade);
      await graphqlWs.dispose();
    },
  };
}

/**
 * The user behind the request's session cookie, or null: the same session middleware
 * and user check as HTTP requests (signature, store, idle and absolute expiry, password
 * changes, deactivation), reading the session from the store again on every call.
 */
function sessionAuthenticator(services: AppServices): (req: IncomingMessage) => Promise<AuthUser | null> {
  const [sessionMiddleware] = createSessionMiddleware(services.config, services.sessionStore);
  const authMiddleware = createAuthMiddleware(services.orm, services.config);
  const run = (mw: (req: Request, res: Response, next: (err?: unknown) => void) => unknown, req: Request, res: Response) =>
    new Promise<void>((resolve, reject) => {
      void mw(req, res, (err?: unknown) => (err ? reject(err) : resolve()));
    });
  return async (incoming) => {
    // A fresh view of the request: express-session skips requests that have a session already.
    const req = Object.create(incoming) as Request;
    const res = new http.ServerResponse(incoming) as unknown as Response;
    await run(sessionMiddleware as never, req, res);
    await run(authMiddleware, req, res);
    return req.user ?? null;
  };
}

/** Express's trust-proxy decision ('trust proxy fn'): whether the hop at `i` may set X-Forwarded-* headers. */
export type TrustProxy = (address: string | undefined, i: number) => boolean;

/**
 * The upgrade request's own origin, scheme as Express's req.protocol gives it (TLS, or the
 * first X-Forwarded-Proto from a trusted proxy) and the Host header: what the CSRF
 * middleware compares Origin with on a POST.
 */
function requestOrigin(req: IncomingMessage, trustProxy: TrustProxy): string | undefined {
  const host = req.headers.host;
  if (host === undefined) return undefined;
  let scheme = (req.socket as TLSSocket).encrypted ? 'https' : 'http';
  const forwarded = req.headers['x-forwarded-proto'];
  if (typeof forwarded === 'string' && forwarded !== '' && trustProxy(req.socket.remoteAddress, 0)) {
    scheme = forwarded.split(',')[0]!.trim();
  }
  return `${scheme}://${host}`;
}

function refuse(socket: Duplex, status: number): void {
  const body = JSON.stringify({ error: http.STATUS_CODES[status], status });
  socket.once('finish', () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
