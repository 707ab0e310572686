import type { Request } from 'express';
import { Kind, parse } from 'graphql';

const cache = new Map<string, boolean>();
const CACHE_LIMIT = 1000;

/**
 * True for a GraphQL POST whose document can only read: every operation in it is a
 * query, or it does not even parse (then nothing runs). Such a request is as safe as a
 * GET, so the CSRF token is not required (Apollo's csrfPrevention still stops "simple"
 * cross-site requests, and CORS keeps foreign pages from reading answers). Mutations,
 * subscriptions, batches and documents sent by hash alone keep the full CSRF check.
 */
export function isReadOnlyGraphQLRequest(req: Request, path: string): boolean {
  if (req.method !== 'POST' || req.path !== path) return false;
  const body = req.body as { query?: unknown } | undefined;
  if (!body || Array.isArray(body) || typeof body.query !== 'string') return false;
  const query = body.query;
  let readOnly = cache.get(query);
  if (readOnly === undefined) {
    try {
      readOnly = parse(query, { maxTokens: 5000 }).definitions.every(
        (d) => d.kind !== Kind.OPERATION_DEFINITION || d.operation === 'query',
      );
    } catch {
      readOnly = true;
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(query, readOnly);
  }
  return readOnly;
}
