import express, { type NextFunction, type Request, type Response, Router } from 'express';
import type { AppServices } from '../context';
import { handleWebhook, type Endpoint } from '../modules/webhooks/webhook.service';

// POST /webhooks/readings and /webhooks/notices: mounted before the JSON parser, CSRF and
// sessions (external systems have neither cookies nor tokens); authenticated by the HMAC
// signature over the raw body instead. The raw parser (10 MB, enough for 10,000
// readings) applies to these paths only.

export const WEBHOOK_BODY_LIMIT = '10mb';

export function webhookRoutes(app: AppServices): Router {
  const router = Router();
  const raw = express.raw({ type: () => true, limit: WEBHOOK_BODY_LIMIT });
  const handle = (endpoint: Endpoint) => async (req: Request, res: Response, next: NextFunction) => {
    try {
      const answer = await handleWebhook(app, endpoint, {
        source: req.get('x-webhook-source'),
        timestamp: req.get('x-timestamp'),
        signature: req.get('x-signature'),
        idempotencyKey: req.get('idempotency-key'),
        body: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
      });
      res.setHeader('Cache-Control', 'no-store');
      if (answer.replayed) res.setHeader('Idempotent-Replayed', 'true');
      if (answer.status >= 400) req.log?.warn({ endpoint, status: answer.status, error: answer.body.error }, 'webhook refused');
      res.status(answer.status).json(answer.body);
    } catch (err) {
      next(err);
    }
  };
  router.post('/webhooks/readings', raw, handle('readings'));
  router.post('/webhooks/notices', raw, handle('notices'));
  router.all(['/webhooks/readings', '/webhooks/notices'], (_req, res) => {
    res.status(405).setHeader('Allow', 'POST').json({ error: 'method_not_allowed', message: 'Use POST.' });
  });
  return router;
}
