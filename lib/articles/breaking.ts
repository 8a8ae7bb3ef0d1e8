// Breaking news: an editor flags a published story until a time; until then a banner on every reader page links to
// it. The banner's cache entry (getBreakingNews) is tagged `breaking` and with each flagged story's own tag, so
// flagging and clearing refresh it here, unpublishing or deleting the story refreshes it through the publish step,
// and its expiry refreshes it through the scheduled-publishing timer (lib/publishing/due.ts).
import { cacheTag } from 'next/cache';
import { z } from 'zod';
import { actorOf, recordAudit } from '@/lib/audit/record';
import type { ActionContext } from '@/lib/auth/define-action';
import { can } from '@/lib/auth/roles';
import type { Viewer } from '@/lib/auth/session';
import { cacheReaderData } from '@/lib/cache/lifetimes';
import { cacheTags } from '@/lib/cache/tags';
import { siteConfig } from '@/lib/config/site';
import { formatDateTime } from '@/lib/dates/format';
import { db } from '@/lib/db/client';
import { type ActionResult, failure, NOT_ALLOWED } from '@/lib/forms/result';
import { expiryField } from '@/lib/homepage/schemas';
import { alertSentAt, queueBreakingAlert } from '@/lib/newsletters/editions';
import { runNewsletters } from '@/lib/newsletters/schedule';
import { scheduleChanged } from '@/lib/publishing/due-timer';
import { invalidateReaderTags } from '@/lib/publishing/invalidate';
import { paths } from '@/lib/routes';
import { ARTICLE_NOT_FOUND } from './editorial-access';
import { compareNewestFirst } from './queries';
import { type ArticleStatus, LIVE_STATUSES, visibleToReaders } from './visibility';

export const BREAKING_NEEDS_EXPIRY = 'Choose until when the story is breaking news.';
export const BREAKING_EXPIRY_IN_PAST = 'Choose a time in the future for the breaking-news banner to end.';
export const BREAKING_NOT_LIVE = 'Only a published story that readers can see now can be breaking news.';

const articleId = z.string().trim().min(1, 'Choose a story.').max(64);

/**
 * Flag a story: `until` is a datetime-local value read in the site's time zone (seconds allowed); `sendAlert` also
 * e-mails the breaking-news alerts' subscribers (once per story).
 */
export const flagBreakingSchema = z.object({ articleId, until: expiryField, sendAlert: z.boolean().default(false) });
export const clearBreakingSchema = z.object({ articleId });

/**
 * What the editor's control shows: the banner's end (an ISO time, or null when the story is not breaking), and when
 * an alert about the story was e-mailed, if one was (a story sends one).
 */
export type BreakingState = { until: string | null; label: string; alertSent: string | null };

const stateOf = (until: Date | null, now: Date, alert: Date | null): BreakingState => ({
  ...(until && until > now ? { until: until.toISOString(), label: formatDateTime(until, siteConfig().timeZone) } : { until: null, label: '' }),
  alertSent: alert ? formatDateTime(alert, siteConfig().timeZone) : null,
});

/** The breaking-news state of one story, for the article editor. */
export async function getBreakingState(articleId: string, now = new Date()): Promise<BreakingState> {
  const row = await db.article.findUnique({ where: { id: articleId }, select: { breakingUntil: true } });
  return stateOf(row?.breakingUntil ?? null, now, await alertSentAt(articleId));
}

const when = (date: Date) => formatDateTime(date, siteConfig().timeZone);

/** Shows a banner linking to the story on every reader page until `until`. Editors and administrators only. */
export async function flagBreaking(
  viewer: Viewer,
  input: z.infer<typeof flagBreakingSchema>,
  context: ActionContext,
  now = new Date(),
): Promise<ActionResult<BreakingState>> {
  if (!can(viewer.role, 'articles:publish-any')) return failure(403, NOT_ALLOWED);
  const { until } = input;
  if (!until) return failure(400, BREAKING_NEEDS_EXPIRY, { until: [BREAKING_NEEDS_EXPIRY] });
  if (until <= now) return failure(400, BREAKING_EXPIRY_IN_PAST, { until: [BREAKING_EXPIRY_IN_PAST] });
  const article = await db.article.findUnique({ where: { id: input.articleId }, select: { id: true, headline: true } });
  if (!article) return failure(404, ARTICLE_NOT_FOUND);
  const visible = await db.article.count({ where: { AND: [{ id: article.id }, visibleToReaders(now)] } });
  if (!visible) return failure(400, BREAKING_NOT_LIVE);

  await db.article.update({ where: { id: article.id }, data: { breakingUntil: until } });
  await recordAudit({
    actor: actorOf(viewer),
    action: 'article.breaking',
    target: { type: 'article', id: article.id },
    summary: `Flagged “${article.headline}” as breaking news until ${when(until)}`,
    request: context.request,
  });
  invalidateReaderTags([cacheTags.breaking]);
  const alert = input.sendAlert ? await sendBreakingAlert(viewer, article, context, now) : '';
  // The banner must go at its expiry without anyone editing: the scheduled-publishing timer fires then (and it
  // retries the alert's deliveries that were refused for now).
  await scheduleChanged();
  const message = `“${article.headline}” is breaking news until ${when(until)}.${alert ? ` ${alert}` : ''}`;
  return { ok: true, message, data: stateOf(until, now, await alertSentAt(article.id)) };
}

/** Queues the story's alert e-mail and starts sending it; says what happened, in a sentence. */
async function sendBreakingAlert(viewer: Viewer, article: { id: string; headline: string }, context: ActionContext, now: Date): Promise<string> {
  const queued = await queueBreakingAlert(article, now);
  if (!queued.ok) return queued.message;
  await recordAudit({
    actor: actorOf(viewer),
    action: 'newsletter.alert',
    target: { type: 'article', id: article.id },
    summary: `Sent a breaking-news alert about “${article.headline}” to ${queued.deliveries} subscribers`,
    request: context.request,
  });
  void runNewsletters();
  return `An alert is going out to ${queued.deliveries} ${queued.deliveries === 1 ? 'subscriber' : 'subscribers'}.`;
}

/** Takes the banner down now. */
export async function clearBreaking(
  viewer: Viewer,
  input: z.infer<typeof clearBreakingSchema>,
  context: ActionContext,
  now = new Date(),
): Promise<ActionResult<BreakingState>> {
  if (!can(viewer.role, 'articles:publish-any')) return failure(403, NOT_ALLOWED);
  const article = await db.article.findUnique({ where: { id: input.articleId }, select: { id: true, headline: true, breakingUntil: true } });
  if (!article) return failure(404, ARTICLE_NOT_FOUND);
  if (!article.breakingUntil || article.breakingUntil <= now) {
    return { ok: true, message: `“${article.headline}” is not breaking news.`, data: stateOf(null, now, await alertSentAt(article.id)) };
  }
  await db.article.update({ where: { id: article.id }, data: { breakingUntil: null } });
  await recordAudit({
    actor: actorOf(viewer),
    action: 'article.breaking-cleared',
    target: { type: 'article', id: article.id },
    summary: `Cleared the breaking-news banner of “${article.headline}”`,
    request: context.request,
  });
  invalidateReaderTags([cacheTags.breaking]);
  return { ok: true, message: `“${article.headline}” is no longer breaking news.`, data: stateOf(null, now, await alertSentAt(article.id)) };
}

export type BreakingNews = { headline: string; url: string; until: Date };

/** The story the banner links to now (the newest of those flagged and visible), uncached. */
export async function readBreakingNews(now = new Date()) {
  const rows = await db.article.findMany({
    // The few flagged stories, found by their breakingUntil index and sorted here: ordered in SQL, a planner may
    // walk the whole archive by publication time instead.
    where: { breakingUntil: { gt: now } },
    select: { id: true, slug: true, headline: true, status: true, publishedAt: true, breakingUntil: true, section: { select: { slug: true } } },
  });
  const flagged = rows.sort(compareNewestFirst);
  const visible = (row: (typeof flagged)[number]) => LIVE_STATUSES.includes(row.status as ArticleStatus) && row.publishedAt !== null && row.publishedAt <= now;
  const shown = flagged.find(visible);
  const news: BreakingNews | null = shown ? { headline: shown.headline, url: paths.article(shown.section.slug, shown.slug), until: shown.breakingUntil! } : null;
  return { news, flagged };
}

/**
 * The breaking-news banner's story, cached for every reader page. Tagged with every flagged story, visible or not:
 * unpublishing, deleting, editing or (re)publishing one of them refreshes the banner through the publish step.
 * The entry ends at the shown story's expiry (the timer refreshes the tag at that second).
 */
export async function getBreakingNews(): Promise<BreakingNews | null> {
  'use cache';
  cacheTag(cacheTags.breaking);
  const { news, flagged } = await readBreakingNews();
  if (flagged.length > 0) cacheTag(...flagged.map((row) => cacheTags.article(row.slug)));
  cacheReaderData(news?.until ?? null);
  return news;
}
