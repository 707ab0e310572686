import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { BadUserInputError } from '../errors';

// Keyset (cursor) pagination shared by every list: a cursor is the sort key of the last
// row seen, opaque to clients (base64url JSON), so pages stay stable under inserts.

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` })
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/** Declares `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionType;
}

/** A page size or result limit: a whole number from 1 to `max`, or BAD_USER_INPUT naming the field. */
export function checkPageSize(first: number, field = 'first', max = MAX_PAGE_SIZE): number {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw new BadUserInputError({ field, rule: 'range', message: `${field} must be between 1 and ${max}.` });
  }
  return first;
}

export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

const isTime = (v: unknown) => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const CURSOR_PARTS = {
  int: (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v),
  text: (v: unknown) => typeof v === 'string',
  /** A timestamp as text (keeps the driver's microseconds). */
  time: isTime,
  'time?': (v: unknown) => v === null || isTime(v),
  /** A bigint id as decimal text. */
  bigint: (v: unknown) => typeof v === 'string' && /^\d{1,19}$/.test(v),
};
/** A kind of key part, or a check of its own (an enum value, say). */
export type CursorPart = keyof typeof CURSOR_PARTS | ((v: unknown) => boolean);

/**
 * Decodes a cursor made by encodeCursor whose key parts have the given kinds, or answers
 * BAD_USER_INPUT on `after`: a forged cursor never reaches SQL.
 */
export function decodeCursor(cursor: string | null | undefined, parts: readonly CursorPart[]): unknown[] | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === parts.length && parts.every((kind, i) => (typeof kind === 'function' ? kind : CURSOR_PARTS[kind])(key[i]))) {
      return key;
    }
  } catch {
    /* fall through */
  }
  throw new BadUserInputError({ field: 'after', rule: 'cursor', message: 'after is not a cursor returned by this list.' });
}

/**
 * Builds a connection from `first + 1` fetched rows (the extra row only tells whether
 * there is a next page).
 */
export function toConnection<R, T>(rows: R[], first: number, keyOf: (row: R) => unknown[], nodeOf: (row: R) => T): ConnectionShape<T> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({ cursor: encodeCursor(keyOf(row)), node: nodeOf(row) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.length ? edges[edges.length - 1]!.cursor : null },
  };
}
