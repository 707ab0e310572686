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
    get BadUserInputError () {
        return BadUserInputError;
    },
    get ConflictError () {
        return ConflictError;
    },
    get ForbiddenError () {
        return ForbiddenError;
    },
    get LOGIN_URL () {
        return LOGIN_URL;
    },
    get NotFoundError () {
        return NotFoundError;
    },
    get Problems () {
        return Problems;
    },
    get ServiceUnavailableError () {
        return ServiceUnavailableError;
    },
    get TooManyRequestsError () {
        return TooManyRequestsError;
    },
    get UnauthenticatedError () {
        return UnauthenticatedError;
    },
    get createFormatError () {
        return createFormatError;
    },
    get isDatabaseUnavailable () {
        return isDatabaseUnavailable;
    }
});
const _graphql = require("graphql");
const _errors = require("@apollo/server/errors");
const LOGIN_URL = '/admin/login/';
let UnauthenticatedError = class UnauthenticatedError extends _graphql.GraphQLError {
    constructor(){
        super('Authentication required', {
            extensions: {
                code: 'UNAUTHENTICATED',
                redirect: LOGIN_URL,
                http: {
                    status: 401
                }
            }
        });
    }
};
let ForbiddenError = class ForbiddenError extends _graphql.GraphQLError {
    /** `requiredPermission` is an `app.codename` string, or `is_staff`. */ constructor(requiredPermission, message = 'Permission denied'){
        super(message, {
            extensions: {
                code: 'FORBIDDEN',
                required_permission: requiredPermission,
                http: {
                    status: 403
                }
            }
        });
    }
};
let NotFoundError = class NotFoundError extends _graphql.GraphQLError {
    constructor(entity, id, field = 'id'){
        super(`${entity} ${id} does not exist`, {
            extensions: {
                code: 'NOT_FOUND',
                field,
                entity
            }
        });
    }
};
let BadUserInputError = class BadUserInputError extends _graphql.GraphQLError {
    constructor(problems){
        const list = Array.isArray(problems) ? problems : [
            problems
        ];
        const first = list[0];
        super(list.map((p)=>p.message).join(' '), {
            extensions: {
                code: 'BAD_USER_INPUT',
                field: first?.field,
                rule: first?.rule,
                problems: list
            }
        });
    }
};
let ConflictError = class ConflictError extends _graphql.GraphQLError {
    constructor(message, field, extra = {}){
        super(message, {
            extensions: {
                code: 'CONFLICT',
                field,
                ...extra
            }
        });
    }
};
let TooManyRequestsError = class TooManyRequestsError extends _graphql.GraphQLError {
    constructor(retryAfterS){
        super('Too many failed login attempts. Try again later.', {
            extensions: {
                code: 'TOO_MANY_REQUESTS',
                retryAfter: retryAfterS,
                http: {
                    status: 429
                }
            }
        });
    }
};
let ServiceUnavailableError = class ServiceUnavailableError extends _graphql.GraphQLError {
    constructor(){
        super('Service temporarily unavailable', {
            extensions: {
                code: 'SERVICE_UNAVAILABLE',
                http: {
                    status: 503
                }
            }
        });
    }
};
let Problems = class Problems {
    add(field, rule, message) {
        this.list.push({
            field,
            rule,
            message
        });
        return this;
    }
    get any() {
        return this.list.length > 0;
    }
    throwIfAny() {
        if (this.list.length) throw new BadUserInputError(this.list);
    }
    constructor(){
        this.list = [];
    }
};
const PUBLIC_CODES = new Set([
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'NOT_FOUND',
    'BAD_USER_INPUT',
    'CONFLICT',
    'TOO_MANY_REQUESTS',
    'SERVICE_UNAVAILABLE',
    'GRAPHQL_PARSE_FAILED',
    'GRAPHQL_VALIDATION_FAILED',
    'BAD_REQUEST',
    'PERSISTED_QUERY_NOT_FOUND',
    'PERSISTED_QUERY_NOT_SUPPORTED',
    'OPERATION_RESOLUTION_FAILURE'
]);
function isDatabaseUnavailable(error) {
    const e = error;
    if (!e) return false;
    const code = e.code ?? '';
    if ([
        'ECONNREFUSED',
        'ECONNRESET',
        'ETIMEDOUT',
        'EPIPE',
        '57P01',
        '57P02',
        '57P03',
        '08000',
        '08003',
        '08006',
        '53300'
    ].includes(code)) {
        return true;
    }
    const msg = e.message ?? '';
    return /Connection terminated|timeout exceeded when trying to connect|Knex: Timeout acquiring a connection|connection.*(closed|terminated)|Client has encountered a connection error/i.test(msg);
}
function createFormatError(logger) {
    return (formatted, error)=>{
        const original = (0, _errors.unwrapResolverError)(error);
        const code = formatted.extensions?.code;
        if (original instanceof _graphql.GraphQLError && code && PUBLIC_CODES.has(code)) {
            const { stacktrace: _drop, http: _http, ...extensions } = formatted.extensions ?? {};
            return {
                ...formatted,
                extensions
            };
        }
        if (isDatabaseUnavailable(original)) {
            logger.warn({
                err: original
            }, 'database unavailable');
            return {
                message: 'Service temporarily unavailable',
                path: formatted.path,
                extensions: {
                    code: 'SERVICE_UNAVAILABLE'
                }
            };
        }
        logger.error({
            err: original
        }, 'unexpected error');
        return {
            message: 'Internal server error',
            path: formatted.path,
            extensions: {
                code: 'INTERNAL_SERVER_ERROR'
            }
        };
    };
}
