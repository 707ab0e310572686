"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "anonymousGatePlugin", {
    enumerable: true,
    get: function() {
        return anonymousGatePlugin;
    }
});
const _graphql = require("graphql");
const _errors = require("../errors");
/** Root fields an anonymous caller may use: nothing but logging in. */ const ANONYMOUS_MUTATIONS = new Set([
    'login',
    '__typename'
]);
function onlyLogin(op) {
    return op !== undefined && op.operation === 'mutation' && op.selectionSet.selections.every((s)=>s.kind === _graphql.Kind.FIELD && ANONYMOUS_MUTATIONS.has(s.name.value));
}
function anonymousGatePlugin() {
    return {
        async requestDidStart ({ contextValue }) {
            if (contextValue.user) return;
            return {
                async didResolveOperation ({ operation }) {
                    if (!onlyLogin(operation)) throw new _errors.UnauthenticatedError();
                },
                async willSendResponse ({ response }) {
                    // Parse and validation failures never reach didResolveOperation.
                    if (response.body.kind !== 'single') return;
                    const result = response.body.singleResult;
                    const codes = result.errors?.map((e)=>e.extensions?.code) ?? [];
                    // Errors before execution (no `data` key): parse, validation, variable coercion.
                    if (codes.length && !('data' in result) && !codes.includes('UNAUTHENTICATED')) {
                        response.body.singleResult.errors = [
                            {
                                message: 'Authentication required',
                                extensions: {
                                    code: 'UNAUTHENTICATED',
                                    redirect: _errors.LOGIN_URL
                                }
                            }
                        ];
                        response.http.status = 401;
                    }
                }
            };
        }
    };
}
