import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import connectPgSimple from 'connect-pg-simple';
import express from 'express';
import session from 'express-session';
import { buildSchema, type GraphQLResolveInfo } from 'graphql';
import { handlers, pool } from './limit-handlers';

// The stack floor: the libraries the server is built on, with nothing of its own. Express 5, express-session reading the same session rows (connect-pg-simple, no touch),
// Apollo Server (cache control off, as in the server) and graphql-js executing the server's
// schema (schema.graphql) with the limit's SQL and JSON as its root fields: no CSRF check,
// no permission rules, no request log, no type-graphql, no MikroORM. The best any server on
// this stack could do; `npm run bench:floor` measures it against the server and the limit.
// Started with DATABASE_URL, SESSION_SECRET (the server's, so its login cookie is valid here) and PORT.

const ROOT_FIELDS: Record<string, string> = {
  searchAssets: 'SearchAssets',
  viewer: 'ViewerPins',
  workOrders: 'WorkOrderPage',
  workOrder: 'WorkOrderDetail',
};

// graphql-js's default resolver calls a function found on the root value with (args, context, info).
const rootValue = Object.fromEntries(
  Object.entries(ROOT_FIELDS).map(([field, operation]) => [
    field,
    async (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => (await handlers[operation]!(info.variableValues))[field],
  ]),
);

async function main(): Promise<void> {
  const schema = buildSchema(readFileSync(path.join(process.cwd(), 'schema.graphql'), 'utf8'));
  const apollo = new ApolloServer({
    schema,
    rootValue,
    introspection: false,
    plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  const PgStore = connectPgSimple(session);
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(
    session({
      name: process.env.SESSION_COOKIE_NAME ?? 'cmms_sessionid',
      secret: process.env.SESSION_SECRET ?? '',
      store: new PgStore({ pool, tableName: 'http_session', pruneSessionInterval: false, disableTouch: true }),
      resave: false,
      saveUninitialized: false,
      rolling: false,
      cookie: { httpOnly: true, sameSite: 'lax', path: '/' },
    }),
  );
  app.use(
    '/graphql',
    express.json(),
    // Logged-in callers only: the session row is read on every request, as in the server.
    (req, res, next) => ((req.session as { userId?: number }).userId ? next() : res.status(401).json({ errors: [{ message: 'not logged in' }] })),
    expressMiddleware(apollo),
  );
  const server = app.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
    process.stdout.write(`listening ${process.env.PORT}\n`);
  });
  server.keepAliveTimeout = 65_000;
  process.on('SIGTERM', () => {
    server.close();
    void apollo.stop().then(() => pool.end()).then(() => process.exit(0));
  });
}

void main();
