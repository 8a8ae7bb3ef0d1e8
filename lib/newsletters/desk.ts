// The newsletters desk (/admin/newsletters): editors prepare the next morning edition (an intro, the stories and
// their order; by default the day's top stories at its time), send themselves a test, and see how each edition went
// out. Every action checks the caller's permission itself.
import { z } from 'zod';
import { actorOf, recordAudit } from '@/lib/audit/record';
import type { ActionContext } from '@/lib/auth/define-action';
import { can } from '@/lib/auth/roles';
import type { Viewer } from '@/lib/auth/session';
import { visibleToReaders } from '@/lib/articles/visibility';
import { db } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/errors';
import { type ActionResult, failure, NOT_ALLOWED } from '@/lib/forms/result';
import { sendMail } from '@/lib/mail/transport';
import { dailyKey, dailySubject, editionArticleIds, type EditionStory, sendTimeOn, storiesByIds, topStories, upcomingEdition } from './editions';
import { testMail } from './render';

export const EDITION_GONE_OUT = 'This edition has gone out already: prepare the next one.';
export const NOT_A_DAILY = 'Only a daily newsletter has editions to prepare.';
export const STORY_NOT_LIVE = 'Every story in an edition must be one readers can see now.';
export const TEST_NOT_SENT = 'The test could not be sent';
export const MAX_EDITION_STORIES = 20;

const editionFields = {
  newsletter: z.string().trim().regex(/^[a-z0-9-]{1,64}$/, 'Choose a newsletter.'),
  day: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, 'Choose the day of the edition.'),
  intro: z.string().max(2_000, 'Keep the intro under 2,000 characters.').transform((s) => s.trim()),
  /** The stories in order; empty means the day's top stories at the edition's time. */
  articleIds: z.array(z.string().trim().min(1).max(64)).max(MAX_EDITION_STORIES, `An edition lists at most ${MAX_EDITION_STORIES} stories.`),
};
export const editionSchema = z.object(editionFields);
export type EditionInput = z.infer<typeof editionSchema>;

export type EditionDraft = {
  newsletter: { slug: string; name: string };
  day: string;
  key: string;
  sendAt: Date;
  intro: string;
  /** Whether an editor chose the stories (else: the day's top stories, as they stand now). */
  chosen: boolean;
  /** Changes with every save (the editor on the page starts again from what was saved). */
  version: string;
  stories: EditionStory[];
};

export type EditionOutcome = { key: string; subject: string; status: string; sendAt: Date; finishedAt: Date | null; counts: Record<string, number> };

export type NewsletterDesk = {
  newsletters: { slug: string; name: string; cadence: string; sendAt: string | null; subscribers: number; suppressed: number }[];
  next: EditionDraft | null;
  candidates: EditionStory[];
  recent: EditionOutcome[];
};

/** What the desk shows: the newsletters and their readers, the next morning edition, and recent editions' outcomes. */
export async function getNewsletterDesk(now = new Date()): Promise<NewsletterDesk> {
  const rows = await db.newsletter.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true, slug: true, name: true, cadence: true, sendAt: true } });
  const newsletters = await Promise.all(
    rows.map(async (n) => ({
      ...n,
      subscribers: await db.subscription.count({ where: { newsletterId: n.id, subscriber: { suppressedAt: null } } }),
      suppressed: await db.subscription.count({ where: { newsletterId: n.id, subscriber: { suppressedAt: { not: null } } } }),
    })),
  );
  const daily = rows.find((n) => n.cadence === 'daily' && upcomingEdition(n, now));
  const next = daily ? await draftOf(daily, upcomingEdition(daily, now)!.day, now) : null;
  const candidates = await topStories(now, 40);
  const editions = await db.edition.findMany({
    where: { status: { not: 'draft' } },
    orderBy: { sendAt: 'desc' },
    take: 10,
    select: { id: true, key: true, subject: true, status: true, sendAt: true, finishedAt: true },
  });
  const counts = await db.delivery.groupBy({ by: ['editionId', 'status'], where: { editionId: { in: editions.map((e) => e.id) } }, _count: { _all: true } });
  const recent = editions.map(({ id, ...edition }) => ({
    ...edition,
    counts: Object.fromEntries(counts.filter((c) => c.editionId === id).map((c) => [c.status, c._count._all])),
  }));
  return { newsletters, next, candidates, recent };
}

async function draftOf(newsletter: { slug: string; name: string; sendAt: string | null }, day: string, now: Date): Promise<EditionDraft> {
  const key = dailyKey(newsletter.slug, day);
  const row = await db.edition.findUnique({ where: { key }, select: { intro: true, articleIds: true, updatedAt: true } });
  const ids = row ? editionArticleIds(row) : [];
  return {
    newsletter: { slug: newsletter.slug, name: newsletter.name },
    day,
    key,
    sendAt: sendTimeOn(newsletter, day)!,
    intro: row?.intro ?? '',
    chosen: ids.length > 0,
    version: row?.updatedAt.toISOString() ?? 'new',
    stories: ids.length > 0 ? await storiesByIds(ids, now) : await topStories(now),
  };
}

type Resolved = { newsletter: { id: string; slug: string; name: string; sendAt: string | null }; sendAt: Date; key: string };

/** The edition an input names, if it is a daily newsletter's and still to go out. */
async function resolveEdition(input: EditionInput, now: Date): Promise<Resolved | ActionResult<never>> {
  const newsletter = await db.newsletter.findUnique({ where: { slug: input.newsletter }, select: { id: true, slug: true, name: true, sendAt: true, cadence: true } });
  if (!newsletter || newsletter.cadence !== 'daily') return failure(400, NOT_A_DAILY);
  const sendAt = sendTimeOn(newsletter, input.day);
  const key = dailyKey(newsletter.slug, input.day);
  if (!sendAt || sendAt <= now) return failure(409, EDITION_GONE_OUT);
  const existing = await db.edition.findUnique({ where: { key }, select: { status: true } });
  if (existing && existing.status !== 'draft') return failure(409, EDITION_GONE_OUT);
  return { newsletter, sendAt, key };
}

/** Checks every chosen story is live now; the stories in the order given. */
async function liveStories(ids: string[], now: Date): Promise<EditionStory[] | null> {
  const unique = [...new Set(ids)];
  const live = await db.article.count({ where: { AND: [{ id: { in: unique } }, visibleToReaders(now)] } });
  return live === unique.length ? storiesByIds(unique, now) : null;
}

/** Saves the next edition's intro and stories (still a draft: it goes out at its time). */
export async function saveEdition(viewer: Viewer, input: EditionInput, context: ActionContext, now = new Date()): Promise<ActionResult> {
  if (!can(viewer.role, 'newsletters:manage')) return failure(403, NOT_ALLOWED);
  const edition = await resolveEdition(input, now);
  if ('ok' in edition) return edition;
  if (!(await liveStories(input.articleIds, now))) return failure(400, STORY_NOT_LIVE);
  const articleIds = JSON.stringify([...new Set(input.articleIds)]);
  // Only a draft changes: an edition queued since the check goes out as it stood, and the editor is told so.
  const updated = await db.edition.updateMany({ where: { key: edition.key, status: 'draft' }, data: { intro: input.intro, articleIds } });
  if (updated.count === 0) {
    try {
      await db.edition.create({
        data: { key: edition.key, newsletterId: edition.newsletter.id, subject: dailySubject(edition.newsletter, edition.sendAt), intro: input.intro, articleIds, sendAt: edition.sendAt },
      });
    } catch (error) {
      if (isUniqueViolation(error)) return failure(409, EDITION_GONE_OUT);
      throw error;
    }
  }
  await recordAudit({
    actor: actorOf(viewer),
    action: 'newsletter.edition-saved',
    target: { type: 'newsletter', id: edition.newsletter.id },
    summary: `Prepared ${edition.newsletter.name} of ${input.day}: ${input.articleIds.length > 0 ? `${new Set(input.articleIds).size} chosen stories` : 'the day’s top stories'}`,
    request: context.request,
  });
  return { ok: true, message: `Saved. ${edition.newsletter.name} goes out as it stands now at its time.` };
}

/** E-mails the edition as it stands in the editor (saved or not) to the editor alone, marked as a test. */
export async function sendTestEdition(viewer: Viewer, input: EditionInput, context: ActionContext, now = new Date()): Promise<ActionResult> {
  if (!can(viewer.role, 'newsletters:manage')) return failure(403, NOT_ALLOWED);
  const edition = await resolveEdition(input, now);
  if ('ok' in edition) return edition;
  const stories = input.articleIds.length > 0 ? await liveStories(input.articleIds, now) : await topStories(now);
  if (!stories) return failure(400, STORY_NOT_LIVE);
  const user = { email: viewer.email };
  const content = { subject: dailySubject(edition.newsletter, edition.sendAt), newsletter: edition.newsletter, intro: input.intro, stories };
  const sent = await sendMail(testMail(user.email, content));
  if (!sent.sent) return failure(503, `${TEST_NOT_SENT}: ${sent.reason}`);
  await recordAudit({
    actor: actorOf(viewer),
    action: 'newsletter.test-sent',
    target: { type: 'newsletter', id: edition.newsletter.id },
    summary: `Sent a test of ${edition.newsletter.name} of ${input.day} to ${user.email}`,
    request: context.request,
  });
  return { ok: true, message: `A test is on its way to ${user.email}.` };
}
