import type { GraphiQLProps } from 'graphiql';
import { createClient, type Client } from 'graphql-ws';
import { csrfToken, GRAPHQL_PATH, websocketUrl } from '../shared/csrf';

type Fetcher = GraphiQLProps['fetcher'];
type Params = { query: string; operationName?: string | null; variables?: unknown };
type Opts = { headers?: Record<string, unknown> } | undefined;

let ws: Client | null = null;

/**
 * GraphiQL's fetcher: queries and mutations by POST with the session cookie and the CSRF
 * header; subscriptions over WebSocket (same origin, same cookie).
 */
export const fetcher: Fetcher = (params: Params, opts: Opts) => {
  if (/^\s*subscription\b/m.test(params.query) && !/^\s*(query|mutation)\b/m.test(params.query)) {
    ws ??= createClient({ url: websocketUrl(), lazy: true, retryAttempts: 3 });
    return ws.iterate({ query: params.query, operationName: params.operationName ?? undefined, variables: params.variables as Record<string, unknown> }) as ReturnType<Fetcher>;
  }
  return fetch(GRAPHQL_PATH, {
    method: 'POST',
    credentials: 'include',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
      ...(opts?.headers as Record<string, string> | undefined),
      'X-CSRFToken': csrfToken(),
    },
    body: JSON.stringify(params),
  }).then((res) => res.json());
};
