"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
function _export(target, all) {
    for(var name in all)Object.defineProperty(target, name, {
        enumerable: true,
        get: Object.getOwnPropertyDescriptor(all, name).get
    });
}
_export(exports, {
    get createLocation () {
        return createLocation;
    },
    get deleteLocation () {
        return deleteLocation;
    },
    get findLocation () {
        return findLocation;
    },
    get getLocation () {
        return getLocation;
    },
    get locationRoots () {
        return locationRoots;
    },
    get updateLocation () {
        return updateLocation;
    }
});
const _constrainterrors = require("../../db/constraint-errors");
const _tree = require("../../db/tree");
const _errors = require("../../errors");
const _ids = require("../../graphql/ids");
const _validation = require("../../graphql/validation");
const _locationentity = require("./location.entity");
const _locationloaders = require("./location.loaders");
const UNIQUE = {
    activos_ubicacion_sibling_name_unique: [
        'name',
        'Another location with this name already exists at this level.'
    ],
    activos_ubicacion_qr_code_unique: [
        'qrCode',
        'Another location already has this QR code.'
    ]
};
async function findLocation(em, id) {
    const rows = await em.execute(`select ${_locationloaders.LOCATION_COLUMNS} from activos_ubicacion l where l.id = ?`, [
        id
    ]);
    return rows[0] ? (0, _locationloaders.toLocation)(rows[0]) : null;
}
async function getLocation(ctx, rawId) {
    const id = (0, _ids.parseId)(rawId);
    const found = await findLocation(ctx.em, id);
    if (!found) throw new _errors.NotFoundError('Location', id);
    return found;
}
async function locationRoots(ctx) {
    const rows = await ctx.em.execute(`select ${_locationloaders.LOCATION_COLUMNS} from activos_ubicacion l where l.parent_id is null order by l.sort_order, l.name, l.id`);
    return rows.map(_locationloaders.toLocation);
}
function validate(input, creating) {
    const problems = new _errors.Problems();
    const out = {};
    if (creating || (0, _validation.has)(input, 'name')) out.name = (0, _validation.requiredText)(problems, 'name', input.name, 150);
    if ((0, _validation.has)(input, 'type')) {
        if (input.type === null) problems.add('type', 'required', 'type cannot be null.');
        else out.type = input.type;
    }
    if ((0, _validation.has)(input, 'qrCode')) out.qrCode = (0, _validation.optionalKey)(problems, 'qrCode', input.qrCode, 100);
    if ((0, _validation.has)(input, 'description')) out.description = (0, _validation.optionalText)(problems, 'description', input.description, 5000);
    if ((0, _validation.has)(input, 'sortOrder')) out.sortOrder = input.sortOrder ?? 0;
    if ((0, _validation.has)(input, 'isWarehouse')) out.isWarehouse = input.isWarehouse ?? false;
    if (input.parentId !== undefined) {
        try {
            out.parentId = (0, _ids.parseOptionalId)(input.parentId, 'parentId');
        } catch (e) {
            if (!(e instanceof _errors.BadUserInputError)) throw e;
            problems.add('parentId', 'id', e.message);
        }
    }
    problems.throwIfAny();
    return out;
}
async function checkParent(em, id, parentId) {
    if (parentId === undefined || parentId === null) return;
    if (!await findLocation(em, parentId)) {
        throw new _errors.BadUserInputError({
            field: 'parentId',
            rule: 'exists',
            message: `Parent location ${parentId} does not exist.`
        });
    }
    if (id !== null) {
        await (0, _tree.lockTree)(em, 'activos_ubicacion');
        if (await (0, _tree.isSelfOrDescendant)(em, 'activos_ubicacion', id, parentId)) {
            throw new _errors.BadUserInputError({
                field: 'parentId',
                rule: 'cycle',
                message: `Location ${id} cannot be moved under ${parentId === id ? 'itself' : `its own descendant ${parentId}`}.`
            });
        }
    }
}
async function checkUnique(em, id, name, parentId, qrCode) {
    const rows = await em.execute(`select exists(select 1 from activos_ubicacion where coalesce(parent_id, 0) = ? and name = ? and id <> ?) as sibling,
            exists(select 1 from activos_ubicacion where qr_code = ? and id <> ?) as qr`, [
        parentId ?? 0,
        name,
        id ?? 0,
        qrCode ?? null,
        id ?? 0
    ]);
    if (rows[0]?.sibling) throw new _errors.ConflictError(`A location named "${name}" already exists at this level.`, 'name');
    if (rows[0]?.qr) throw new _errors.ConflictError(`QR code "${qrCode}" is already used by another location.`, 'qrCode');
}
async function createLocation(ctx, input) {
    const v = validate(input, true);
    const id = await ctx.em.transactional(async (em)=>{
        await checkParent(em, null, v.parentId);
        await checkUnique(em, null, v.name, v.parentId ?? null, v.qrCode);
        const location = em.create(_locationentity.Location, {
            name: v.name,
            parent: v.parentId ?? null,
            type: v.type ?? _locationentity.LocationType.OTHER,
            qrCode: v.qrCode ?? null,
            description: v.description ?? '',
            sortOrder: v.sortOrder ?? 0,
            isWarehouse: v.isWarehouse ?? false
        });
        await em.flush().catch((e)=>(0, _constrainterrors.mapUniqueViolation)(e, UNIQUE));
        return location.id;
    });
    return await findLocation(ctx.em, id);
}
async function updateLocation(ctx, rawId, input) {
    const id = (0, _ids.parseId)(rawId);
    const v = validate(input, false);
    await ctx.em.transactional(async (em)=>{
        const location = await em.findOne(_locationentity.Location, id);
        if (!location) throw new _errors.NotFoundError('Location', id);
        await checkParent(em, id, v.parentId);
        const parentId = v.parentId !== undefined ? v.parentId : location.parent?.id ?? null;
        await checkUnique(em, id, v.name ?? location.name, parentId, v.qrCode);
        if (v.name !== undefined) location.name = v.name;
        if (v.type !== undefined) location.type = v.type;
        if (v.qrCode !== undefined) location.qrCode = v.qrCode;
        if (v.description !== undefined) location.description = v.description;
        if (v.sortOrder !== undefined) location.sortOrder = v.sortOrder;
        if (v.isWarehouse !== undefined) location.isWarehouse = v.isWarehouse;
        if (v.parentId !== undefined) location.parent = v.parentId === null ? null : em.getReference(_locationentity.Location, v.parentId, {
            wrapped: true
        });
        await em.flush().catch((e)=>(0, _constrainterrors.mapUniqueViolation)(e, UNIQUE));
    });
    return await findLocation(ctx.em, id);
}
async function deleteLocation(ctx, rawId) {
    const id = (0, _ids.parseId)(rawId);
    await ctx.em.transactional(async (em)=>{
        const rows = await em.execute(`select l.name,
         (select count(*) from activos_ubicacion x where x.parent_id = l.id) as children,
         (select count(*) from activos_activo a where a.location_id = l.id) as assets
       from activos_ubicacion l where l.id = ? for update`, [
            id
        ]);
        const row = rows[0];
        if (!row) throw new _errors.NotFoundError('Location', id);
        (0, _constrainterrors.refuseDeleteWhileUsed)('Location', row.name, {
            'sub-locations': Number(row.children),
            assets: Number(row.assets)
        });
        await em.execute('delete from activos_ubicacion where id = ?', [
            id
        ]).catch((e)=>(0, _constrainterrors.mapDeleteRestricted)(e, 'Location', id));
    });
    return String(id);
}
