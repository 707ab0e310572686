import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Limits checked before execution (graphql-armor): depth, cost, aliases, directives and
 * tokens, fragments flattened so spreading them cannot get around a limit. Field
 * suggestions ("Did you mean ...") are masked outside development.
 */
export const MAX_TOKENS = 3000;

export function queryLimits(opts: { development: boolean }) {
  return new ApolloArmor({
    maxDepth: { n: 12, flattenFragments: true, ignoreIntrospection: true, exposeLimits: true },
    costLimit: { maxCost: 20000, flattenFragments: true, ignoreIntrospection: true, exposeLimits: true },
    // Each alias of `login` is a separate throttled attempt; 20 is plenty for real clients.
    maxAliases: { n: 20, exposeLimits: true },
    maxDirectives: { n: 30, exposeLimits: true },
    // Tokens are limited by graphql-js's own parser option (MAX_TOKENS), which fails as a 400.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: !opts.development },
  }).protect();
}
