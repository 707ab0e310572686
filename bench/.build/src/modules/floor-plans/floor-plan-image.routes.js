"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "floorPlanImageRoutes", {
    enumerable: true,
    get: function() {
        return floorPlanImageRoutes;
    }
});
const _express = require("express");
const _multer = /*#__PURE__*/ _interop_require_default(require("multer"));
const _graphql = require("graphql");
const _context = require("../../context");
const _guards = require("../../http/legacy/guards");
const _floorplanfields = require("./floor-plan.fields");
const _planimageservice = require("./plan-image.service");
const _planimagestorage = require("./plan-image.storage");
function _interop_require_default(obj) {
    return obj && obj.__esModule ? obj : {
        default: obj
    };
}
// Plan images over HTTP: upload (multipart, field `image`, token in the X-CSRFToken
// header since the CSRF check runs before the body is read) and download. Both sit
// behind the session, staff and permission rules; errors are JSON.
const IMAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
const EXT = {
    'image/png': 'png',
    'image/jpeg': 'jpg',
    'image/svg+xml': 'svg'
};
function fail(res, status, code, message, extra = {}) {
    res.status(status).json({
        error: message,
        code,
        ...extra
    });
}
function sendGraphQLError(res, err, next) {
    if (!(err instanceof _graphql.GraphQLError)) return next(err);
    const ext = err.extensions;
    const status = {
        BAD_USER_INPUT: 400,
        NOT_FOUND: 404,
        FORBIDDEN: 403,
        UNAUTHENTICATED: 401,
        CONFLICT: 409
    }[ext.code ?? ''];
    if (!status) return next(err);
    const { field, rule, required_permission } = ext;
    fail(res, status, ext.code, err.message, {
        field,
        rule,
        required_permission
    });
}
function floorPlanImageRoutes(services) {
    const router = (0, _express.Router)();
    const maxBytes = services.config.uploads.maxBytes;
    const upload = (0, _multer.default)({
        storage: _multer.default.memoryStorage(),
        limits: {
            fileSize: maxBytes,
            files: 1,
            fields: 5,
            fieldSize: 1024,
            parts: 6,
            headerPairs: 50
        }
    }).single('image');
    router.post('/floor-plans/:id/image', (0, _guards.requireStaffPerms)('activos.change_plano'), (req, res, next)=>{
        upload(req, res, (err)=>{
            if (!err) return next();
            if (err instanceof _multer.default.MulterError) {
                if (err.code === 'LIMIT_FILE_SIZE') {
                    return fail(res, 400, 'FILE_TOO_LARGE', `The file is larger than the ${maxBytes} bytes allowed.`, {
                        field: 'image',
                        rule: 'max_size'
                    });
                }
                return fail(res, 400, 'BAD_USER_INPUT', `Send one image file in the multipart field "image" (${err.message}).`, {
                    field: 'image',
                    rule: 'multipart'
                });
            }
            fail(res, 400, 'BAD_USER_INPUT', 'The multipart body could not be read.', {
                field: 'image',
                rule: 'multipart'
            });
        });
    }, async (req, res, next)=>{
        if (!req.file) {
            return fail(res, 400, 'BAD_USER_INPUT', 'Send the image as multipart/form-data in the field "image".', {
                field: 'image',
                rule: 'required'
            });
        }
        try {
            const ctx = (0, _context.createContext)(services, req.user, {
                req,
                res
            });
            const plan = await (0, _planimageservice.storePlanImage)(ctx, String(req.params.id), req.file.buffer);
            res.json({
                id: String(plan.id),
                imageUrl: (0, _floorplanfields.planImageUrl)(plan),
                contentType: plan.imageContentType,
                width: plan.width ?? null,
                height: plan.height ?? null
            });
        } catch (err) {
            sendGraphQLError(res, err, next);
        }
    });
    router.get('/floor-plans/:id/image', (0, _guards.requireStaffPerms)('activos.view_plano'), async (req, res, next)=>{
        try {
            const id = String(req.params.id);
            if (!/^\d{1,10}$/.test(id)) return fail(res, 404, 'NOT_FOUND', 'Floor plan not found.');
            const rows = await services.orm.em.fork().getConnection().execute('select image_file, image_content_type from activos_plano where id = ?', [
                Number(id)
            ]);
            const row = rows[0];
            if (!row) return fail(res, 404, 'NOT_FOUND', `Floor plan ${id} does not exist.`);
            const file = row.image_file && (0, _planimagestorage.planImagePath)(services.config, row.image_file);
            const ext = row.image_content_type && EXT[row.image_content_type];
            if (!file || !ext) return fail(res, 404, 'NOT_FOUND', `Floor plan ${id} has no uploaded image.`);
            res.setHeader('Content-Type', row.image_content_type);
            res.setHeader('X-Content-Type-Options', 'nosniff');
            // Scripts inside an SVG never run: no sources allowed, and a sandboxed origin even when opened directly.
            res.setHeader('Content-Security-Policy', IMAGE_CSP);
            res.setHeader('Content-Disposition', `inline; filename="floor-plan-${id}.${ext}"`);
            res.sendFile(file, {
                cacheControl: false,
                dotfiles: 'deny'
            }, (err)=>{
                if (err && !res.headersSent) fail(res, 404, 'NOT_FOUND', `The image of floor plan ${id} is missing.`);
            });
        } catch (err) {
            next(err);
        }
    });
    return router;
}
