import { db } from '@/lib/db/client';

/** Counted anonymous events (failed sign-ins for unknown emails, refused attempts) are kept this long. */
export const ANONYMOUS_AUDIT_RETENTION_DAYS = 90;

/**
 * Deletes counted anonymous audit rows past their retention. Idempotent, so every instance may run it; entries
 * naming a member of staff (their own sign-ins and changes) are kept.
 */
export async function purgeAnonymousAudit(now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - ANONYMOUS_AUDIT_RETENTION_DAYS * 86_400_000);
  const { count } = await db.auditEvent.deleteMany({ where: { actorId: null, bucket: { not: null }, createdAt: { lt: before } } });
  return count;
}
