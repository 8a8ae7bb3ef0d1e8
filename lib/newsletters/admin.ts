// An administrator answers a subscriber's data request: find the address, hand over everything kept about it, or
// delete it. Every export and deletion is audited (by the subscriber's id: the log keeps no address).
import { actorOf, recordAudit } from '@/lib/audit/record';
import type { ActionContext } from '@/lib/auth/define-action';
import type { Viewer } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { type ActionResult, failure } from '@/lib/forms/result';
import { removeAddress } from './manage';

export const SUBSCRIBER_GONE = 'There is no such subscriber (any more).';

/** Subscribers whose address contains `q` (at most 50), and pending sign-ups for it; nothing for an empty query. */
export async function findSubscribers(q: string) {
  const needle = q.trim().toLowerCase();
  if (needle.length < 3) return { subscribers: [], pending: 0 };
  const [subscribers, pending] = await Promise.all([
    db.subscriber.findMany({
      where: { email: { contains: needle } },
      orderBy: { email: 'asc' },
      take: 50,
      select: { id: true, email: true, confirmedAt: true, sourcePath: true, subscriptions: { select: { newsletter: { select: { name: true } } } } },
    }),
    db.signupRequest.count({ where: { email: { contains: needle }, confirmedAt: null } }),
  ]);
  return { subscribers, pending };
}

/** Everything kept about one subscriber, as the JSON handed to them; null when there is no such subscriber. */
export async function subscriberRecord(viewer: Viewer, id: string, context: ActionContext) {
  const row = await db.subscriber.findUnique({
    where: { id },
    select: {
      email: true,
      confirmedAt: true,
      sourcePath: true,
      createdAt: true,
      suppressedAt: true,
      suppression: true,
      subscriptions: { select: { createdAt: true, newsletter: { select: { slug: true, name: true } } } },
      deliveries: { orderBy: { nextAttemptAt: 'asc' }, select: { status: true, sentAt: true, edition: { select: { subject: true } } } },
    },
  });
  if (!row) return null;
  const pending = await db.signupRequest.findMany({
    where: { email: row.email },
    select: { createdAt: true, expiresAt: true, confirmedAt: true, sourcePath: true, newsletter: { select: { slug: true } } },
  });
  await recordAudit({ actor: actorOf(viewer), action: 'subscriber.exported', target: { type: 'subscriber', id }, summary: 'Exported a subscriber’s data', request: context.request });
  return {
    email: row.email,
    confirmedAt: row.confirmedAt.toISOString(),
    signedUpOn: row.sourcePath,
    newsletters: row.subscriptions.map((s) => ({ newsletter: s.newsletter.slug, name: s.newsletter.name, since: s.createdAt.toISOString() })),
    suppressed: row.suppressedAt ? { at: row.suppressedAt.toISOString(), why: row.suppression } : null,
    emailsSent: row.deliveries.map((d) => ({ edition: d.edition.subject, status: d.status, sentAt: d.sentAt?.toISOString() ?? null })),
    signUpRequests: pending.map((p) => ({
      newsletter: p.newsletter.slug,
      page: p.sourcePath,
      at: p.createdAt.toISOString(),
      expiresAt: p.expiresAt.toISOString(),
      confirmedAt: p.confirmedAt?.toISOString() ?? null,
    })),
  };
}

/** Deletes a subscriber with every subscription and sign-up of the address. */
export async function deleteSubscriber(viewer: Viewer, id: string, context: ActionContext): Promise<ActionResult> {
  const row = await db.subscriber.findUnique({ where: { id }, select: { id: true, email: true } });
  if (!row) return failure(404, SUBSCRIBER_GONE);
  await removeAddress(row);
  await recordAudit({ actor: actorOf(viewer), action: 'subscriber.deleted', target: { type: 'subscriber', id }, summary: 'Deleted a subscriber and everything kept about the address', request: context.request });
  return { ok: true, message: 'Deleted: the address, its newsletters and its sign-ups are gone.' };
}
