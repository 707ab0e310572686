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
    get MAX_SEARCH_LIMIT () {
        return MAX_SEARCH_LIMIT;
    },
    get checkLimit () {
        return checkLimit;
    },
    get createModel () {
        return createModel;
    },
    get deleteModel () {
        return deleteModel;
    },
    get findModel () {
        return findModel;
    },
    get getModel () {
        return getModel;
    },
    get searchModels () {
        return searchModels;
    },
    get updateModel () {
        return updateModel;
    }
});
const _constrainterrors = require("../../db/constraint-errors");
const _errors = require("../../errors");
const _ids = require("../../graphql/ids");
const _validation = require("../../graphql/validation");
const _assetsearchsql = require("../assets/asset-search.sql");
const _brandentity = require("../brands/brand.entity");
const _categoryentity = require("../categories/category.entity");
const _modelentity = require("./model.entity");
const _modelloaders = require("./model.loaders");
const UNIQUE = {
    activos_modelo_brand_id_name_unique: [
        'name',
        'This brand already has a model with this name.'
    ]
};
const MAX_SEARCH_LIMIT = 50;
async function findModel(em, id) {
    const rows = await em.execute(`select ${_modelloaders.MODEL_COLUMNS} from activos_modelo m where m.id = ?`, [
        id
    ]);
    return rows[0] ? (0, _modelloaders.toModel)(rows[0]) : null;
}
async function getModel(ctx, rawId) {
    const id = (0, _ids.parseId)(rawId);
    const found = await findModel(ctx.em, id);
    if (!found) throw new _errors.NotFoundError('Model', id);
    return found;
}
function checkLimit(limit, max = MAX_SEARCH_LIMIT) {
    if (!Number.isInteger(limit) || limit < 1 || limit > max) {
        throw new _errors.BadUserInputError({
            field: 'limit',
            rule: 'range',
            message: `limit must be between 1 and ${max}.`
        });
    }
    return limit;
}
async function searchModels(ctx, args) {
    const limit = checkLimit(args.limit);
    const term = (0, _assetsearchsql.normalizeTerm)(args.q);
    const pattern = `%${(0, _assetsearchsql.escapeLike)(term)}%`;
    const rows = await ctx.em.execute(`select ${_modelloaders.MODEL_COLUMNS} from activos_modelo m join activos_marca b on b.id = m.brand_id
     where ? = '' or lower(m.name) like ? or lower(b.name) like ?
     order by m.name, b.name, m.id limit ?`, [
        term,
        pattern,
        pattern,
        limit
    ]);
    return rows.map(_modelloaders.toModel);
}
function requiredId(problems, field, value) {
    if (value === null || value === undefined || String(value).trim() === '') {
        problems.add(field, 'required', `${field} is required.`);
        return undefined;
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
    if (creating || (0, _validation.has)(input, 'name')) out.name = (0, _validation.requiredText)(problems, 'name', input.name, 150);
    if (creating || (0, _validation.has)(input, 'brandId')) out.brandId = requiredId(problems, 'brandId', input.brandId);
    if (creating || (0, _validation.has)(input, 'categoryId')) out.categoryId = requiredId(problems, 'categoryId', input.categoryId);
    if ((0, _validation.has)(input, 'description')) out.description = (0, _validation.optionalText)(problems, 'description', input.description, 5000);
    if ((0, _validation.has)(input, 'imageUrl')) {
        out.imageUrl = (0, _validation.optionalKey)(problems, 'imageUrl', input.imageUrl, 500);
        if (out.imageUrl && !/^(https?:\/\/[^\s]+|\/[^\s]*)$/i.test(out.imageUrl)) {
            problems.add('imageUrl', 'url', 'imageUrl must be an http(s) URL or a path starting with "/".');
        }
    }
    if ((0, _validation.has)(input, 'averagePrice')) {
        const price = input.averagePrice;
        out.averagePrice = (0, _validation.decimalAmount)(problems, 'averagePrice', price === null || price === undefined ? null : price.toFixed(2));
    }
    problems.throwIfAny();
    return out;
}
async function checkRefs(em, v) {
    const rows = await em.execute(`select exists(select 1 from activos_marca where id = ?) as brand, exists(select 1 from activos_categoria where id = ?) as category`, [
        v.brandId ?? 0,
        v.categoryId ?? 0
    ]);
    const problems = new _errors.Problems();
    if (v.brandId !== undefined && !rows[0]?.brand) problems.add('brandId', 'exists', `Brand ${v.brandId} does not exist.`);
    if (v.categoryId !== undefined && !rows[0]?.category) problems.add('categoryId', 'exists', `Category ${v.categoryId} does not exist.`);
    problems.throwIfAny();
}
async function checkNameFree(em, brandId, name, exceptId) {
    const rows = await em.execute('select 1 from activos_modelo where brand_id = ? and name = ? and id <> ?', [
        brandId,
        name,
        exceptId
    ]);
    if (rows.length) throw new _errors.ConflictError(`This brand already has a model named "${name}".`, 'name');
}
async function createModel(ctx, input) {
    const v = validate(input, true);
    const id = await ctx.em.transactional(async (em)=>{
        await checkRefs(em, v);
        await checkNameFree(em, v.brandId, v.name, 0);
        const model = em.create(_modelentity.Model, {
            name: v.name,
            brand: v.brandId,
            category: v.categoryId,
            description: v.description ?? '',
            imageUrl: v.imageUrl ?? null,
            averagePrice: v.averagePrice ?? null
        });
        await em.flush().catch((e)=>(0, _constrainterrors.mapUniqueViolation)(e, UNIQUE));
        return model.id;
    });
    return await findModel(ctx.em, id);
}
async function updateModel(ctx, rawId, input) {
    const id = (0, _ids.parseId)(rawId);
    const v = validate(input, false);
    await ctx.em.transactional(async (em)=>{
        const model = await em.findOne(_modelentity.Model, id);
        if (!model) throw new _errors.NotFoundError('Model', id);
        await checkRefs(em, v);
        await checkNameFree(em, v.brandId ?? model.brand.id, v.name ?? model.name, id);
        if (v.name !== undefined) model.name = v.name;
        if (v.brandId !== undefined) model.brand = em.getReference(_brandentity.Brand, v.brandId, {
            wrapped: true
        });
        if (v.categoryId !== undefined) model.category = em.getReference(_categoryentity.Category, v.categoryId, {
            wrapped: true
        });
        if (v.description !== undefined) model.description = v.description;
        if (v.imageUrl !== undefined) model.imageUrl = v.imageUrl;
        if (v.averagePrice !== undefined) model.averagePrice = v.averagePrice;
        await em.flush().catch((e)=>(0, _constrainterrors.mapUniqueViolation)(e, UNIQUE));
        if (v.categoryId !== undefined) {
            await em.execute('update activos_activo set category_id = ?, updated_at = now() where model_id = ? and category_id <> ?', [
                v.categoryId,
                id,
                v.categoryId
            ]);
        }
    });
    return await findModel(ctx.em, id);
}
async function deleteModel(ctx, rawId) {
    const id = (0, _ids.parseId)(rawId);
    await ctx.em.transactional(async (em)=>{
        const rows = await em.execute(`select m.name, (select count(*) from activos_activo a where a.model_id = m.id) as assets
       from activos_modelo m where m.id = ? for update`, [
            id
        ]);
        if (!rows[0]) throw new _errors.NotFoundError('Model', id);
        (0, _constrainterrors.refuseDeleteWhileUsed)('Model', rows[0].name, {
            assets: Number(rows[0].assets)
        });
        await em.execute('delete from activos_modelo where id = ?', [
            id
        ]).catch((e)=>(0, _constrainterrors.mapDeleteRestricted)(e, 'Model', id));
    });
    return String(id);
}
