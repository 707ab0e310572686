import { Router, type NextFunction, type Request, type Response } from 'express';
import multer from 'multer';
import { GraphQLError } from 'graphql';
import { createContext, type AppServices } from '../../context';
import { requireStaffPerms } from '../../http/legacy/guards';
import { planImageUrl } from './floor-plan.fields';
import { storePlanImage } from './plan-image.service';
import { planImagePath } from './plan-image.storage';
import { asDatabaseId } from '../../graphql/ids';

// Plan images over HTTP: upload (multipart, field `image`, token in the X-CSRFToken
// header since the CSRF check runs before the body is read) and download. Both sit
// behind the session, staff and permission rules; errors are JSON.

const IMAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
const EXT: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/svg+xml': 'svg' };

function fail(res: Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}): void {
  res.status(status).json({ error: message, code, ...extra });
}

function sendGraphQLError(res: Response, err: unknown, next: NextFunction): void {
  if (!(err instanceof GraphQLError)) return next(err);
  const ext = err.extensions as { code?: string; field?: string; rule?: string; required_permission?: string };
  const status = { BAD_USER_INPUT: 400, NOT_FOUND: 404, FORBIDDEN: 403, UNAUTHENTICATED: 401, CONFLICT: 409 }[ext.code ?? ''];
  if (!status) return next(err);
  const { field, rule, required_permission } = ext;
  fail(res, status, ext.code!, err.message, { field, rule, required_permission });
}

export function floorPlanImageRoutes(services: AppServices): Router {
  const router = Router();
  const maxBytes = services.config.uploads.maxBytes;
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxBytes, files: 1, fields: 5, fieldSize: 1024, parts: 6, headerPairs: 50 },
  }).single('image');

  router.post(
    '/floor-plans/:id/image',
    requireStaffPerms('activos.change_plano'),
    (req: Request, res: Response, next: NextFunction) => {
      upload(req, res, (err: unknown) => {
        if (!err) return next();
        if (err instanceof multer.MulterError) {
          if (err.code === 'LIMIT_FILE_SIZE') {
            return fail(res, 400, 'FILE_TOO_LARGE', `The file is larger than the ${maxBytes} bytes allowed.`, { field: 'image', rule: 'max_size' });
          }
          return fail(res, 400, 'BAD_USER_INPUT', `Send one image file in the multipart field "image" (${err.message}).`, { field: 'image', rule: 'multipart' });
        }
        fail(res, 400, 'BAD_USER_INPUT', 'The multipart body could not be read.', { field: 'image', rule: 'multipart' });
      });
    },
    async (req: Request, res: Response, next: NextFunction) => {
      if (!req.file) {
        return fail(res, 400, 'BAD_USER_INPUT', 'Send the image as multipart/form-data in the field "image".', { field: 'image', rule: 'required' });
      }
      try {
        const ctx = createContext(services, req.user, { req, res });
        const plan = await storePlanImage(ctx, String(req.params.id), req.file.buffer);
        res.json({
          id: String(plan.id),
          imageUrl: planImageUrl(plan),
          contentType: plan.imageContentType,
          width: plan.width ?? null,
          height: plan.height ?? null,
        });
      } catch (err) {
        sendGraphQLError(res, err, next);
      }
    },
  );

  router.get('/floor-plans/:id/image', requireStaffPerms('activos.view_plano'), async (req: Request, res: Response, next: NextFunction) => {
    try {
      const id = asDatabaseId(String(req.params.id));
      if (id === null) return fail(res, 404, 'NOT_FOUND', 'Floor plan not found.');
      const rows = await services.orm.em
        .fork()
        .getConnection()
        .execute<Array<{ image_file: string | null; image_content_type: string | null }>>(
          'select image_file, image_content_type from activos_plano where id = ?',
          [id],
        );
      const row = rows[0];
      if (!row) return fail(res, 404, 'NOT_FOUND', `Floor plan ${id} does not exist.`);
      const file = row.image_file && planImagePath(services.config, row.image_file);
      const ext = row.image_content_type && EXT[row.image_content_type];
      if (!file || !ext) return fail(res, 404, 'NOT_FOUND', `Floor plan ${id} has no uploaded image.`);
      res.setHeader('Content-Type', row.image_content_type!);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      // Scripts inside an SVG never run: no sources allowed, and a sandboxed origin even when opened directly.
      res.setHeader('Content-Security-Policy', IMAGE_CSP);
      res.setHeader('Content-Disposition', `inline; filename="floor-plan-${id}.${ext}"`);
      res.sendFile(file, { cacheControl: false, dotfiles: 'deny' }, (err) => {
        if (err && !res.headersSent) fail(res, 404, 'NOT_FOUND', `The image of floor plan ${id} is missing.`);
      });
    } catch (err) {
      next(err);
    }
  });

  return router;
}
