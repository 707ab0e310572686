import type { Context } from '../../context';
import { BadUserInputError, Problems } from '../../errors';
import { parseId } from '../../graphql/ids';
import { checkPageSize, decodeCursor, toConnection, type ConnectionShape } from '../../graphql/pagination';
import { AuditAction, type AuditEntry, type AuditFilter } from './audit.types';

interface AuditRow {
  id: string;
  at: Date | string;
  actor_id: number | null;
  request_id: string | null;
  operation: string | null;
  operation_name: string | null;
  entity: string;
  entity_id: string;
  action: AuditAction;
  changes: Record<string, [unknown, unknown]>;
}

const TABLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const TEXT_MAX = 200;

/** A table name as is, or an entity type name (`Asset`) mapped to its table. */
function tableOf(ctx: Context, entity: string, field: string): string {
  const name = entity.trim();
  const meta = Object.values(ctx.app.orm.getMetadata().getAll()).find((m) => m.className === name);
  if (meta?.tableName) return meta.tableName;
  if (!TABLE_NAME.test(name)) {
    throw new BadUserInputError({ field, rule: 'entity', message: `${field} must be a table name like activos_activo or a type name like Asset.` });
  }
  return name;
}

function text(problems: Problems, value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined) return null;
  if (value.length > TEXT_MAX) problems.add(field, 'max_length', `${field} takes at most ${TEXT_MAX} characters.`);
  return value;
}

function entryOf(r: AuditRow): AuditEntry {
  return {
    id: String(r.id),
    at: new Date(r.at),
    actorId: r.actor_id === null ? null : String(r.actor_id),
    requestId: r.request_id,
    operation: r.operation,
    operationName: r.operation_name,
    entity: r.entity,
    entityId: r.entity_id,
    action: r.action,
    changes: Object.keys(r.changes)
      .sort()
      .map((field) => ({ field, old: r.changes[field]![0], new: r.changes[field]![1] })),
  };
}

/** Newest first, keyset-paginated on the log id. */
async function page(ctx: Context, where: string[], params: unknown[], first: number, after: string | null | undefined) {
  const size = checkPageSize(first);
  const cursor = decodeCursor(after, ['bigint']);
  if (cursor) {
    where.push('id < ?::bigint');
    params.push(cursor[0]);
  }
  params.push(size + 1);
  const rows = await ctx.em.getConnection().execute<AuditRow[]>(
    `select id::text, at, actor_id, request_id, operation, operation_name, entity, entity_id, action, changes
       from audit_log ${where.length ? `where ${where.join(' and ')}` : ''} order by id desc limit ?`,
    params,
  );
  return toConnection(rows, size, (r) => [String(r.id)], entryOf);
}

export function entityHistory(ctx: Context, entity: string, id: string, first: number, after?: string | null): Promise<ConnectionShape<AuditEntry>> {
  const problems = new Problems();
  const entityId = text(problems, String(id).trim(), 'id');
  problems.throwIfAny();
  return page(ctx, ['entity = ?', 'entity_id = ?'], [tableOf(ctx, entity, 'entity'), entityId], first, after);
}

export function auditLog(ctx: Context, filter: AuditFilter, first: number, after?: string | null): Promise<ConnectionShape<AuditEntry>> {
  const problems = new Problems();
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    where.push(sql);
    params.push(value);
  };
  if (filter.entity) add('entity = ?', tableOf(ctx, filter.entity, 'filter.entity'));
  const entityId = text(problems, filter.entityId, 'filter.entityId');
  if (entityId !== null) add('entity_id = ?', entityId.trim());
  if (filter.actorId !== null && filter.actorId !== undefined) add('actor_id = ?', parseId(filter.actorId, 'filter.actorId'));
  const operation = text(problems, filter.operation, 'filter.operation');
  if (operation !== null) add('operation = ?', operation);
  const requestId = text(problems, filter.requestId, 'filter.requestId');
  if (requestId !== null) add('request_id = ?', requestId);
  if (filter.from && filter.to && filter.from >= filter.to) problems.add('filter.to', 'after_from', 'to must be later than from.');
  problems.throwIfAny();
  if (filter.from) add('at >= ?', filter.from);
  if (filter.to) add('at < ?', filter.to);
  return page(ctx, where, params, first, after);
}
