import { randomUUID } from 'node:crypto';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearBreakingAction, flagBreakingAction } from '@/app/admin/articles/actions';
import {
  BREAKING_EXPIRY_IN_PAST,
  BREAKING_NEEDS_EXPIRY,
  BREAKING_NOT_LIVE,
  clearBreaking,
  flagBreaking,
  flagBreakingSchema,
  getBreakingNews,
  readBreakingNews,
} from '@/lib/articles/breaking';
import { breakingEndedSince, nextBreakingExpiry } from '@/lib/articles/breaking-expiry';
import type { Role } from '@/lib/auth/roles';
import type { Viewer } from '@/lib/auth/session';
import { cacheTags } from '@/lib/cache/tags';
import { siteConfig } from '@/lib/config/site';
import { toDateTimeLocal } from '@/lib/dates/format';
import { db } from '@/lib/db/client';
import { nextRefreshAt } from '@/lib/publishing/due';
import { unpublish } from '@/lib/publishing/workflow';
import { ALERT_SENT_ALREADY } from '@/lib/newsletters/editions';
import { createAccount } from '@/lib/users/accounts';
import { seedNewsletters } from '@/prisma/seed/newsletters';
import { recordedTags } from '@/tests/support/next-cache';
import { createArticle, createSection, minutesFromNow } from './factories';

// An action's handler is also given the request's headers (no session cookie: nothing here calls better-auth).
const context = { request: { ip: '198.51.100.9', userAgent: 'vitest' }, headers: new Headers() };

async function member(role: Role): Promise<Viewer> {
  const user = await createAccount({ email: `${role}-${randomUUID().slice(0, 8)}@breaking.example`, name: `Breaking ${role}`, role, password: 'quay-lantern-storm-heron-7' });
  return { userId: user.id, sessionId: 'it', name: user.name, email: user.email, role, authorId: user.authorId };
}

let editor: Viewer;
let section: Awaited<ReturnType<typeof createSection>>;

const story = (status: 'published' | 'draft' | 'scheduled' | 'unpublished' = 'published', publishedAt: Date | null = minutesFromNow(-60)) =>
  createArticle({ sectionId: section.id, status, publishedAt });

/** The `until` field as the editor's datetime-local control sends it (site time, to the second). */
const local = (date: Date) => toDateTimeLocal(date, siteConfig().timeZone);

const flag = (articleId: string, until: Date, viewer = editor) => flagBreaking(viewer, flagBreakingSchema.parse({ articleId, until: local(until) }), context);

beforeAll(async () => {
  editor = await member('editor');
  section = await createSection('Breaking');
});

beforeEach(async () => {
  await db.article.updateMany({ where: { breakingUntil: { not: null } }, data: { breakingUntil: null } });
});

describe('flagging a story as breaking news', () => {
  it('e-mails an alert when the editor asks for one, once per story', async () => {
    await seedNewsletters(db);
    const alerts = await db.newsletter.findUniqueOrThrow({ where: { slug: 'breaking-news' } });
    const reader = await db.subscriber.create({ data: { email: `alerted-${randomUUID().slice(0, 8)}@breaking.example`, confirmedAt: new Date(), manageKey: randomUUID() } });
    await db.subscription.create({ data: { subscriberId: reader.id, newsletterId: alerts.id } });
    const s = await story();
    const withAlert = (until: Date) => flagBreaking(editor, flagBreakingSchema.parse({ articleId: s.id, until: local(until), sendAlert: true }), context);

    const first = await withAlert(minutesFromNow(30));
    expect(first.ok && first.message).toMatch(/An alert is going out to \d+ subscribers?\./);
    expect(first.ok && first.data?.alertSent).toBeTruthy();
    expect(await db.delivery.count({ where: { subscriberId: reader.id, edition: { key: `breaking-news:${s.id}` } } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: 'newsletter.alert', targetId: s.id } })).toBe(1);

    // Changing the banner's end with the box ticked again sends nothing more.
    const again = await withAlert(minutesFromNow(45));
    expect(again.ok && again.message).toContain(ALERT_SENT_ALREADY);
    expect(await db.delivery.count({ where: { subscriberId: reader.id } })).toBe(1);
  });

  it('shows the banner for a published story until its expiry, audited, and arms the refresh at the expiry', async () => {
    const s = await story();
    const until = new Date(Math.floor(minutesFromNow(30).getTime() / 1000) * 1000);
    const result = await flag(s.id, until);
    expect(result).toMatchObject({ ok: true, data: { until: until.toISOString() } });
    expect(result.ok && result.message).toContain(s.headline);
    expect((await db.article.findUniqueOrThrow({ where: { id: s.id } })).breakingUntil?.toISOString()).toBe(until.toISOString());
    expect(await db.auditEvent.count({ where: { action: 'article.breaking', targetId: s.id, actorId: editor.userId } })).toBe(1);

    expect((await readBreakingNews()).news).toEqual({ headline: s.headline, url: `/${section.slug}/${s.slug}`, until });
    expect(await nextBreakingExpiry()).toEqual(until);
    expect((await nextRefreshAt())!.getTime()).toBeLessThanOrEqual(until.getTime());

    // After the expiry no one needs to edit anything: the banner is gone and the timer's refresh finds it ended.
    const later = new Date(until.getTime() + 1000);
    expect((await readBreakingNews(later)).news).toBeNull();
    expect(await breakingEndedSince(new Date(until.getTime() - 60_000), later)).toBe(true);
    expect(await breakingEndedSince(until, later)).toBe(false);
  });

  it('tags the banner with `breaking` and with the flagged story, so unpublishing it refreshes every page', async () => {
    const s = await story();
    await flag(s.id, minutesFromNow(10));
    recordedTags.length = 0;
    expect(await getBreakingNews()).toMatchObject({ headline: s.headline });
    expect(recordedTags).toEqual(expect.arrayContaining([cacheTags.breaking, cacheTags.article(s.slug)]));

    await db.article.update({ where: { id: s.id }, data: { status: 'unpublished' } });
    expect(await getBreakingNews()).toBeNull();
  });

  it('ends with the story: unpublished and published again, it is not breaking news any more', async () => {
    const s = await story();
    await flag(s.id, minutesFromNow(30));
    expect(await unpublish({ viewer: editor, articleId: s.id, context })).toMatchObject({ ok: true });
    expect((await db.article.findUniqueOrThrow({ where: { id: s.id } })).breakingUntil).toBeNull();
    await db.article.update({ where: { id: s.id }, data: { status: 'published' } });
    expect((await readBreakingNews()).news).toBeNull();
  });

  it('shows the newest of several flagged stories', async () => {
    const older = await story('published', minutesFromNow(-120));
    const newer = await story('published', minutesFromNow(-5));
    await flag(newer.id, minutesFromNow(20));
    await flag(older.id, minutesFromNow(40));
    expect((await readBreakingNews()).news?.headline).toBe(newer.headline);
  });

  it('refuses stories readers cannot see, and an expiry that is missing or not in the future, changing nothing', async () => {
    for (const hidden of [await story('draft', null), await story('scheduled', minutesFromNow(60)), await story('unpublished')]) {
      expect(await flag(hidden.id, minutesFromNow(30))).toEqual({ ok: false, status: 400, message: BREAKING_NOT_LIVE });
    }
    const s = await story();
    expect(await flag(s.id, new Date(Date.now() - 1000))).toEqual({
      ok: false,
      status: 400,
      message: BREAKING_EXPIRY_IN_PAST,
      fieldErrors: { until: [BREAKING_EXPIRY_IN_PAST] },
    });
    expect(await flagBreaking(editor, { articleId: s.id, until: null, sendAlert: false }, context)).toMatchObject({ ok: false, status: 400, message: BREAKING_NEEDS_EXPIRY });
    expect(await flagBreakingAction.run(editor, { articleId: s.id, until: 'tomorrow' }, context)).toMatchObject({ ok: false, status: 400, fieldErrors: { until: [expect.any(String)] } });
    expect(await flag('no-such-story', minutesFromNow(30))).toMatchObject({ ok: false, status: 404 });
    expect(await db.article.count({ where: { breakingUntil: { not: null } } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: 'article.breaking', targetId: s.id } })).toBe(0);
  });

  it('is refused to contributors and authors; editors and administrators may', async () => {
    const s = await story();
    const until = local(minutesFromNow(30));
    for (const role of ['contributor', 'author'] as const) {
      const viewer = await member(role);
      expect(await flagBreakingAction.run(viewer, { articleId: s.id, until }, context)).toMatchObject({ ok: false, status: 403 });
      expect(await clearBreakingAction.run(viewer, { articleId: s.id }, context)).toMatchObject({ ok: false, status: 403 });
      expect(await flag(s.id, minutesFromNow(30), viewer)).toMatchObject({ ok: false, status: 403 });
    }
    expect(await db.article.count({ where: { id: s.id, breakingUntil: { not: null } } })).toBe(0);
    expect(await flagBreakingAction.run(await member('administrator'), { articleId: s.id, until }, context)).toMatchObject({ ok: true });
    expect(await flagBreakingAction.run(null, { articleId: s.id, until }, context)).toMatchObject({ ok: false, status: 401 });
  });
});

describe('clearing breaking news', () => {
  it('takes the banner down at once, audited', async () => {
    const s = await story();
    await flag(s.id, minutesFromNow(30));
    expect(await clearBreaking(editor, { articleId: s.id }, context)).toMatchObject({ ok: true, data: { until: null } });
    expect((await readBreakingNews()).news).toBeNull();
    expect(await db.auditEvent.count({ where: { action: 'article.breaking-cleared', targetId: s.id } })).toBe(1);
    // Clearing a story that is not breaking changes nothing.
    expect(await clearBreaking(editor, { articleId: s.id }, context)).toMatchObject({ ok: true });
    expect(await db.auditEvent.count({ where: { action: 'article.breaking-cleared', targetId: s.id } })).toBe(1);
  });
});
