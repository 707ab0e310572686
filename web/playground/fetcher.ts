import type { GraphiQLProps } from 'graphiql';
import { Kind, parse } from 'graphql';
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
/**
 * GraphiQL works out the operation name a moment after an edit; a run started sooner
 * sends the previous one ("Unknown operation named ..."). Keep it only when the document
 * really has that operation.
 */
function withValidOperationName(params: Params): Params {
  if (!params.operationName) return params;
  try {
    const names = parse(params.query).definitions.flatMap((d) =>
      d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : [],
    );
    return names.includes(params.operationName) ? params : { ...params, operationName: names.length === 1 ? names[0] : undefined };
  } catch {
    return params; // the server reports the syntax error
  }
}

export const fetcher: Fetcher = (raw: Params, opts: Opts) => {
  const params = withValidOperationName(raw);
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
