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
    get ASSET_COLUMNS () {
        return ASSET_COLUMNS;
    },
    get ASSET_SEARCH_EXPR () {
        return ASSET_SEARCH_EXPR;
    },
    get MAX_TERM_LENGTH () {
        return MAX_TERM_LENGTH;
    },
    get MIN_SUBSTRING_TERM () {
        return MIN_SUBSTRING_TERM;
    },
    get assetPageSql () {
        return assetPageSql;
    },
    get assetSearchSql () {
        return assetSearchSql;
    },
    get assetWhere () {
        return assetWhere;
    },
    get caseVariants () {
        return caseVariants;
    },
    get escapeLike () {
        return escapeLike;
    },
    get normalizeTerm () {
        return normalizeTerm;
    }
});
const _errors = require("../../errors");
const _tree = require("../../db/tree");
const ASSET_SEARCH_EXPR = "(lower(a.name) || E'\\x1f' || a.internal_code || E'\\x1f' || lower(a.serial_number) || E'\\x1f' || lower(a.description))";
const MIN_SUBSTRING_TERM = 3;
const MAX_TERM_LENGTH = 100;
function normalizeTerm(q, field = 'q') {
    // eslint-disable-next-line no-control-regex
    const term = (q ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').trim().toLowerCase();
    if (term.length > MAX_TERM_LENGTH) {
        throw new _errors.BadUserInputError({
            field,
            rule: 'max_length',
            message: `${field} must be at most ${MAX_TERM_LENGTH} characters.`
        });
    }
    return term;
}
function escapeLike(term) {
    return term.replace(/[\\%_]/g, (c)=>`\\${c}`);
}
function assetWhere(c) {
    const parts = [];
    const params = [];
    const term = c.term ?? '';
    if (term.length >= MIN_SUBSTRING_TERM) {
        parts.push(`${ASSET_SEARCH_EXPR} like ?`);
        params.push(`%${escapeLike(term)}%`);
    } else if (term.length > 0) {
        parts.push('(lower(a.name) like ? or a.internal_code like ?)');
        params.push(`${escapeLike(term)}%`, `${escapeLike(term)}%`);
    }
    if (c.categoryId) {
        parts.push(c.categoryDescendants ? `a.category_id in ${(0, _tree.subtreeIdsSql)('activos_categoria')}` : 'a.category_id = ?');
        params.push(c.categoryId);
    }
    if (c.locationId) {
        parts.push(c.locationDescendants ? `a.location_id in ${(0, _tree.subtreeIdsSql)('activos_ubicacion')}` : 'a.location_id = ?');
        params.push(c.locationId);
    }
    if (c.state) {
        parts.push('a.state = ?');
        params.push(c.state);
    }
    if (c.modelId) {
        parts.push('a.model_id = ?');
        params.push(c.modelId);
    }
    if (c.responsibleId) {
        parts.push('a.responsible_id = ?');
        params.push(c.responsibleId);
    }
    if (c.parentId) {
        parts.push('a.parent_id = ?');
        params.push(c.parentId);
    }
    return {
        sql: parts.length ? parts.join(' and ') : 'true',
        params
    };
}
const ASSET_COLUMNS = `a.id, a.name, a.internal_code, a.epc, a.serial_number, a.reference, a.model_id, a.category_id,
  a.description, to_char(a.purchase_date, 'YYYY-MM-DD') as purchase_date, a.cost::text as cost, a.state,
  a.responsible_id, a.parent_id, a.location_id, a.created_at, a.updated_at`;
function assetSearchSql(c, limit, columns = ASSET_COLUMNS) {
    const term = c.term ?? '';
    if (term.length > 0 && term.length < MIN_SUBSTRING_TERM) return shortTermSql(c, term, limit, columns);
    const where = assetWhere(c);
    return {
        sql: `select ${columns} from activos_activo a where ${where.sql} order by a.name, a.id limit ?`,
        params: [
            ...where.params,
            limit
        ]
    };
}
function caseVariants(term) {
    let out = [
        ''
    ];
    for (const ch of term){
        const forms = [
            ...new Set([
                ch.toLowerCase(),
                ch.toUpperCase()
            ])
        ];
        out = out.flatMap((prefix)=>forms.map((f)=>prefix + f));
    }
    return out;
}
function shortTermSql(c, term, limit, columns) {
    const rest = assetWhere({
        ...c,
        term: ''
    });
    const branches = [];
    const params = [];
    const branch = (condition, values)=>{
        branches.push(`(select ${columns} from activos_activo a where ${condition} and ${rest.sql} order by a.name, a.id limit ?)`);
        params.push(...values, ...rest.params, limit);
    };
    // The lower() check keeps the exact semantics where case mapping is not one-to-one.
    for (const variant of caseVariants(term)){
        branch('a.name like ? and lower(a.name) like ?', [
            `${escapeLike(variant)}%`,
            `${escapeLike(term)}%`
        ]);
    }
    branch('a.internal_code like ?', [
        `${escapeLike(term)}%`
    ]);
    return {
        sql: `select * from (${branches.join(' union ')}) a order by a.name, a.id limit ?`,
        params: [
            ...params,
            limit
        ]
    };
}
function assetPageSql(c, after, take) {
    const where = assetWhere(c);
    const keyset = after ? ' and (a.name, a.id) > (?, ?)' : '';
    return {
        sql: `select ${ASSET_COLUMNS} from activos_activo a where ${where.sql}${keyset} order by a.name, a.id limit ?`,
        params: [
            ...where.params,
            ...after ?? [],
            take
        ]
    };
}
