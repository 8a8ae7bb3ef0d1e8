import { createHmac, timingSafeEqual } from 'node:crypto';
import { authSecret } from './secret';

// The key of the server's own operator routes (POST /api/internal/views): derived from the auth secret, so every
// instance of one site knows it and nobody else does.

export function internalKey(): string {
  return createHmac('sha256', authSecret()).update('dateline:internal-revalidate').digest('base64url');
}

export function isInternalKey(given: string | null): boolean {
  if (!given) return false;
  const expected = Buffer.from(internalKey());
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
