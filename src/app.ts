import http from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import cors from 'cors';
import helmet from 'helmet';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { Pool } from 'pg';
import type { Config } from './config';
import { createContext, type AppServices, type Context } from './context';
import { createFormatError, isDatabaseUnavailable, isUnstorableText } from './errors';
import { createAuthMiddleware } from './http/auth-session';
import { createCsrfMiddleware, defaultFailure, FAILURE_MESSAGE } from './http/csrf';
import { healthRoutes } from './http/health';
import { escapeHtml } from './http/html';
import { legacyRoutes } from './http/legacy';
import { webRoutes } from './http/web';
import { webhookRoutes } from './http/webhooks';
import { loginPageRoutes } from './http/login-page';
import { requestLog } from './http/request-log';
import { createSessionMiddleware, SessionStore } from './http/session';
import { anonymousGatePlugin } from './graphql/anonymous-gate.plugin';
import { errorReportingPlugin } from './graphql/error-reporting.plugin';
import { nulGuardPlugin, rejectNulCharacters } from './http/text-guard';
import { PubSub } from './graphql/pubsub';
import { attachSubscriptions, type TrustProxy } from './graphql/subscriptions';
import { MAX_TOKENS, queryLimits } from './graphql/armor';
import { isReadOnlyGraphQLRequest } from './graphql/read-only-request';
import { LoginThrottle } from './modules/auth/login-throttle';
import { buildAppSchema } from './schema';
import { auditContextMiddleware } from './modules/audit/audit-context';

export interface CreateAppOptions {
  config: Config;
  orm: MikroORM;
  logger: Logger;
  /** The plain pg pool (AppServices.pool). */
  pool: Pool;
  schema?: GraphQLSchema;
}

export interface App {
  app: express.Express;
  server: http.Server;
  apollo: ApolloServer<Context>;
  services: AppServices;
  /** Stops the WebSocket server, Apollo (draining the HTTP server), the session store and live updates; the caller closes orm and pool. */
  close(): Promise<void>;
}

export const GRAPHQL_PATH = '/graphql';

/** Builds the Express app and Apollo; never listens (tests drive it directly). */
export async function createApp(opts: CreateAppOptions): Promise<App> {
  const { config, orm, logger, pool } = opts;
  const sessionStore = new SessionStore(pool);
  const loginThrottle = new LoginThrottle(pool, config.loginThrottle);
  const pubsub = new PubSub({ pool, logger });
  await pubsub.start();
  const services: AppServices = { config, orm, pool, logger, sessionStore, loginThrottle, pubsub };
  const schema = opts.schema ?? (await buildAppSchema());

  const app = express();
  const server = http.createServer(app);
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.set('query parser', 'simple');
  // No ETag on Express answers (GraphQL and the JSON routes): Express would hash every body
  // for a 304 that GraphQL POSTs never get. Static files and plan images keep serve-static's.
  app.set('etag', false);

  app.use(requestLog(logger));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          styleSrc: ["'self'", "'unsafe-inline'"],
          scriptSrc: ["'self'"],
          // 'self' covers ws:/wss: to this host (CSP Level 3): subscriptions, nowhere else.
          connectSrc: ["'self'"],
          // The playground's editor runs its language services in workers built into /app/assets.
          workerSrc: ["'self'", 'blob:'],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
          objectSrc: ["'none'"],
          upgradeInsecureRequests: config.session.cookieSecure ? [] : null,
        },
      },
      strictTransportSecurity: config.session.cookieSecure,
      // Django's default. With helmet's no-referrer, browsers send `Origin: null` on same-origin
      // POSTs (forms and fetch), which the CSRF origin check must refuse.
      referrerPolicy: { policy: 'same-origin' },
    }),
  );
  app.use(healthRoutes(pool));

  if (config.corsAllowedOrigins.length) {
    const allowed = new Set(config.corsAllowedOrigins);
    app.use(
      cors({
        // Only listed origins get CORS headers; others are never reflected.
        origin: (origin, cb) => cb(null, origin !== undefined && allowed.has(origin)),
        credentials: true,
        allowedHeaders: ['Content-Type', 'X-CSRFToken', 'X-Request-Id', 'Apollo-Require-Preflight'],
        exposedHeaders: ['X-Request-Id'],
        maxAge: 600,
      }),
    );
  }

  // Signed webhooks: raw body, no CSRF, no session (before the parsers and middleware below).
  app.use(webhookRoutes(services));
  app.use(express.json({ limit: config.bodyLimit }));
  app.use(express.urlencoded({ extended: false, limit: config.bodyLimit, parameterLimit: 100 }));
  app.use(rejectNulCharacters());
  app.use(
    createCsrfMiddleware({
      cookieName: config.csrf.cookieName,
      headerName: 'x-csrftoken',
      formField: 'csrfmiddlewaretoken',
      cookieSecure: config.csrf.cookieSecure,
      cookieSameSite: 'lax',
      cookieMaxAgeSeconds: 31449600,
      trustedOrigins: config.csrf.trustedOrigins,
      isReadOnly: (req) => isReadOnlyGraphQLRequest(req, GRAPHQL_PATH),
      onFailure: (req, res, reason) => {
        req.log?.warn({ reason, path: req.path }, 'csrf refused');
        if (req.accepts(['json', 'html']) === 'html' && !req.path.startsWith(GRAPHQL_PATH)) {
          res.status(403).type('html').send(`<!doctype html><title>403 Forbidden</title><h1>Forbidden (403)</h1><p>${FAILURE_MESSAGE}</p><p>${escapeHtml(reason)}</p>`);
          return;
        }
        defaultFailure(req, res, reason);
      },
    }),
  );
  app.use(createSessionMiddleware(config, sessionStore));
  app.use(createAuthMiddleware(orm, config));
  app.use(auditContextMiddleware());
  app.use((req: Request, res: Response, next: NextFunction) => {
    // Nothing personal is ever kept by a shared cache or the browser's back button.
    if (req.user || req.session?.userId) res.setHeader('Cache-Control', 'no-store');
    next();
  });

  app.get('/csrf/', (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ csrfToken: req.csrf!.getToken() });
  });
  app.use(loginPageRoutes(services));
  app.use(legacyRoutes(services));
  app.use(webRoutes(services));

  const limits = queryLimits({ development: config.nodeEnv === 'development' });
  const apollo = new ApolloServer<Context>({
    schema,
    validationRules: limits.validationRules,
    parseOptions: { maxTokens: MAX_TOKENS },
    csrfPrevention: true,
    introspection: config.graphql.introspection,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.nodeEnv !== 'development',
    allowBatchedHttpRequests: false,
    // Only full documents: a hash alone could name a mutation without the CSRF check above.
    persistedQueries: false,
    // main.ts owns SIGTERM/SIGINT (drain, close pools, exit 0); Apollo's own handler
    // would race it outside NODE_ENV=test.
    stopOnTerminationSignals: false,
    formatError: createFormatError(logger),
    logger,
    plugins: [
      ...limits.plugins,
      anonymousGatePlugin(),
      errorReportingPlugin(),
      nulGuardPlugin(),
      ApolloServerPluginDrainHttpServer({ httpServer: server, stopGracePeriodMillis: config.shutdownGraceMs }),
      // Nothing uses cache hints; the plugin costs time on every field of wide lists.
      ApolloServerPluginCacheControlDisabled(),
      config.graphql.landingPage && !config.graphql.playground
        ? ApolloServerPluginLandingPageLocalDefault({ embed: false, includeCookies: true })
        : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  app.use(
    GRAPHQL_PATH,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => createContext(services, req.user, { req, res }),
    }),
  );

  const subscriptions = attachSubscriptions({
    server,
    schema,
    services,
    path: GRAPHQL_PATH,
    validationRules: limits.validationRules,
    trustProxy: app.get('trust proxy fn') as TrustProxy,
  });

  app.use((req: Request, res: Response) => {
    res.status(404).json({ error: 'Not found', path: req.path });
  });
  app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const e = err as { status?: number; statusCode?: number; type?: string; expose?: boolean; message?: string };
    const status = e.statusCode ?? e.status;
    if (status && status >= 400 && status < 500 && e.expose) {
      res.status(status).json({ error: e.message ?? 'Bad request', code: e.type === 'entity.too.large' ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' });
      return;
    }
    if (isUnstorableText(err)) {
      res.status(400).json({ error: 'Text may not contain NUL characters.', code: 'BAD_USER_INPUT' });
      return;
    }
    if (isDatabaseUnavailable(err)) {
      req.log?.warn({ err }, 'database unavailable');
      res.setHeader('Retry-After', '1');
      res.status(503).json({ error: 'Service temporarily unavailable', code: 'SERVICE_UNAVAILABLE' });
      return;
    }
    req.log?.error({ err }, 'unhandled error');
    res.status(500).json({ error: 'Internal server error', code: 'INTERNAL_SERVER_ERROR' });
  });

  return {
    app,
    server,
    apollo,
    services,
    async close() {
      await subscriptions.close();
      await apollo.stop();
      sessionStore.close();
      await pubsub.close();
    },
  };
}
