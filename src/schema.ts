import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { applyMiddleware, middleware, type IMiddlewareTypeMap } from 'graphql-middleware';
import { allow, deny, shield } from 'graphql-shield';
import { buildSchema } from 'type-graphql';
import { schemaPubSub } from './graphql/pubsub';
import { permissions } from './permissions/permissions';
import { auditMutationField } from './modules/audit/audit-context';
import { resolvers } from './resolvers';

/** The schema as the code declares it, without the permission layer. */
export async function buildBareSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false, pubSub: schemaPubSub });
}

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * graphql-shield, closed by default, without the wrappers that decide nothing: a field
 * of an object type whose rule is explicitly `allow` keeps its plain resolver (wrapping
 * every scalar of a wide list costs 20-45%). Root fields, fields with a real rule and
 * types missing from the tree (denied) stay wrapped.
 */
function permissionLayer() {
  const generator = shield(permissions, {
    fallbackRule: deny,
    // Resolver errors (NOT_FOUND, BAD_USER_INPUT...) pass through instead of "Not Authorised!".
    allowExternalErrors: true,
    debug: false,
  });
  return middleware((schema) => {
    const map = generator.generate(schema) as IMiddlewareTypeMap;
    const tree = permissions as Record<string, Record<string, unknown>>;
    for (const [typeName, fields] of Object.entries(map)) {
      const rules = tree[typeName];
      if (ROOT_TYPES.has(typeName) || !rules || typeof fields !== 'object') continue;
      for (const field of Object.keys(fields)) {
        if ((rules[field] ?? rules['*']) === allow) delete (fields as Record<string, unknown>)[field];
      }
    }
    return map;
  });
}

/** The served schema: every field behind graphql-shield, closed by default; each mutation audited under its own name. */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  return applyMiddleware(await buildBareSchema(), permissionLayer(), { Mutation: auditMutationField });
}

/** The text committed as schema.graphql, sorted so diffs stay small. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `# Generated from the code by \`npm run schema:emit\`; do not edit by hand.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
