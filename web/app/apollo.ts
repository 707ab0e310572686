import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { csrfToken, GRAPHQL_PATH, loginUrl, websocketUrl } from '../shared/csrf';

// The only way the app talks to the server: queries and mutations over HTTP with the
// session cookie and the CSRF header, subscriptions over WebSocket (same cookie).

/** Sends the browser to the login page when the session is missing or ended. */
export function redirectToLogin(): void {
  const here = location.pathname + location.search;
  location.assign(loginUrl(here.startsWith('/app/') ? here : '/app/'));
}

function isUnauthenticated(error: unknown): boolean {
  if (ServerError.is(error) && error.statusCode === 401) return true;
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}

const http = new HttpLink({ uri: GRAPHQL_PATH, credentials: 'include' });

const csrf = new SetContextLink((prev) => ({
  headers: { ...(prev.headers as Record<string, string> | undefined), 'X-CSRFToken': csrfToken() },
}));

// Logging in happens on the server's login page; every other operation needs the session.
const session = new ErrorLink(({ error, operation }) => {
  if (operation.operationName !== 'Logout' && isUnauthenticated(error)) redirectToLogin();
});

export const wsClient = createClient({
  url: websocketUrl(),
  lazy: true,
  // Reconnects after network loss (a tablet walking through a plant), with backoff.
  retryAttempts: 30,
  shouldRetry: () => true,
});

const ws = new GraphQLWsLink(wsClient);

export const client = new ApolloClient({
  link: ApolloLink.from([
    session,
    ApolloLink.split(({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION, ws, ApolloLink.from([csrf, http])),
  ]),
  cache: new InMemoryCache(),
  defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
});
