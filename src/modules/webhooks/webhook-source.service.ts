import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { mapUniqueViolation } from '../../db/constraint-errors';
import { NotFoundError, Problems } from '../../errors';
import { requiredText } from '../../graphql/validation';
import { WebhookSource } from './webhook-source.entity';

// Webhook sources. The secret is generated here (32 random bytes), shown once when the
// source is created or its secret rotated, and never readable afterwards.

const UNIQUE = { webhook_source_name_unique: ['name', 'A webhook source with this name already exists.'] as [string, string] };

interface SourceRow {
  id: number;
  name: string;
  user_id: number;
  active: boolean;
  created_at: string;
}

function toSource(r: SourceRow): WebhookSource {
  return Object.assign(new WebhookSource(), { id: r.id, name: r.name, userId: r.user_id, active: r.active, createdAt: new Date(r.created_at) });
}

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export async function listSources(em: EntityManager): Promise<WebhookSource[]> {
  const rows = await em.execute<SourceRow[]>('select id, name, user_id, active, created_at from webhook_source order by name');
  return rows.map(toSource);
}

async function readSource(em: EntityManager, id: number): Promise<WebhookSource> {
  const rows = await em.execute<SourceRow[]>('select id, name, user_id, active, created_at from webhook_source where id = ?', [id]);
  if (!rows[0]) throw new NotFoundError('WebhookSource', id);
  return toSource(rows[0]);
}

export async function createSource(em: EntityManager, nameArg: string, userId: number): Promise<{ source: WebhookSource; secret: string }> {
  const p = new Problems();
  const name = requiredText(p, 'name', nameArg, 100);
  if (name && !/^[A-Za-z0-9_.-]+$/.test(name)) p.add('name', 'format', 'name takes letters, digits, "_", "." and "-" only (it travels in a header).');
  p.throwIfAny();
  const [user] = await em.execute<Array<{ id: number }>>('select id from auth_user where id = ? and is_active', [userId]);
  if (!user) p.add('userId', 'exists', `User ${userId} does not exist or is inactive.`).throwIfAny();
  const secret = newSecret();
  try {
    const [row] = await em.execute<Array<{ id: number }>>('insert into webhook_source (name, secret, user_id) values (?, ?, ?) returning id', [name, secret, userId]);
    return { source: await readSource(em, row!.id), secret };
  } catch (err) {
    return mapUniqueViolation(err, UNIQUE);
  }
}

export async function rotateSecret(em: EntityManager, id: number): Promise<{ source: WebhookSource; secret: string }> {
  const secret = newSecret();
  const rows = await em.execute<Array<{ id: number }>>('update webhook_source set secret = ? where id = ? returning id', [secret, id]);
  if (!rows.length) throw new NotFoundError('WebhookSource', id);
  return { source: await readSource(em, id), secret };
}

export async function setSourceActive(em: EntityManager, id: number, active: boolean): Promise<WebhookSource> {
  const rows = await em.execute<Array<{ id: number }>>('update webhook_source set active = ? where id = ? returning id', [active, id]);
  if (!rows.length) throw new NotFoundError('WebhookSource', id);
  return readSource(em, id);
}

export async function deleteSource(em: EntityManager, id: number): Promise<boolean> {
  const rows = await em.execute<Array<{ id: number }>>('delete from webhook_source where id = ? returning id', [id]);
  if (!rows.length) throw new NotFoundError('WebhookSource', id);
  return true;
}
