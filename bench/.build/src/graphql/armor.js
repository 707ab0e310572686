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
    get MAX_TOKENS () {
        return MAX_TOKENS;
    },
    get queryLimits () {
        return queryLimits;
    }
});
const _graphqlarmor = require("@escape.tech/graphql-armor");
const MAX_TOKENS = 3000;
function queryLimits(opts) {
    return new _graphqlarmor.ApolloArmor({
        maxDepth: {
            n: 12,
            flattenFragments: true,
            ignoreIntrospection: true,
            exposeLimits: true
        },
        costLimit: {
            maxCost: 20000,
            flattenFragments: true,
            ignoreIntrospection: true,
            exposeLimits: true
        },
        // Each alias of `login` is a separate throttled attempt; 20 is plenty for real clients.
        maxAliases: {
            n: 20,
            exposeLimits: true
        },
        maxDirectives: {
            n: 30,
            exposeLimits: true
        },
        // Tokens are limited by graphql-js's own parser option (MAX_TOKENS), which fails as a 400.
        maxTokens: {
            enabled: false
        },
        blockFieldSuggestion: {
            enabled: !opts.development
        }
    }).protect();
}
