import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { Context } from '../context';
import { LOGIN_URL, UnauthenticatedError } from '../errors';

/** Root fields an anonymous caller may use: nothing but logging in. */
const ANONYMOUS_MUTATIONS = new Set(['login', '__typename']);

function onlyLogin(op: OperationDefinitionNode | undefined): boolean {
  return (
    op !== undefined &&
    op.operation === 'mutation' &&
    op.selectionSet.selections.every((s) => s.kind === Kind.FIELD && ANONYMOUS_MUTATIONS.has(s.name.value))
  );
}

/**
 * Every operation except login needs a session, introspection and invalid documents
 * included: an anonymous caller learns nothing about the schema, only the 401 shape.
 */
export function anonymousGatePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      if (contextValue.user) return;
      return {
        async didResolveOperation({ operation }) {
          if (!onlyLogin(operation)) throw new UnauthenticatedError();
        },
        async willSendResponse({ response }) {
          // Parse and validation failures never reach didResolveOperation.
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const codes = result.errors?.map((e) => e.extensions?.code) ?? [];
          // Errors before execution (no `data` key): parse, validation, variable coercion.
          if (codes.length && !('data' in result) && !codes.includes('UNAUTHENTICATED')) {
            response.body.singleResult.errors = [
              { message: 'Authentication required', extensions: { code: 'UNAUTHENTICATED', redirect: LOGIN_URL } },
            ];
            response.http.status = 401;
          }
        },
      };
    },
  };
}
