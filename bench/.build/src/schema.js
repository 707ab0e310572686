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
    get buildAppSchema () {
        return buildAppSchema;
    },
    get buildBareSchema () {
        return buildBareSchema;
    },
    get printAppSchema () {
        return printAppSchema;
    }
});
require("reflect-metadata");
const _graphql = require("graphql");
const _graphqlmiddleware = require("graphql-middleware");
const _graphqlshield = require("graphql-shield");
const _typegraphql = require("type-graphql");
const _pubsub = require("./graphql/pubsub");
const _permissions = require("./permissions/permissions");
const _auditcontext = require("./modules/audit/audit-context");
const _resolvers = require("./resolvers");
async function buildBareSchema() {
    return (0, _typegraphql.buildSchema)({
        resolvers: _resolvers.resolvers,
        validate: false,
        pubSub: _pubsub.schemaPubSub
    });
}
const ROOT_TYPES = new Set([
    'Query',
    'Mutation',
    'Subscription'
]);
/**
 * graphql-shield, closed by default, without the wrappers that decide nothing: a field
 * of an object type whose rule is explicitly `allow` keeps its plain resolver (wrapping
 * every scalar of a wide list costs 20-45%). Root fields, fields with a real rule and
 * types missing from the tree (denied) stay wrapped.
 */ function permissionLayer() {
    const generator = (0, _graphqlshield.shield)(_permissions.permissions, {
        fallbackRule: _graphqlshield.deny,
        // Resolver errors (NOT_FOUND, BAD_USER_INPUT...) pass through instead of "Not Authorised!".
        allowExternalErrors: true,
        debug: false
    });
    return (0, _graphqlmiddleware.middleware)((schema)=>{
        const map = generator.generate(schema);
        const tree = _permissions.permissions;
        for (const [typeName, fields] of Object.entries(map)){
            const rules = tree[typeName];
            if (ROOT_TYPES.has(typeName) || !rules || typeof fields !== 'object') continue;
            for (const field of Object.keys(fields)){
                if ((rules[field] ?? rules['*']) === _graphqlshield.allow) delete fields[field];
            }
        }
        return map;
    });
}
async function buildAppSchema() {
    return (0, _graphqlmiddleware.applyMiddleware)(await buildBareSchema(), permissionLayer(), {
        Mutation: _auditcontext.auditMutationField
    });
}
function printAppSchema(schema) {
    return `# Generated from the code by \`npm run schema:emit\`; do not edit by hand.\n\n${(0, _graphql.printSchema)((0, _graphql.lexicographicSortSchema)(schema))}\n`;
}
