// Sending a queued edition: the deliveries are a queue in the database, which any instance drains. No worker process:
// the scheduled-publishing timer (lib/publishing/due-timer.ts) drains at each moment a delivery or an edition falls
// due, and a breaking alert starts draining at once.
//
// At most once per recipient, even if an instance dies mid-send: an instance takes a batch (lockedBy/lockedUntil, so
// no other instance takes it), and marks each delivery `sending` in its own write just before handing the message to
// the SMTP server, and `sent` after. A delivery of a dead instance still `pending` is taken again when its lock ends;
// one left `sending` may or may not have reached the reader, so it is never sent again: it is marked `interrupted`.
// An instance dying loses at most the few messages it had in flight, and never sends one twice.
//
// A failure that left the message undelivered for sure (no connection, a 4xx reply) is tried again after a back-off;
// one that may have delivered it (the connection ended after the message was handed over) is never tried again. A
// 5xx refusal of the recipient (550 "no such mailbox") is a hard bounce, and the address is suppressed: nothing more is
// sent to it until it confirms a new sign-up; a 5xx refusal of the message itself fails that delivery alone.
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db/client';
import { sendMail } from '@/lib/mail/transport';
import { editionStories } from './editions';
import { DELIVERY_RETENTION_MS } from './schemas';
import { editionMail, type EditionContent } from './render';
import { suppressAddress } from './suppression';

/** Deliveries an instance takes at a time, and how long they are its own. */
export const BATCH_SIZE = 20;
export const LOCK_MS = 5 * 60_000;
/** Messages of a batch sent side by side: as many as the SMTP pool's connections, so `sending` means in flight. */
const CONCURRENCY = 2;
/** Waits before the 2nd, 3rd, 4th and 5th attempt; after the 5th the delivery has failed. */
export const BACKOFF_MS = [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000];
export const MAX_ATTEMPTS = BACKOFF_MS.length + 1;


const claimable = (now: Date) => ({
  status: 'pending',
  nextAttemptAt: { lte: now },
  OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }],
});

/**
 * Takes up to BATCH_SIZE due deliveries for this instance; none that another instance holds. `null` when none is
 * due; an empty list when others took every one of them first (there may be more to take).
 */
async function claimBatch(now: Date, holder: string) {
  const candidates = await db.delivery.findMany({ where: claimable(now), orderBy: { nextAttemptAt: 'asc' }, take: BATCH_SIZE, select: { id: true } });
  if (candidates.length === 0) return null;
  const ids = candidates.map((c) => c.id);
  // The conditions again: of two instances that read the same candidates, each row goes to one of them.
  await db.delivery.updateMany({ where: { id: { in: ids }, ...claimable(now) }, data: { lockedBy: holder, lockedUntil: new Date(now.getTime() + LOCK_MS) } });
  return db.delivery.findMany({
    where: { id: { in: ids }, lockedBy: holder, status: 'pending' },
    select: {
      id: true,
      attempts: true,
      editionId: true,
      subscriber: { select: { email: true, manageKey: true, suppressedAt: true } },
      edition: { select: { newsletterId: true } },
      subscriberId: true,
    },
  });
}

type Claimed = NonNullable<Awaited<ReturnType<typeof claimBatch>>>[number];

/** Marks deliveries a dead instance left `sending` as interrupted (never sent again), and ends editions with nothing left. */
async function sweep(now: Date): Promise<void> {
  await db.delivery.updateMany({ where: { status: 'sending', lockedUntil: { lte: now } }, data: { status: 'interrupted', lockedBy: null } });
  const open = await db.edition.findMany({ where: { status: 'queued' }, select: { id: true } });
  for (const edition of open) {
    const left = await db.delivery.count({ where: { editionId: edition.id, status: { in: ['pending', 'sending'] } } });
    if (left === 0) await db.edition.updateMany({ where: { id: edition.id, status: 'queued' }, data: { status: 'sent', finishedAt: now } });
  }
}

export type DrainReport = { sent: number; retried: number; failed: number; bounced: number; skipped: number; interrupted: number };

async function deliver(delivery: Claimed, content: EditionContent, holder: string, now: () => Date, report: DrainReport): Promise<void> {
  // By id and holder: a subscriber deleted meanwhile takes its deliveries with it, and that is no error.
  const done = (data: { status: string; lastError?: string; sentAt?: Date; nextAttemptAt?: Date }) =>
    db.delivery.updateMany({ where: { id: delivery.id, lockedBy: holder }, data: { ...data, lockedBy: null, lockedUntil: data.status === 'pending' ? null : undefined } });
  const stillSubscribed = await db.subscription.count({ where: { subscriberId: delivery.subscriberId, newsletterId: delivery.edition.newsletterId } });
  if (delivery.subscriber.suppressedAt || stillSubscribed === 0) {
    report.skipped++;
    await done({ status: 'skipped' });
    return;
  }
  // The point of no return: from here the message may reach the reader, so this delivery is never taken again.
  // The lock is renewed with it, so no other instance takes this message for one left behind while it is on its way.
  const committed = await db.delivery.updateMany({
    where: { id: delivery.id, lockedBy: holder, status: 'pending' },
    data: { status: 'sending', attempts: { increment: 1 }, lockedUntil: new Date(now().getTime() + LOCK_MS) },
  });
  if (committed.count === 0) return;
  const result = await sendMail(editionMail(delivery.subscriber.email, content, delivery.subscriber.manageKey));
  const attempts = delivery.attempts + 1;
  if (result.sent) {
    report.sent++;
    await done({ status: 'sent', sentAt: new Date(), lastError: '' });
    return;
  }
  const lastError = result.reason.slice(0, 500);
  if (result.failure === 'bounce') {
    report.bounced++;
    await done({ status: 'bounced', lastError });
    await suppressAddress(delivery.subscriber.email, `Hard bounce: ${result.reason}`);
  } else if (result.failure === 'unknown') {
    // It may have reached the reader: sending it again could make two.
    report.interrupted++;
    await done({ status: 'interrupted', lastError });
  } else if (result.failure === 'refused' || attempts >= MAX_ATTEMPTS) {
    report.failed++;
    await done({ status: 'failed', lastError });
  } else {
    report.retried++;
    await done({ status: 'pending', lastError, nextAttemptAt: new Date(now().getTime() + BACKOFF_MS[attempts - 1]!) });
  }
}

/** The content of each edition met while draining, built once per drain. */
async function contentOf(editionId: string, cache: Map<string, Promise<EditionContent>>): Promise<EditionContent> {
  let content = cache.get(editionId);
  if (!content) {
    content = db.edition
      .findUniqueOrThrow({ where: { id: editionId }, select: { subject: true, intro: true, articleIds: true, sendAt: true, newsletter: { select: { slug: true, name: true } } } })
      .then(async (edition) => ({ subject: edition.subject, newsletter: edition.newsletter, intro: edition.intro, stories: await editionStories(edition) }));
    cache.set(editionId, content);
  }
  return content;
}

/**
 * Sends every delivery that is due, batch by batch, until none is left that this instance may take. Safe to call on
 * every instance at once, and again while a drain runs.
 */
export async function drainDeliveries(options: { now?: () => Date; holder?: string } = {}): Promise<DrainReport> {
  const now = options.now ?? (() => new Date());
  // Each drain holds its batches under a name of its own, even beside another drain in the same process.
  const holder = options.holder ?? `${process.pid}-${randomUUID()}`;
  const report: DrainReport = { sent: 0, retried: 0, failed: 0, bounced: 0, skipped: 0, interrupted: 0 };
  const contents = new Map<string, Promise<EditionContent>>();
  await sweep(now());
  // Until nothing is due: a batch that other instances took first is no reason to stop.
  for (let batch = await claimBatch(now(), holder); batch !== null; batch = await claimBatch(now(), holder)) {
    for (let i = 0; i < batch.length; i += CONCURRENCY) {
      await Promise.all(batch.slice(i, i + CONCURRENCY).map(async (d) => deliver(d, await contentOf(d.editionId, contents), holder, now, report)));
    }
  }
  await sweep(now());
  return report;
}

/** The soonest the timer drains again for deliveries due now (queued while a drain ran, or after a drain failed). */
const REDRAIN_MS = 5_000;

/**
 * When the queue next needs a drain: deliveries due now (in a few seconds), a delivery's retry time, or the end of a
 * lock a dead instance may have left.
 */
export async function nextDeliveryAt(now = new Date()): Promise<Date | null> {
  if (await db.delivery.findFirst({ where: claimable(now), select: { id: true } })) return new Date(now.getTime() + REDRAIN_MS);
  const [retry, lock] = await Promise.all([
    db.delivery.findFirst({ where: { status: 'pending', nextAttemptAt: { gt: now } }, orderBy: { nextAttemptAt: 'asc' }, select: { nextAttemptAt: true } }),
    db.delivery.findFirst({ where: { status: { in: ['pending', 'sending'] }, lockedUntil: { gt: now } }, orderBy: { lockedUntil: 'asc' }, select: { lockedUntil: true } }),
  ]);
  const times = [retry?.nextAttemptAt, lock?.lockedUntil].filter((d): d is Date => d instanceof Date).map((d) => d.getTime());
  return times.length > 0 ? new Date(Math.min(...times)) : null;
}

/** Forgets deliveries of editions that finished more than DELIVERY_RETENTION_MS ago (house-keeping). */
export async function purgeOldDeliveries(now = new Date()): Promise<number> {
  const { count } = await db.delivery.deleteMany({ where: { edition: { status: 'sent', finishedAt: { lt: new Date(now.getTime() - DELIVERY_RETENTION_MS) } } } });
  return count;
}
