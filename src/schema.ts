import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { deny, shield } from 'graphql-shield';
import { buildSchema } from 'type-graphql';
import { permissions } from './permissions/permissions';
import { resolvers } from './resolvers';

/** The schema as the code declares it, without the permission layer. */
export async function buildBareSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false });
}

/** The served schema: every field behind graphql-shield, closed by default. */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  const bare = await buildBareSchema();
  return applyMiddleware(
    bare,
    shield(permissions, {
      fallbackRule: deny,
      // Resolver errors (NOT_FOUND, BAD_USER_INPUT...) pass through instead of "Not Authorised!".
      allowExternalErrors: true,
      debug: false,
    }),
  );
}

/** The text committed as schema.graphql, sorted so diffs stay small. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `# Generated from the code by \`npm run schema:emit\`; do not edit by hand.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
