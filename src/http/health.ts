import { Router } from 'express';
import type { Pool } from 'pg';

/** Liveness and readiness, outside GraphQL and without login. */
export function healthRoutes(pool: Pool): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      await pool.query('select 1');
      res.json({ status: 'ok', database: 'up' });
    } catch {
      res.status(503).json({ status: 'unavailable', database: 'down' });
    }
  });
  return router;
}
