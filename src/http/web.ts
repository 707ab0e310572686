import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import type { AppServices } from '../context';

// The built web app (`npm run build:web` -> dist/web): the app at /app/ (every path
// under it answers the app's index.html, the app routes on the client) and the GraphQL
// playground at /graphql for browsers and at /playground when GRAPHQL_PLAYGROUND is on.
// Everything is served from this server: nothing comes from a CDN.

/** dist/web, from src/http (ts-node) or dist/src/http (compiled). */
export function defaultWebDir(): string {
  const root = path.resolve(__dirname, '..', '..');
  return path.basename(root) === 'dist' ? path.join(root, 'web') : path.join(root, 'dist', 'web');
}

const ASSET_CACHE = 'public, max-age=31536000, immutable';

export function webRoutes(services: AppServices, webDir = defaultWebDir()): Router {
  const router = Router();
  const { config } = services;

  // Vite names every asset after its content hash, so a browser may keep it for a year.
  router.use(
    '/app/assets',
    express.static(path.join(webDir, 'assets'), {
      index: false,
      fallthrough: false,
      setHeaders: (res) => res.setHeader('Cache-Control', ASSET_CACHE),
    }),
  );

  // Routing is not strict: '/app' also matches '/app/', which is the page itself.
  router.get('/app', (req, res, next) => (req.path === '/app' ? res.redirect(301, '/app/') : next()));
  router.get(['/app/', '/app/{*path}'], (req, res, next) => sendPage(req, res, next, path.join(webDir, 'app', 'index.html')));

  router.get(['/graphql', '/playground'], (req, res, next) => {
    if (!config.graphql.playground) return next();
    // GraphQL GET requests (a `query` parameter, or not asking for HTML) go on to Apollo.
    if (req.path === '/graphql' && (req.query.query !== undefined || req.accepts(['json', 'html']) !== 'html')) return next();
    return sendPage(req, res, next, path.join(webDir, 'playground', 'index.html'));
  });

  return router;
}

async function sendPage(req: Request, res: Response, next: NextFunction, file: string): Promise<void> {
  if (!existsSync(file)) {
    res.status(503).type('text').set('Cache-Control', 'no-store').send('The web app is not built: run `npm run build:web`.\n');
    return;
  }
  try {
    const html = await readFile(file, 'utf8');
    // The page reads the csrftoken cookie to send X-CSRFToken: make sure it has one.
    req.csrf?.getToken();
    res.status(200).type('html').set('Cache-Control', 'no-store').send(html);
  } catch (err) {
    next(err);
  }
}
