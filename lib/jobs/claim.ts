import { db } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/errors';

/** Claims older than this are purged: no instance retries a moment that long ago. */
const CLAIM_RETENTION_MS = 7 * 86_400_000;

/**
 * Whether this instance is the one to do `key`'s work: true for exactly one caller across every app instance (the
 * first to insert the key; the database's primary key decides), false for the others. Works the same on SQLite and
 * PostgreSQL and needs no lock server.
 */
export async function claimOnce(key: string): Promise<boolean> {
  try {
    await db.workClaim.create({ data: { key } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

export async function purgeOldClaims(now = new Date()): Promise<number> {
  const { count } = await db.workClaim.deleteMany({ where: { claimedAt: { lt: new Date(now.getTime() - CLAIM_RETENTION_MS) } } });
  return count;
}
