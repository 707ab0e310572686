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
    get Connection () {
        return Connection;
    },
    get DEFAULT_PAGE_SIZE () {
        return DEFAULT_PAGE_SIZE;
    },
    get MAX_PAGE_SIZE () {
        return MAX_PAGE_SIZE;
    },
    get PageArgs () {
        return PageArgs;
    },
    get PageInfo () {
        return PageInfo;
    },
    get checkPageSize () {
        return checkPageSize;
    },
    get decodeCursor () {
        return decodeCursor;
    },
    get encodeCursor () {
        return encodeCursor;
    },
    get toConnection () {
        return toConnection;
    }
});
const _typegraphql = require("type-graphql");
const _errors = require("../errors");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
const MAX_PAGE_SIZE = 200;
const DEFAULT_PAGE_SIZE = 50;
let PageInfo = class PageInfo {
};
_ts_decorate([
    (0, _typegraphql.Field)(),
    _ts_metadata("design:type", Boolean)
], PageInfo.prototype, "hasNextPage", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'Pass as `after` to get the next page.'
    }),
    _ts_metadata("design:type", Object)
], PageInfo.prototype, "endCursor", void 0);
PageInfo = _ts_decorate([
    (0, _typegraphql.ObjectType)()
], PageInfo);
let PageArgs = class PageArgs {
    constructor(){
        this.first = DEFAULT_PAGE_SIZE;
    }
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        defaultValue: DEFAULT_PAGE_SIZE,
        description: `Page size, 1 to ${MAX_PAGE_SIZE}.`
    }),
    _ts_metadata("design:type", Number)
], PageArgs.prototype, "first", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'The `endCursor` of the previous page.'
    }),
    _ts_metadata("design:type", Object)
], PageArgs.prototype, "after", void 0);
PageArgs = _ts_decorate([
    (0, _typegraphql.ArgsType)()
], PageArgs);
function Connection(nodeType, name) {
    let EdgeType = class EdgeType {
    };
    _ts_decorate([
        (0, _typegraphql.Field)(),
        _ts_metadata("design:type", String)
    ], EdgeType.prototype, "cursor", void 0);
    _ts_decorate([
        (0, _typegraphql.Field)(()=>nodeType),
        _ts_metadata("design:type", typeof T === "undefined" ? Object : T)
    ], EdgeType.prototype, "node", void 0);
    EdgeType = _ts_decorate([
        (0, _typegraphql.ObjectType)(`${name}Edge`)
    ], EdgeType);
    let ConnectionType = class ConnectionType {
    };
    _ts_decorate([
        (0, _typegraphql.Field)(()=>[
                EdgeType
            ]),
        _ts_metadata("design:type", Array)
    ], ConnectionType.prototype, "edges", void 0);
    _ts_decorate([
        (0, _typegraphql.Field)(()=>PageInfo),
        _ts_metadata("design:type", typeof PageInfo === "undefined" ? Object : PageInfo)
    ], ConnectionType.prototype, "pageInfo", void 0);
    ConnectionType = _ts_decorate([
        (0, _typegraphql.ObjectType)(`${name}Connection`)
    ], ConnectionType);
    return ConnectionType;
}
function checkPageSize(first, field = 'first') {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
        throw new _errors.BadUserInputError({
            field,
            rule: 'range',
            message: `${field} must be between 1 and ${MAX_PAGE_SIZE}.`
        });
    }
    return first;
}
function encodeCursor(key) {
    return Buffer.from(JSON.stringify(key)).toString('base64url');
}
function decodeCursor(cursor, size) {
    if (cursor === null || cursor === undefined || cursor === '') return null;
    try {
        const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
        if (Array.isArray(key) && key.length === size && key.every((k)=>[
                'string',
                'number'
            ].includes(typeof k) || k === null)) {
            return key;
        }
    } catch  {
    /* fall through */ }
    throw new _errors.BadUserInputError({
        field: 'after',
        rule: 'cursor',
        message: 'after is not a cursor returned by this list.'
    });
}
function toConnection(rows, first, keyOf, nodeOf) {
    const page = rows.slice(0, first);
    const edges = page.map((row)=>({
            cursor: encodeCursor(keyOf(row)),
            node: nodeOf(row)
        }));
    return {
        edges,
        pageInfo: {
            hasNextPage: rows.length > first,
            endCursor: edges.length ? edges[edges.length - 1].cursor : null
        }
    };
}
