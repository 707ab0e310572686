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
    get createBrand () {
        return createBrand;
    },
    get deleteBrand () {
        return deleteBrand;
    },
    get getBrand () {
        return getBrand;
    },
    get updateBrand () {
        return updateBrand;
    }
});
const _constrainterrors = require("../../db/constraint-errors");
const _errors = require("../../errors");
const _ids = require("../../graphql/ids");
const _validation = require("../../graphql/validation");
const _brandentity = require("./brand.entity");
const _brandloaders = require("./brand.loaders");
const UNIQUE = {
    activos_marca_name_unique: [
        'name',
        'A brand with this name already exists.'
    ]
};
async function findBrand(em, id) {
    const rows = await em.execute('select id, name from activos_marca where id = ?', [
        id
    ]);
    return rows[0] ? (0, _brandloaders.toBrand)(rows[0]) : null;
}
function validName(input) {
    const problems = new _errors.Problems();
    const name = (0, _validation.requiredText)(problems, 'name', input.name, 100);
    problems.throwIfAny();
    return name;
}
async function checkNameFree(em, name, exceptId) {
    const rows = await em.execute('select 1 from activos_marca where name = ? and id <> ?', [
        name,
        exceptId
    ]);
    if (rows.length) throw new _errors.ConflictError(`A brand named "${name}" already exists.`, 'name');
}
async function getBrand(ctx, rawId) {
    const id = (0, _ids.parseId)(rawId);
    const found = await findBrand(ctx.em, id);
    if (!found) throw new _errors.NotFoundError('Brand', id);
    return found;
}
async function createBrand(ctx, input) {
    const name = validName(input);
    const id = await ctx.em.transactional(async (em)=>{
        await checkNameFree(em, name, 0);
        const brand = em.create(_brandentity.Brand, {
            name
        });
        await em.flush().catch((e)=>(0, _constrainterrors.mapUniqueViolation)(e, UNIQUE));
        return brand.id;
    });
    return await findBrand(ctx.em, id);
}
async function updateBrand(ctx, rawId, input) {
    const id = (0, _ids.parseId)(rawId);
    const name = validName(input);
    await ctx.em.transactional(async (em)=>{
        const brand = await em.findOne(_brandentity.Brand, id);
        if (!brand) throw new _errors.NotFoundError('Brand', id);
        await checkNameFree(em, name, id);
        brand.name = name;
        await em.flush().catch((e)=>(0, _constrainterrors.mapUniqueViolation)(e, UNIQUE));
    });
    return await findBrand(ctx.em, id);
}
async function deleteBrand(ctx, rawId) {
    const id = (0, _ids.parseId)(rawId);
    await ctx.em.transactional(async (em)=>{
        const rows = await em.execute(`select b.name, (select count(*) from activos_modelo m where m.brand_id = b.id) as models
       from activos_marca b where b.id = ? for update`, [
            id
        ]);
        if (!rows[0]) throw new _errors.NotFoundError('Brand', id);
        (0, _constrainterrors.refuseDeleteWhileUsed)('Brand', rows[0].name, {
            models: Number(rows[0].models)
        });
        await em.execute('delete from activos_marca where id = ?', [
            id
        ]).catch((e)=>(0, _constrainterrors.mapDeleteRestricted)(e, 'Brand', id));
    });
    return String(id);
}
