// A newsletter's editions: what each e-mail holds and when it goes. A daily newsletter has one edition per site day
// ("morning-edition:2026-12-07"), sent at its `sendAt` on the site's clock, built from the day's top stories unless an
// editor prepared it (/admin/newsletters: intro, stories, order). An alert newsletter has one edition per breaking
// story ("breaking-news:<article id>"). Queueing an edition writes one delivery per confirmed subscriber, in the same
// transaction that marks it queued, so an edition is queued once and wholly (lib/newsletters/send.ts sends them).
import { visibleToReaders } from '@/lib/articles/visibility';
import { siteConfig } from '@/lib/config/site';
import { addDaysToDay, formatMastheadDate, siteDay, zonedInstant } from '@/lib/dates/format';
import { db } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/errors';
import { paths } from '@/lib/routes';

/** Stories in a morning edition built without an editor. */
export const EDITION_STORIES = 8;
/** An edition whose time passed while no instance ran still goes out this long after its time; later, it is skipped. */
export const CATCH_UP_MS = 3 * 3_600_000;
/** Deliveries written per statement when an edition is queued. */
const QUEUE_CHUNK = 2_000;

export type EditionStory = { id: string; headline: string; standfirst: string; section: string; url: string; publishedAt: Date };

type DailyNewsletter = { id: string; slug: string; name: string; sendAt: string | null };

export const dailyKey = (slug: string, day: string) => `${slug}:${day}`;
export const alertKey = (slug: string, articleId: string) => `${slug}:${articleId}`;

/** "07:00" → [7, 0]; null for a newsletter without a valid time. */
function clockOf(sendAt: string | null): [number, number] | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(sendAt ?? '');
  return match ? [Number(match[1]), Number(match[2])] : null;
}

/** When a daily newsletter's edition of a site day goes out. */
export function sendTimeOn(newsletter: Pick<DailyNewsletter, 'sendAt'>, day: string): Date | null {
  const clock = clockOf(newsletter.sendAt);
  return clock ? zonedInstant(day, clock[0], clock[1], siteConfig().timeZone) : null;
}

/** The edition a daily newsletter sends next, from `now`: today's if its time is still to come, else tomorrow's. */
export function upcomingEdition(newsletter: DailyNewsletter, now = new Date()): { day: string; key: string; sendAt: Date } | null {
  const today = siteDay(now, siteConfig().timeZone);
  for (const day of [today, addDaysToDay(today, 1)]) {
    const at = sendTimeOn(newsletter, day);
    if (at && at > now) return { day, key: dailyKey(newsletter.slug, day), sendAt: at };
  }
  return null;
}

const dailyNewsletters = () => db.newsletter.findMany({ where: { cadence: 'daily' }, select: { id: true, slug: true, name: true, sendAt: true } });

/** How soon an edition whose time came is tried again while it is not queued (its queueing failed, say). */
const REQUEUE_MS = 60_000;

/**
 * The next moment a daily edition falls due (for the timer that sends it): the next edition's time, or within a
 * minute when one whose time came in the last CATCH_UP_MS is still not queued.
 */
export async function nextEditionAt(now = new Date()): Promise<Date | null> {
  const newsletters = await dailyNewsletters();
  const today = siteDay(now, siteConfig().timeZone);
  const due = newsletters.flatMap((n) =>
    [addDaysToDay(today, -1), today].flatMap((day) => {
      const at = sendTimeOn(n, day);
      return at && at <= now && now.getTime() - at.getTime() <= CATCH_UP_MS ? [dailyKey(n.slug, day)] : [];
    }),
  );
  const settled = due.length > 0 ? await db.edition.count({ where: { key: { in: due }, status: { not: 'draft' } } }) : 0;
  if (settled < due.length) return new Date(now.getTime() + REQUEUE_MS);
  const times = newsletters.map((n) => upcomingEdition(n, now)?.sendAt.getTime()).filter((t): t is number => t !== undefined);
  return times.length > 0 ? new Date(Math.min(...times)) : null;
}

const storySelect = {
  id: true,
  headline: true,
  standfirst: true,
  slug: true,
  publishedAt: true,
  section: { select: { slug: true, name: true } },
} as const;

type StoryRow = { id: string; headline: string; standfirst: string; slug: string; publishedAt: Date | null; section: { slug: string; name: string } };

const toStory = (row: StoryRow): EditionStory => ({
  id: row.id,
  headline: row.headline,
  standfirst: row.standfirst,
  section: row.section.name,
  url: `${siteConfig().url}${paths.article(row.section.slug, row.slug)}`,
  publishedAt: row.publishedAt ?? new Date(0),
});

/**
 * The day's top stories at `at`: the homepage's lead and featured stories first, in their order, then the newest stories
 * of the 24 hours before, up to EDITION_STORIES.
 */
export async function topStories(at: Date, limit = EDITION_STORIES): Promise<EditionStory[]> {
  const pins = await db.homepagePin.findMany({
    where: { OR: [{ expiresAt: null }, { expiresAt: { gt: at } }], article: visibleToReaders(at) },
    orderBy: [{ slot: 'desc' }, { position: 'asc' }, { createdAt: 'asc' }],
    select: { article: { select: storySelect } },
  });
  const recent = await db.article.findMany({
    where: { AND: [visibleToReaders(at), { publishedAt: { gt: new Date(at.getTime() - 86_400_000) } }] },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: storySelect,
  });
  const seen = new Set<string>();
  return [...pins.map((p) => p.article), ...recent]
    .filter((row) => !seen.has(row.id) && seen.add(row.id))
    .slice(0, limit)
    .map(toStory);
}

/** The stories of `ids` readers can see at `at`, in the order given (a story unpublished since is left out). */
export async function storiesByIds(ids: string[], at = new Date()): Promise<EditionStory[]> {
  const rows = await db.article.findMany({ where: { AND: [{ id: { in: ids } }, visibleToReaders(at)] }, select: storySelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => (byId.has(id) ? [toStory(byId.get(id)!)] : []));
}

/** The article ids an edition lists (its JSON column), tolerating a malformed value as "none chosen". */
export function editionArticleIds(edition: { articleIds: string }): string[] {
  try {
    const ids: unknown = JSON.parse(edition.articleIds);
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string').slice(0, 50) : [];
  } catch {
    return [];
  }
}

/** What an edition's e-mail lists: the stories the editor chose, or the day's top stories at its time. */
export async function editionStories(edition: { articleIds: string; sendAt: Date }): Promise<EditionStory[]> {
  const chosen = editionArticleIds(edition);
  return chosen.length > 0 ? storiesByIds(chosen, edition.sendAt) : topStories(edition.sendAt);
}

export const dailySubject = (newsletter: { name: string }, sendAt: Date) => `${newsletter.name}: ${formatMastheadDate(sendAt, siteConfig().timeZone)}`;

/**
 * Queues an edition: marks it queued and writes a delivery for every confirmed, unsuppressed subscriber, in one
 * transaction. Returns the number of deliveries, or null when another caller queued it first.
 */
async function queueWithDeliveries(editionId: string, newsletterId: string, from: string[], now: Date): Promise<number | null> {
  return db.$transaction(
    async (tx) => {
      const claimed = await tx.edition.updateMany({ where: { id: editionId, status: { in: from } }, data: { status: 'queued', queuedAt: now } });
      if (claimed.count === 0) return null;
      const subscribers = await tx.subscription.findMany({
        where: { newsletterId, subscriber: { suppressedAt: null } },
        select: { subscriberId: true },
        orderBy: { subscriberId: 'asc' },
      });
      for (let i = 0; i < subscribers.length; i += QUEUE_CHUNK) {
        const chunk = subscribers.slice(i, i + QUEUE_CHUNK);
        await tx.delivery.createMany({ data: chunk.map((s) => ({ editionId, subscriberId: s.subscriberId, nextAttemptAt: now })) });
      }
      return subscribers.length;
    },
    { timeout: 60_000 },
  );
}

/** Creates an edition row unless one with its key exists; returns the row either way. */
async function editionRow(data: { key: string; newsletterId: string; subject: string; articleIds?: string; sendAt: Date; status: string }) {
  const existing = await db.edition.findUnique({ where: { key: data.key } });
  if (existing) return existing;
  try {
    return await db.edition.create({ data });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return db.edition.findUniqueOrThrow({ where: { key: data.key } });
  }
}

export type QueuedEdition = { key: string; deliveries: number };

/**
 * Queues each daily edition whose time has come (within CATCH_UP_MS), once across every instance: of several
 * instances calling at the same minute, one queues it. A day with no story to send is marked skipped.
 */
export async function queueDueEditions(now = new Date()): Promise<QueuedEdition[]> {
  const queued: QueuedEdition[] = [];
  const today = siteDay(now, siteConfig().timeZone);
  for (const newsletter of await dailyNewsletters()) {
    for (const day of [addDaysToDay(today, -1), today]) {
      const at = sendTimeOn(newsletter, day);
      if (!at || at > now || now.getTime() - at.getTime() > CATCH_UP_MS) continue;
      const edition = await editionRow({ key: dailyKey(newsletter.slug, day), newsletterId: newsletter.id, subject: dailySubject(newsletter, at), sendAt: at, status: 'draft' });
      if (edition.status !== 'draft') continue;
      if ((await editionStories(edition)).length === 0) {
        await db.edition.updateMany({ where: { id: edition.id, status: 'draft' }, data: { status: 'skipped', finishedAt: now } });
        continue;
      }
      const deliveries = await queueWithDeliveries(edition.id, newsletter.id, ['draft'], now);
      if (deliveries !== null) queued.push({ key: edition.key, deliveries });
    }
  }
  return queued;
}

export const ALERT_SENT_ALREADY = 'An alert for this story went out already: each story sends one.';
export const NO_ALERT_NEWSLETTER = 'There is no alerts newsletter to send to.';

/** Queues a breaking-news alert about one story to every alerts newsletter, once per story. */
export async function queueBreakingAlert(article: { id: string; headline: string }, now = new Date()): Promise<{ ok: true; deliveries: number } | { ok: false; message: string }> {
  const newsletters = await db.newsletter.findMany({ where: { cadence: 'alerts' }, select: { id: true, slug: true } });
  if (newsletters.length === 0) return { ok: false, message: NO_ALERT_NEWSLETTER };
  let deliveries = 0;
  let queuedAny = false;
  for (const newsletter of newsletters) {
    const key = alertKey(newsletter.slug, article.id);
    const edition = await editionRow({ key, newsletterId: newsletter.id, subject: `Breaking: ${article.headline}`, articleIds: JSON.stringify([article.id]), sendAt: now, status: 'draft' });
    const count = await queueWithDeliveries(edition.id, newsletter.id, ['draft'], now);
    if (count === null) continue;
    queuedAny = true;
    deliveries += count;
  }
  return queuedAny ? { ok: true, deliveries } : { ok: false, message: ALERT_SENT_ALREADY };
}

/** When an alert about a story was queued, if one was. */
export async function alertSentAt(articleId: string): Promise<Date | null> {
  const newsletters = await db.newsletter.findMany({ where: { cadence: 'alerts' }, select: { slug: true } });
  const edition = await db.edition.findFirst({
    where: { key: { in: newsletters.map((n) => alertKey(n.slug, articleId)) }, status: { in: ['queued', 'sent'] } },
    orderBy: { queuedAt: 'asc' },
    select: { queuedAt: true },
  });
  return edition?.queuedAt ?? null;
}
