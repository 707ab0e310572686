import { createHmac, timingSafeEqual } from 'node:crypto';

// Signature of a webhook: `X-Signature: sha256=<hex>`, the HMAC-SHA256 with the source's
// secret over `<X-Timestamp>.<raw body>`, the timestamp being Unix seconds within five
// minutes of the server's clock. Comparison is constant-time.

export const MAX_SKEW_S = 300;

export function signature(secret: string, timestamp: string, body: Buffer): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');
}

/** Whether `X-Timestamp` is whole Unix seconds within the allowed skew of `nowMs`. */
export function freshTimestamp(value: string | undefined, nowMs = Date.now()): boolean {
  if (!value || !/^\d{1,12}$/.test(value)) return false;
  return Math.abs(nowMs / 1000 - Number(value)) <= MAX_SKEW_S;
}

export function validSignature(secret: string, timestamp: string, body: Buffer, header: string | undefined): boolean {
  const expected = Buffer.from(signature(secret, timestamp, body), 'hex');
  const m = /^sha256=([0-9a-fA-F]{64})$/.exec(header ?? '');
  // A malformed header is still compared (against zeros) so every refusal costs the same.
  const given = m ? Buffer.from(m[1]!, 'hex') : Buffer.alloc(expected.length);
  return timingSafeEqual(expected, given) && m !== null;
}
