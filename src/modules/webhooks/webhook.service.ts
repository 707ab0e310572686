import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../context';
import { ReadingSource } from '../meters/reading.entity';
import { BatchRejected, MAX_BATCH, resolveReadingRows } from '../meters/reading-rows';
import { insertReadings } from '../meters/reading-write';
import { findNoticePlace, insertNotice } from '../notices/notice.write';
import { NoticeType } from '../notices/notice.entity';
import { Priority } from '../work-orders/work-order.enums';
import { freshTimestamp, validSignature } from './webhook-signature';
import { asDatabaseId } from '../../graphql/ids';

// Signed webhooks from external systems. Checks, in order, each refusal writing nothing:
// headers (400/401), timestamp within ±5 minutes (401), signature of the source's
// secret (401, constant-time, the same answer for an unknown source), JSON body (400).
// Then, in one transaction: the idempotency key is claimed (a retry with the same key
// waits for the first to finish and gets its answer back; the same key with another body
// is 409), the rows are checked (400 with the index and reason of the first bad one; the
// transaction rolls back, so the key is free again), and everything is written.

export type Endpoint = 'readings' | 'notices';

export interface WebhookRequest {
  source?: string;
  timestamp?: string;
  signature?: string;
  idempotencyKey?: string;
  body: Buffer;
}

export interface WebhookAnswer {
  status: number;
  body: Record<string, unknown>;
  replayed?: boolean;
}

const refuse = (status: number, error: string, message: string, extra: Record<string, unknown> = {}): WebhookAnswer => ({
  status,
  body: { error, message, ...extra },
});

class Refusal extends Error {
  constructor(readonly answer: WebhookAnswer) {
    super(String(answer.body.error));
  }
}

// Compared against when the source is unknown, so that answer takes as long as a bad signature.
const UNKNOWN_SOURCE_SECRET = 'unknown-source-0000000000000000000000000000';

export async function handleWebhook(app: AppServices, endpoint: Endpoint, req: WebhookRequest): Promise<WebhookAnswer> {
  if (!req.signature) return refuse(401, 'missing_signature', 'Send X-Signature: sha256=<hex HMAC-SHA256 of "<X-Timestamp>.<body>">.');
  if (!req.source) return refuse(401, 'missing_source', 'Send X-Webhook-Source with the name of your webhook source.');
  if (!freshTimestamp(req.timestamp)) return refuse(401, 'stale_timestamp', 'X-Timestamp must be Unix seconds within 5 minutes of the server clock.');
  const key = req.idempotencyKey?.trim() ?? '';
  if (!key || key.length > 200) return refuse(400, 'missing_idempotency_key', 'Send an Idempotency-Key header (1 to 200 characters), the same on every retry.');

  const em = app.orm.em.fork();
  const rows = await em.execute<Array<{ id: number; secret: string; user_id: number; active: boolean }>>(
    'select s.id, s.secret, s.user_id, s.active from webhook_source s join auth_user u on u.id = s.user_id and u.is_active where s.name = ?',
    [req.source.slice(0, 100)],
  );
  const source = rows[0];
  const ok = validSignature(source?.secret ?? UNKNOWN_SOURCE_SECRET, req.timestamp!, req.body, req.signature);
  if (!source || !source.active || !ok) return refuse(401, 'invalid_signature', 'The signature does not match (or the source is unknown or disabled).');

  let payload: unknown;
  try {
    payload = JSON.parse(req.body.toString('utf8'));
  } catch {
    return refuse(400, 'invalid_json', 'The body is not valid JSON.');
  }
  const bodySha = createHash('sha256').update(req.body).digest('hex');
  try {
    return await em.transactional(async (tx) => {
      const claimed = await tx.execute<Array<{ id: number }>>(
        `insert into webhook_delivery (source_id, idempotency_key, endpoint, body_sha256, status_code, response)
         values (?, ?, ?, ?, 0, '{}') on conflict (source_id, idempotency_key) do nothing returning id`,
        [source.id, key, endpoint, bodySha],
      );
      if (!claimed.length) {
        const [prior] = await tx.execute<Array<{ endpoint: string; body_sha256: string; status_code: number; response: Record<string, unknown> }>>(
          'select endpoint, body_sha256, status_code, response from webhook_delivery where source_id = ? and idempotency_key = ?',
          [source.id, key],
        );
        if (!prior || prior.endpoint !== endpoint || prior.body_sha256 !== bodySha) {
          throw new Refusal(refuse(409, 'idempotency_key_reused', 'This Idempotency-Key was already used for a different request.'));
        }
        return { status: prior.status_code, body: prior.response, replayed: true };
      }
      const answer = endpoint === 'readings' ? await storeReadings(tx, source.user_id, payload) : await storeNotice(tx, source.user_id, payload);
      await tx.execute('update webhook_delivery set status_code = ?, response = ?::jsonb where id = ?', [answer.status, JSON.stringify(answer.body), claimed[0]!.id]);
      return answer;
    });
  } catch (err) {
    if (err instanceof Refusal) return err.answer;
    throw err;
  }
}

async function storeReadings(em: EntityManager, userId: number, payload: unknown): Promise<WebhookAnswer> {
  const list = (payload as { readings?: unknown })?.readings;
  if (!Array.isArray(list) || !list.length) throw new Refusal(refuse(400, 'invalid_body', 'The body must be {"readings": [ ... ]} with at least one reading.'));
  if (list.length > MAX_BATCH) throw new Refusal(refuse(400, 'too_many_rows', `At most ${MAX_BATCH} readings per request.`));
  let rows;
  try {
    rows = await resolveReadingRows(em, list);
  } catch (err) {
    if (err instanceof BatchRejected) {
      throw new Refusal(refuse(400, 'invalid_row', `Reading ${err.problem.index}: ${err.problem.reason}.`, { ...err.problem }));
    }
    throw err;
  }
  const written = await insertReadings(em, { id: userId }, rows, ReadingSource.WEBHOOK);
  return { status: 201, body: { ...written } };
}

const PRIORITIES: string[] = Object.values(Priority);
const TYPES: string[] = Object.values(NoticeType);

/** `{ asset?: internal code, assetId?, locationId?, description, priority?, type?, equipmentStopped? }` -> a notice filed by the source's user. */
async function storeNotice(em: EntityManager, userId: number, payload: unknown): Promise<WebhookAnswer> {
  const bad = (field: string, reason: string) => new Refusal(refuse(400, 'invalid_field', `${field}: ${reason}.`, { field, reason }));
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) throw bad('', 'the body must be a JSON object');
  const b = payload as Record<string, unknown>;
  const description = typeof b.description === 'string' ? b.description.trim() : '';
  if (!description || description.length > 10_000) throw bad('description', 'a text of 1 to 10000 characters is required');
  const priority = String(b.priority ?? Priority.MEDIUM);
  if (!PRIORITIES.includes(priority)) throw bad('priority', `one of ${PRIORITIES.join(', ')}`);
  const type = String(b.type ?? NoticeType.BREAKDOWN);
  if (!TYPES.includes(type)) throw bad('type', `one of ${TYPES.join(', ')}`);
  if (b.equipmentStopped !== undefined && typeof b.equipmentStopped !== 'boolean') throw bad('equipmentStopped', 'true or false');
  const id = (v: unknown, field: string) => {
    if (v === undefined || v === null) return null;
    const parsed = asDatabaseId(String(v));
    if (parsed === null) throw bad(field, 'a positive whole number');
    return parsed;
  };
  const assetId = id(b.assetId, 'assetId');
  const locationId = id(b.locationId, 'locationId');
  const assetCode = b.asset === undefined ? null : String(b.asset).slice(0, 50);
  const place = await findNoticePlace(em, { assetId, assetCode, locationId });
  if ((assetId !== null || assetCode !== null) && place.assetId === null) throw bad(assetId !== null ? 'assetId' : 'asset', 'no such asset');
  if (locationId !== null && !place.locationExists) throw bad('locationId', 'no such location');
  const location = locationId ?? place.assetLocationId;
  if (location === null) throw bad('locationId', 'give the location, or an asset (whose location is used)');
  const noticeId = await insertNotice(em, {
    assetId: place.assetId,
    locationId: location,
    description,
    priority: priority as Priority,
    type: type as NoticeType,
    requesterId: userId,
    equipmentStopped: b.equipmentStopped === true,
  });
  return { status: 201, body: { noticeId, code: `AV-${noticeId}` } };
}
