import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { visit, BREAK } from 'graphql';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';

// PostgreSQL cannot store a NUL character in text, and the ORM's inlined parameters turn
// one into a protocol error: refuse it as the client's mistake before anything runs.

const MESSAGE = 'Text may not contain NUL characters.';

/** The path of the first string containing NUL (`variables.input.name`), or null. */
export function findNul(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (depth > 32 || value === null || typeof value !== 'object') return null;
  for (const [k, v] of Object.entries(value)) {
    if (k.includes('\u0000')) return `${path}.${k.replace(/\u0000/g, '')}`;
    const found = findNul(v, path ? `${path}.${k}` : k, depth + 1);
    if (found) return found;
  }
  return null;
}

/** After the body parsers: any NUL in the query string or body answers 400. */
export function rejectNulCharacters() {
  return (req: Request, res: Response, next: NextFunction) => {
    const field = findNul(req.query, 'query') ?? findNul(req.body, '');
    if (!field) return next();
    if (req.path.startsWith('/graphql')) {
      res.status(400).json({ errors: [{ message: MESSAGE, extensions: { code: 'BAD_USER_INPUT', field, rule: 'nul' } }] });
      return;
    }
    res.status(400).json({ error: MESSAGE, code: 'BAD_USER_INPUT', field });
  };
}

/** The same for string literals in the document (`"\u0000"` escapes) and variables of in-process calls. */
export function nulGuardPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          let field = findNul(request.variables ?? {}, 'variables');
          // A string literal can only hold NUL through a \u escape or a raw NUL: most
          // documents have neither and skip the walk over their syntax tree.
          const text = request.query;
          const mayHoldNul = text === undefined || text.includes('\\u') || text.includes('\u0000');
          if (!field && mayHoldNul) {
            visit(document, {
              StringValue(node) {
                if (node.value.includes('\u0000')) {
                  field = `line ${node.loc?.startToken.line ?? '?'}`;
                  return BREAK;
                }
                return undefined;
              },
            });
          }
          if (field) {
            const error = new BadUserInputError({ field, rule: 'nul', message: MESSAGE });
            (error.extensions as Record<string, unknown>).http = { status: 400 };
            throw error;
          }
        },
      };
    },
  };
}
