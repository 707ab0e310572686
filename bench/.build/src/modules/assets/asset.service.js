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
    get createAsset () {
        return createAsset;
    },
    get deleteAsset () {
        return deleteAsset;
    },
    get findAsset () {
        return findAsset;
    },
    get getAsset () {
        return getAsset;
    },
    get listAssets () {
        return listAssets;
    },
    get searchAssets () {
        return searchAssets;
    },
    get updateAsset () {
        return updateAsset;
    }
});
const _constrainterrors = require("../../db/constraint-errors");
const _tree = require("../../db/tree");
const _errors = require("../../errors");
const _ids = require("../../graphql/ids");
const _pagination = require("../../graphql/pagination");
const _validation = require("../../graphql/validation");
const _modelservice = require("../models/model.service");
const _assetsearchsql = require("./asset-search.sql");
const _assetentity = require("./asset.entity");
const _assetloaders = require("./asset.loaders");
const UNIQUE = {
    activos_activo_internal_code_unique: [
        'internalCode',
        'Another asset already has this internal code.'
    ],
    activos_activo_epc_unique: [
        'epc',
        'Another asset already has this EPC.'
    ]
};
async function searchAssets(ctx, p) {
    const limit = (0, _modelservice.checkLimit)(p.limit ?? 50);
    const { sql, params } = (0, _assetsearchsql.assetSearchSql)({
        term: (0, _assetsearchsql.normalizeTerm)(p.q),
        categoryId: p.categoryId,
        categoryDescendants: p.includeDescendants,
        locationId: p.locationId,
        locationDescendants: p.includeDescendants
    }, limit);
    const rows = await ctx.em.execute(sql, params);
    return rows.map(_assetloaders.toAsset);
}
function filterConditions(filter) {
    if (!filter) return {};
    return {
        term: (0, _assetsearchsql.normalizeTerm)(filter.q, 'filter.q'),
        state: filter.state ?? null,
        categoryId: (0, _ids.parseOptionalId)(filter.categoryId, 'filter.categoryId'),
        categoryDescendants: filter.includeSubcategories ?? false,
        modelId: (0, _ids.parseOptionalId)(filter.modelId, 'filter.modelId'),
        locationId: (0, _ids.parseOptionalId)(filter.locationId, 'filter.locationId'),
        locationDescendants: true,
        responsibleId: (0, _ids.parseOptionalId)(filter.responsibleId, 'filter.responsibleId'),
        parentId: (0, _ids.parseOptionalId)(filter.parentId, 'filter.parentId')
    };
}
async function listAssets(ctx, args) {
    const first = (0, _pagination.checkPageSize)(args.first);
    const key = (0, _pagination.decodeCursor)(args.after, 2);
    if (key && (typeof key[0] !== 'string' || typeof key[1] !== 'number')) {
        throw new _errors.BadUserInputError({
            field: 'after',
            rule: 'cursor',
            message: 'after is not a cursor returned by this list.'
        });
    }
    const { sql, params } = (0, _assetsearchsql.assetPageSql)(filterConditions(args.filter), key, first + 1);
    const rows = await ctx.em.execute(sql, params);
    return (0, _pagination.toConnection)(rows, first, (r)=>[
            r.name,
            r.id
        ], _assetloaders.toAsset);
}
async function findAsset(em, id) {
    const rows = await em.execute(`select ${_assetsearchsql.ASSET_COLUMNS} from activos_activo a where a.id = ?`, [
        id
    ]);
    return rows[0] ? (0, _assetloaders.toAsset)(rows[0]) : null;
}
async function getAsset(ctx, rawId) {
    const id = (0, _ids.parseId)(rawId);
    const found = await findAsset(ctx.em, id);
    if (!found) throw new _errors.NotFoundError('Asset', id);
    return found;
}
function idField(problems, field, value, required) {
    if (value === undefined) return undefined;
    if (value === null || String(value).trim() === '') {
        if (required) problems.add(field, 'required', `${field} is required.`);
        return null;
    }
    try {
        return (0, _ids.parseId)(value, field);
    } catch (e) {
        if (!(e instanceof _errors.BadUserInputError)) throw e;
        problems.add(field, 'id', e.message);
        return undefined;
    }
}
function validate(input, creating) {
    const problems = new _errors.Problems();
    const out = {};
    if (creating || (0, _validation.has)(input, 'name')) out.name = (0, _validation.requiredText)(problems, 'name', input.name, 200);
    if (creating || (0, _validation.has)(input, 'internalCode')) {
        const code = (0, _validation.requiredText)(problems, 'internalCode', input.internalCode, 30);
        if (code && !/^[0-9]+$/.test(code)) problems.add('internalCode', 'digits', 'internalCode must contain digits only.');
        out.internalCode = code;
    }
    if ((0, _validation.has)(input, 'epc')) out.epc = (0, _validation.optionalKey)(problems, 'epc', input.epc, 64);
    if ((0, _validation.has)(input, 'serialNumber')) out.serialNumber = (0, _validation.optionalText)(problems, 'serialNumber', input.serialNumber, 100);
    if ((0, _validation.has)(input, 'reference')) out.reference = (0, _validation.optionalText)(problems, 'reference', input.reference, 100);
    if ((0, _validation.has)(input, 'description')) out.description = (0, _validation.optionalText)(problems, 'description', input.description, 10000);
    if ((0, _validation.has)(input, 'purchaseDate')) out.purchaseDate = (0, _validation.isoDate)(problems, 'purchaseDate', input.purchaseDate);
    if ((0, _validation.has)(input, 'cost')) out.cost = (0, _validation.decimalAmount)(problems, 'cost', input.cost);
    if ((0, _validation.has)(input, 'state')) {
        if (input.state === null) problems.add('state', 'required', 'state cannot be null.');
        else out.state = input.state;
    }
    const modelId = idField(problems, 'modelId', creating ? input.modelId ?? null : input.modelId, true);
    if (modelId) out.modelId = modelId;
    const locationId = idField(problems, 'locationId', creating ? input.locationId ?? null : input.locationId, true);
    if (locationId) out.locationId = locationId;
    const parentId = idField(problems, 'parentId', input.parentId, false);
    if (parentId !== undefined) out.parentId = parentId;
    const responsibleId = idField(problems, 'responsibleId', input.responsibleId, false);
    if (responsibleId !== undefined) out.responsibleId = responsibleId;
    problems.throwIfAny();
    return out;
}
/** Every referenced row must exist (one statement); returns the model's category. */ async function checkRefs(em, v) {
    const rows = await em.execute(`select (select category_id from activos_modelo where id = ?) as model_category,
       exists(select 1 from activos_ubicacion where id = ?) as location,
       exists(select 1 from activos_activo where id = ?) as parent,
       exists(select 1 from auth_user where id = ?) as responsible`, [
        v.modelId ?? 0,
        v.locationId ?? 0,
        v.parentId ?? 0,
        v.responsibleId ?? 0
    ]);
    const r = rows[0];
    const problems = new _errors.Problems();
    if (v.modelId !== undefined && r.model_category === null) problems.add('modelId', 'exists', `Model ${v.modelId} does not exist.`);
    if (v.locationId !== undefined && !r.location) problems.add('locationId', 'exists', `Location ${v.locationId} does not exist.`);
    if (v.parentId && !r.parent) problems.add('parentId', 'exists', `Parent asset ${v.parentId} does not exist.`);
    if (v.responsibleId && !r.responsible) problems.add('responsibleId', 'exists', `User ${v.responsibleId} does not exist.`);
    problems.throwIfAny();
    return r.model_category;
}
async function checkUnique(em, id, v) {
    const rows = await em.execute(`select exists(select 1 from activos_activo where internal_code = ? and id <> ?) as code,
            exists(select 1 from activos_activo where epc = ? and id <> ?) as epc`, [
        v.internalCode ?? null,
        id,
        v.epc ?? null,
        id
    ]);
    if (rows[0]?.code) throw new _errors.ConflictError(`Internal code ${v.internalCode} is already used by another asset.`, 'internalCode');
    if (rows[0]?.epc) throw new _errors.ConflictError(`EPC ${v.epc} is already used by another asset.`, 'epc');
}
/** Entity data for create/assign; relations as ids, the category taken from the model. */ function entityData(v, modelCategory) {
    const { modelId, locationId, parentId, responsibleId, ...scalars } = v;
    const data = Object.fromEntries(Object.entries(scalars).filter(([, value])=>value !== undefined));
    if (modelId !== undefined) {
        data.model = modelId;
        data.category = modelCategory;
    }
    if (locationId !== undefined) data.location = locationId;
    if (parentId !== undefined) data.parent = parentId;
    if (responsibleId !== undefined) data.responsible = responsibleId;
    return data;
}
async function createAsset(ctx, input) {
    const v = validate(input, true);
    const id = await ctx.em.transactional(async (em)=>{
        const modelCategory = await checkRefs(em, v);
        await checkUnique(em, 0, v);
        const asset = em.create(_assetentity.Asset, {
            state: _assetentity.AssetState.OPERATIONAL,
            ...entityData(v, modelCategory)
        });
        await em.flush().catch((e)=>(0, _constrainterrors.mapUniqueViolation)(e, UNIQUE));
        return asset.id;
    });
    return await findAsset(ctx.em, id);
}
async function updateAsset(ctx, rawId, input) {
    const id = (0, _ids.parseId)(rawId);
    const v = validate(input, false);
    await ctx.em.transactional(async (em)=>{
        const asset = await em.findOne(_assetentity.Asset, id);
        if (!asset) throw new _errors.NotFoundError('Asset', id);
        const modelCategory = await checkRefs(em, v);
        if (v.parentId) {
            await (0, _tree.lockTree)(em, 'activos_activo');
            if (await (0, _tree.isSelfOrDescendant)(em, 'activos_activo', id, v.parentId)) {
                throw new _errors.BadUserInputError({
                    field: 'parentId',
                    rule: 'cycle',
                    message: `Asset ${id} cannot be a component of ${v.parentId === id ? 'itself' : `its own component ${v.parentId}`}.`
                });
            }
        }
        await checkUnique(em, id, v);
        em.assign(asset, entityData(v, modelCategory));
        await em.flush().catch((e)=>(0, _constrainterrors.mapUniqueViolation)(e, UNIQUE));
    });
    return await findAsset(ctx.em, id);
}
async function deleteAsset(ctx, rawId) {
    const id = (0, _ids.parseId)(rawId);
    await ctx.em.transactional(async (em)=>{
        const rows = await em.execute(`select a.name, (select count(*) from activos_activo c where c.parent_id = a.id) as components
       from activos_activo a where a.id = ? for update`, [
            id
        ]);
        if (!rows[0]) throw new _errors.NotFoundError('Asset', id);
        (0, _constrainterrors.refuseDeleteWhileUsed)('Asset', rows[0].name, {
            components: Number(rows[0].components)
        });
        await em.execute('delete from activos_activo where id = ?', [
            id
        ]).catch((e)=>(0, _constrainterrors.mapDeleteRestricted)(e, 'Asset', id));
    });
    return String(id);
}
