import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema, printSchema, type GraphQLFieldResolver, type GraphQLResolveInfo } from 'graphql';
import { applyMiddleware, middleware, type IMiddlewareTypeMap } from 'graphql-middleware';
import { allow, deny, shield } from 'graphql-shield';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { schemaPubSub } from './graphql/pubsub';
import { permissions } from './permissions/permissions';
import { decisionOf } from './permissions/rules';
import { auditMutationField } from './modules/audit/audit-context';
import { freshLoadersAfterMutation } from './graphql/loaders';
import { resolvers } from './resolvers';
import type { Context } from './context';

/** The schema as the code declares it, without the permission layer. */
export async function buildBareSchema(): Promise<GraphQLSchema> {
  // Plain @Field properties are read by graphql's default resolver, not through a
  // type-graphql wrapper per field and row (8 plain fields x 200 pins = 1,600 calls for a
  // viewer's pins). Simple fields skip type-graphql middlewares and @Authorized, which nothing
  // here uses (checks live in graphql-shield; a test keeps it so).
  for (const field of getMetadataStorage().fields) if (field.name === field.schemaName) field.simple ??= true;
  return buildSchema({ resolvers, validate: false, pubSub: schemaPubSub });
}

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * graphql-shield, closed by default, made cheap on object fields (a list of 200 pins runs
 * their field resolvers 200 times): a field whose rule is explicitly `allow` keeps its plain
 * resolver, and a field whose rule depends on the caller alone (`can(...)`, `isAuthenticated`)
 * takes the same decision synchronously, so the field stays synchronous instead of becoming
 * one promise per row. Root fields, rules that read the parent or arguments, and types
 * missing from the tree (denied) keep shield's own wrapper.
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
      const wrappers = fields as Record<string, unknown>;
      for (const field of Object.keys(wrappers)) {
        const fieldRule = rules[field] ?? rules['*'];
        const decide = decisionOf(fieldRule);
        if (fieldRule === allow) delete wrappers[field];
        else if (decide) {
          // As shield answers: the rule's error in place of the field, else the resolver.
          wrappers[field] = (resolve: GraphQLFieldResolver<unknown, Context>, parent: unknown, args: Record<string, unknown>, ctx: Context, info: GraphQLResolveInfo) => {
            const decision = decide(ctx);
            return decision === true ? resolve(parent, args, ctx, info) : decision;
          };
        }
      }
    }
    return map;
  });
}

/** The served schema: every field behind graphql-shield, closed by default; each mutation audited under its own name, its answer read afresh. */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  return applyMiddleware(await buildBareSchema(), permissionLayer(), { Mutation: auditMutationField }, { Mutation: freshLoadersAfterMutation });
}

/** The text committed as schema.graphql, sorted so diffs stay small. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `# Generated from the code by \`npm run schema:emit\`; do not edit by hand.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
