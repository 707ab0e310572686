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
    get categoryTree () {
        return categoryTree;
    },
    get createCategory () {
        return createCategory;
    },
    get deleteCategory () {
        return deleteCategory;
    },
    get findCategory () {
        return findCategory;
    },
    get getCategory () {
        return getCategory;
    },
    get updateCategory () {
        return updateCategory;
    }
});
const _constrainterrors = require("../../db/constraint-errors");
const _tree = require("../../db/tree");
const _errors = require("../../errors");
const _ids = require("../../graphql/ids");
const _validation = require("../../graphql/validation");
const _categoryentity = require("./category.entity");
const _categoryloaders = require("./category.loaders");
const UNIQUE = {
    activos_categoria_name_unique: [
        'name',
        'A category with this name already exists.'
    ]
};
async function findCategory(em, id) {
    const rows = await em.execute(`select ${_categoryloaders.CATEGORY_COLUMNS} from activos_categoria c where c.id = ?`, [
        id
    ]);
    return rows[0] ? (0, _categoryloaders.toCategory)(rows[0]) : null;
}
async function getCategory(ctx, rawId) {
    const id = (0, _ids.parseId)(rawId);
    const found = await findCategory(ctx.em, id);
    if (!found) throw new _errors.NotFoundError('Category', id);
    return found;
}
async function categoryTree(ctx) {
    const rows = await ctx.em.execute(`with recursive t as (
       select id, 0 as depth, array[name::text] as sort_path from activos_categoria where parent_id is null
       union all
       select c.id, t.depth + 1, t.sort_path || c.name::text from activos_categoria c join t on c.parent_id = t.id
       where t.depth < 100
     )
     select t.depth, ${_categoryloaders.CATEGORY_COLUMNS} from t join activos_categoria c on c.id = t.id order by t.sort_path`);
    return rows.map((r)=>({
            depth: r.depth,
            category: (0, _categoryloaders.toCategory)(r)
        }));
}
function validate(input, creating) {
    const problems = new _errors.Problems();
    const out = {};
    if (creating || (0, _validation.has)(input, 'name')) out.name = (0, _validation.requiredText)(problems, 'name', input.name, 100);
    if ((0, _validation.has)(input, 'icon')) {
        out.icon = (0, _validation.optionalText)(problems, 'icon', input.icon, 50) || 'location';
        if (!/^[A-Za-z0-9_-]+$/.test(out.icon)) problems.add('icon', 'format', 'icon may contain only letters, digits, "-" and "_".');
    }
    if ((0, _validation.has)(input, 'description')) out.description = (0, _validation.optionalText)(problems, 'description', input.description, 5000);
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
    if (!await findCategory(em, parentId)) {
        throw new _errors.BadUserInputError({
            field: 'parentId',
            rule: 'exists',
            message: `Parent category ${parentId} does not exist.`
        });
    }
    if (id !== null) {
        await (0, _tree.lockTree)(em, 'activos_categoria');
        if (await (0, _tree.isSelfOrDescendant)(em, 'activos_categoria', id, parentId)) {
            throw new _errors.BadUserInputError({
                field: 'parentId',
                rule: 'cycle',
                message: `Category ${id} cannot be moved under ${parentId === id ? 'itself' : `its own descendant ${parentId}`}.`
            });
        }
    }
}
async function checkNameFree(em, name, exceptId) {
    if (name === undefined) return;
    const rows = await em.execute('select 1 from activos_categoria where name = ? and id <> ?', [
        name,
        exceptId ?? 0
    ]);
    if (rows.length) throw new _errors.ConflictError(`A category named "${name}" already exists.`, 'name');
}
async function createCategory(ctx, input) {
    const values = validate(input, true);
    const id = await ctx.em.transactional(async (em)=>{
        await checkParent(em, null, values.parentId);
        await checkNameFree(em, values.name, null);
        const category = em.create(_categoryentity.Category, {
            name: values.name,
            icon: values.icon ?? 'location',
            description: values.description ?? '',
            parent: values.parentId ?? null
        });
        await em.flush().catch((e)=>(0, _constrainterrors.mapUniqueViolation)(e, UNIQUE));
        return category.id;
    });
    return await findCategory(ctx.em, id);
}
async function updateCategory(ctx, rawId, input) {
    const id = (0, _ids.parseId)(rawId);
    const values = validate(input, false);
    await ctx.em.transactional(async (em)=>{
        const category = await em.findOne(_categoryentity.Category, id);
        if (!category) throw new _errors.NotFoundError('Category', id);
        await checkParent(em, id, values.parentId);
        await checkNameFree(em, values.name, id);
        if (values.name !== undefined) category.name = values.name;
        if (values.icon !== undefined) category.icon = values.icon;
        if (values.description !== undefined) category.description = values.description;
        if (values.parentId !== undefined) category.parent = values.parentId === null ? null : em.getReference(_categoryentity.Category, values.parentId, {
            wrapped: true
        });
        await em.flush().catch((e)=>(0, _constrainterrors.mapUniqueViolation)(e, UNIQUE));
    });
    return await findCategory(ctx.em, id);
}
async function deleteCategory(ctx, rawId) {
    const id = (0, _ids.parseId)(rawId);
    await ctx.em.transactional(async (em)=>{
        const rows = await em.execute(`select c.name,
         (select count(*) from activos_categoria x where x.parent_id = c.id) as children,
         (select count(*) from activos_modelo m where m.category_id = c.id) as models,
         (select count(*) from activos_activo a where a.category_id = c.id) as assets
       from activos_categoria c where c.id = ? for update`, [
            id
        ]);
        const row = rows[0];
        if (!row) throw new _errors.NotFoundError('Category', id);
        (0, _constrainterrors.refuseDeleteWhileUsed)('Category', row.name, {
            subcategories: Number(row.children),
            models: Number(row.models),
            assets: Number(row.assets)
        });
        await em.execute('delete from activos_categoria where id = ?', [
            id
        ]).catch((e)=>(0, _constrainterrors.mapDeleteRestricted)(e, 'Category', id));
    });
    return String(id);
}
