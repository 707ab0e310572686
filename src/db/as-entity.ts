import type { Ref } from '@mikro-orm/core';

/**
 * A row read with SQL as an entity, without running the entity's constructor (its collections
 * and managed references cost more than the row): the row's own fields on the class prototype, so
 * getters work, `instanceof` holds and type-graphql's `@Root()` does not convert it again.
 * Such an object is read-only data for the response, never persisted through the ORM.
 */
export function asEntity<T extends object>(cls: { prototype: T }, fields: Partial<T>): T {
  return Object.setPrototypeOf(fields, cls.prototype) as T;
}

/** A relation known only by its id: `{ id }`, resolved later by a batched loader. */
export function stub<T>(id: number | null): Ref<T> | null {
  return id === null ? null : ({ id } as unknown as Ref<T>);
}

/** A timestamptz as the driver returns it (text) -> Date. */
export function toDate(v: string | Date): Date;
export function toDate(v: string | Date | null): Date | null;
export function toDate(v: string | Date | null): Date | null {
  if (v === null) return null;
  return v instanceof Date ? v : new Date(v);
}
