import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import type { Context } from '../context';
import { isDatabaseUnavailable, isUnstorableText, loggedErrors } from '../errors';

/**
 * Unexpected errors are logged with the request's logger (its request id), before
 * formatError masks them. An operation that failed because the database was unreachable
 * answers HTTP 503 with Retry-After, not 200 with an error inside: proxies and clients retry.
 */
export function errorReportingPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            // Client errors (our own classes, parse/validation) and bad text are no fault.
            if (original instanceof GraphQLError || isUnstorableText(original) || typeof original !== 'object' || original === null) continue;
            if (isDatabaseUnavailable(original)) contextValue.logger.warn({ err: original, path: error.path }, 'database unavailable');
            else contextValue.logger.error({ err: original, path: error.path }, 'unexpected error');
            loggedErrors.add(original);
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          if (response.body.singleResult.errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) {
            response.http.status = 503;
            response.http.headers.set('retry-after', '1');
          }
        },
      };
    },
  };
}
