import { randomUUID } from 'node:crypto';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getHomepage } from '@/lib/articles/queries';
import type { Viewer } from '@/lib/auth/session';
import { cacheReaderData } from '@/lib/cache/lifetimes';
import { db } from '@/lib/db/client';
import { EXPIRY_IN_PAST, FEATURED_FULL, moveFeaturedPin, NOT_PINNABLE, pinArticle, unpinArticle } from '@/lib/homepage/curation';
import { nextPinExpiry, pinExpiredSince } from '@/lib/homepage/expiry';
import { listPins } from '@/lib/homepage/queries';
import { nextRefreshAt } from '@/lib/publishing/due';
import { BAD_EXPIRY, pinSchema } from '@/lib/homepage/schemas';
import { createAccount } from '@/lib/users/accounts';
import { createArticle, createSection, minutesFromNow } from './factories';

// The homepage's cache lifetime is asserted through the `until` it is given.
vi.mock('@/lib/cache/lifetimes', () => ({ cacheReaderData: vi.fn() }));

const context = { request: { ip: '198.51.100.7', userAgent: 'vitest' } };

let editor: Viewer;
let section: Awaited<ReturnType<typeof createSection>>;

async function story(options: { secondsAgo?: number; status?: 'published' | 'draft' | 'scheduled'; publishedAt?: Date } = {}) {
  const publishedAt = options.publishedAt ?? new Date(Date.now() - (options.secondsAgo ?? 60) * 1000);
  return createArticle({ sectionId: section.id, status: options.status ?? 'published', publishedAt });
}

const pin = (articleId: string, slot: 'lead' | 'featured', expiresAt: Date | null = null) =>
  pinArticle(editor, { articleId, slot, expiresAt }, context);

beforeAll(async () => {
  const user = await createAccount({ email: `curator-${randomUUID().slice(0, 8)}@it.example`, name: 'IT Curator', role: 'editor', password: 'harbour-lamp-tide-gull-42' });
  editor = { userId: user.id, sessionId: 'it', name: user.name, email: user.email, role: 'editor', authorId: user.authorId };
  section = await createSection('Curation');
});

beforeEach(async () => {
  await db.homepagePin.deleteMany();
  vi.mocked(cacheReaderData).mockClear();
});

describe('pinning', () => {
  it('a new lead replaces the old one, and the homepage leads with it', async () => {
    const [first, second] = [await story(), await story()];
    expect(await pin(first.id, 'lead')).toMatchObject({ ok: true });
    expect(await pin(second.id, 'lead')).toMatchObject({ ok: true });
    const pins = await db.homepagePin.findMany();
    expect(pins).toHaveLength(1);
    expect(pins[0]).toMatchObject({ articleId: second.id, slot: 'lead', createdById: editor.userId });
    expect((await getHomepage()).lead?.id).toBe(second.id);
    expect(await db.auditEvent.count({ where: { action: 'homepage.pinned', targetId: second.id } })).toBe(1);
  });

  it('refuses a seventh featured story, but an expired pin no longer takes a place', async () => {
    const stories = await Promise.all(Array.from({ length: 7 }, () => story()));
    for (const s of stories.slice(0, 6)) expect(await pin(s.id, 'featured')).toMatchObject({ ok: true });
    expect(await pin(stories[6]!.id, 'featured')).toEqual({ ok: false, status: 409, message: FEATURED_FULL, fieldErrors: { slot: [FEATURED_FULL] } });
    expect(await db.homepagePin.count()).toBe(6);
    // One pin runs out: its place is free again.
    await db.homepagePin.update({ where: { articleId: stories[0]!.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await pin(stories[6]!.id, 'featured')).toMatchObject({ ok: true });
    expect((await listPins()).featured.map((p) => p.article.id)).toEqual(stories.slice(1).map((s) => s.id));
  });

  it('moves a story between lead and featured instead of pinning it twice', async () => {
    const [a, b] = [await story(), await story()];
    await pin(a.id, 'featured');
    await pin(b.id, 'featured');
    await pin(a.id, 'lead');
    const pins = await listPins();
    expect(pins.lead?.article.id).toBe(a.id);
    expect(pins.featured.map((p) => p.article.id)).toEqual([b.id]);
    expect(await db.homepagePin.findUniqueOrThrow({ where: { articleId: b.id } })).toMatchObject({ position: 0 });
  });

  it('refuses an expiry in the past and changes nothing', async () => {
    const s = await story();
    expect(await pin(s.id, 'lead', new Date(Date.now() - 60_000))).toMatchObject({ ok: false, status: 400, fieldErrors: { expiresAt: [EXPIRY_IN_PAST] } });
    expect(await db.homepagePin.count()).toBe(0);
  });

  it('refuses stories readers cannot see', async () => {
    const hidden = [await story({ status: 'draft', publishedAt: minutesFromNow(-5) }), await story({ status: 'scheduled', publishedAt: minutesFromNow(30) })];
    for (const s of hidden) expect(await pin(s.id, 'featured')).toMatchObject({ ok: false, fieldErrors: { articleId: [NOT_PINNABLE] } });
    expect(await pin('no-such-article', 'lead')).toMatchObject({ ok: false, fieldErrors: { articleId: [NOT_PINNABLE] } });
    expect(await db.homepagePin.count()).toBe(0);
  });

  it('reorders featured stories and closes the gap when one is unpinned', async () => {
    const [a, b, c] = [await story(), await story(), await story()];
    for (const s of [a, b, c]) await pin(s.id, 'featured');
    const idOf = async (articleId: string) => (await db.homepagePin.findUniqueOrThrow({ where: { articleId } })).id;
    const order = async () => (await listPins()).featured.map((p) => p.article.id);

    expect(await moveFeaturedPin(editor, await idOf(c.id), 'up', context)).toMatchObject({ ok: true });
    expect(await order()).toEqual([a.id, c.id, b.id]);
    expect(await moveFeaturedPin(editor, await idOf(a.id), 'up', context)).toMatchObject({ ok: true, message: expect.stringContaining('already first') });
    expect(await moveFeaturedPin(editor, await idOf(a.id), 'down', context)).toMatchObject({ ok: true });
    expect(await order()).toEqual([c.id, a.id, b.id]);

    expect(await unpinArticle(editor, await idOf(a.id), context)).toMatchObject({ ok: true });
    expect(await order()).toEqual([c.id, b.id]);
    expect((await db.homepagePin.findMany({ orderBy: { position: 'asc' } })).map((p) => p.position)).toEqual([0, 1]);
    expect(await db.auditEvent.count({ where: { action: { in: ['homepage.reordered', 'homepage.unpinned'] }, actorId: editor.userId } })).toBeGreaterThanOrEqual(3);
  });
});

describe('the homepage with pins', () => {
  it('shows the lead pin, then featured pins in order, then the newest stories, each once', async () => {
    // Newest first: n0 is the newest story on the site. Tenths of a second apart, all within the last second, so no
    // story another test file published a few seconds ago falls between them.
    const n = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((s) => story({ secondsAgo: s / 10 })));
    const old = await story({ secondsAgo: 7200 });
    await pin(old.id, 'lead');
    await pin(n[5]!.id, 'featured');
    await pin(n[2]!.id, 'featured');

    const home = await getHomepage();
    expect(home.lead?.id).toBe(old.id);
    expect(home.featured.map((a) => a.id)).toEqual([n[5], n[2], n[0], n[1], n[3], n[4]].map((a) => a!.id));
    const block = home.sections.find((b) => b.section.slug === section.slug);
    const above = new Set([home.lead!.id, ...home.featured.map((a) => a.id)]);
    expect(block?.articles.map((a) => a.id)).toEqual([n[6], n[7], n[8], n[9]].map((a) => a!.id));
    expect(block?.articles.filter((a) => above.has(a.id))).toEqual([]);
    // "Latest news" stays the plain newest ten.
    expect(home.latest.slice(0, 3).map((a) => a.id)).toEqual([n[0], n[1], n[2]].map((a) => a!.id));
  });

  it('ignores expired pins and pins on stories taken down', async () => {
    const [expired, unpublished, kept] = [await story({ secondsAgo: 3 }), await story({ secondsAgo: 2 }), await story({ secondsAgo: 7200 })];
    await pin(expired.id, 'lead', new Date(Date.now() + 60_000));
    await pin(unpublished.id, 'featured');
    await pin(kept.id, 'featured');
    await db.homepagePin.update({ where: { articleId: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await db.article.update({ where: { id: unpublished.id }, data: { status: 'unpublished' } });

    const home = await getHomepage();
    expect(home.lead?.id).not.toBe(expired.id);
    expect(home.featured[0]?.id).toBe(kept.id);
    expect([home.lead, ...home.featured, ...home.latest].map((a) => a?.id)).not.toContain(unpublished.id);
    const pins = await listPins();
    expect(pins.lead).toBeNull();
    expect(pins.featured.find((p) => p.article.id === unpublished.id)?.visible).toBe(false);
  });

  it('without a lead pin, leads with the newest story with a picture that is not featured', async () => {
    const image = await db.image.create({ data: { path: `it/${randomUUID()}.jpg`, mimeType: 'image/jpeg', width: 16, height: 9, alt: 'A harbour' } });
    const [pictured, newerPictured] = [await story({ secondsAgo: 5 }), await story({ secondsAgo: 4 })];
    await db.article.updateMany({ where: { id: { in: [pictured.id, newerPictured.id] } }, data: { heroImageId: image.id } });
    await pin(newerPictured.id, 'featured');
    const home = await getHomepage();
    expect(home.lead?.id).toBe(pictured.id);
    expect(home.featured[0]?.id).toBe(newerPictured.id);
  });

  it('ends its cache entry when the first pin expires', async () => {
    const [a, b] = [await story(), await story()];
    const soon = new Date(Date.now() + 10 * 60_000);
    await pin(a.id, 'lead', new Date(Date.now() + 60 * 60_000));
    await pin(b.id, 'featured', soon);
    await getHomepage();
    const until = vi.mocked(cacheReaderData).mock.calls.at(-1)?.[0];
    // A scheduled story due before the pin expires would end it sooner; either way, no later than the pin.
    expect(until).toBeInstanceOf(Date);
    expect((until as Date).getTime()).toBeLessThanOrEqual(soon.getTime());
    const scheduled = await db.article.findFirst({ where: { status: { in: ['published', 'scheduled'] }, publishedAt: { gt: new Date() } }, orderBy: { publishedAt: 'asc' } });
    if (!scheduled?.publishedAt || scheduled.publishedAt > soon) expect(until).toEqual(soon);
  });
});

describe('pins that run out', () => {
  it('are moments the server refreshes the homepage at by itself', async () => {
    const [a, b] = [await story(), await story()];
    const soon = new Date(Date.now() + 90_000);
    await pin(a.id, 'featured', new Date(Date.now() + 3_600_000));
    await pin(b.id, 'featured', soon);
    expect(await nextPinExpiry()).toEqual(soon);
    expect((await nextRefreshAt())!.getTime()).toBeLessThanOrEqual(soon.getTime());
    expect(await pinExpiredSince(new Date(Date.now() - 60_000))).toBe(false);
    expect(await pinExpiredSince(new Date(), new Date(soon.getTime() + 1))).toBe(true);
  });
});

describe('the expiry field', () => {
  it('reads a datetime-local value in the site’s time zone', () => {
    // Europe/London in July is UTC+1.
    const parsed = pinSchema.parse({ articleId: 'a', slot: 'lead', expiresAt: '2026-07-01T18:30' });
    expect(parsed.expiresAt?.toISOString()).toBe('2026-07-01T17:30:00.000Z');
    expect(pinSchema.parse({ articleId: 'a', slot: 'lead', expiresAt: '2026-12-01T09:05:30' }).expiresAt?.toISOString()).toBe('2026-12-01T09:05:30.000Z');
    expect(pinSchema.parse({ articleId: 'a', slot: 'featured', expiresAt: '' }).expiresAt).toBeNull();
    expect(pinSchema.parse({ articleId: 'a', slot: 'featured' }).expiresAt).toBeNull();
  });

  it('refuses what is not a date and time', () => {
    for (const bad of ['tomorrow', '2026-02-30T10:00', '2026-07-01T25:00', '2026-07-01 18:30:00Z']) {
      const result = pinSchema.safeParse({ articleId: 'a', slot: 'lead', expiresAt: bad });
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(BAD_EXPIRY);
    }
    expect(pinSchema.safeParse({ articleId: 'a', slot: 'sidebar' }).success).toBe(false);
  });
});
