// What the curation page shows: the pins as they stand, and the stories that can be pinned.
import { visibleToReaders } from '@/lib/articles/visibility';
import { db } from '@/lib/db/client';
import { paths } from '@/lib/routes';
import type { PinSlot } from './schemas';

export type PinView = {
  id: string;
  slot: PinSlot;
  expiresAt: Date | null;
  article: { id: string; headline: string; url: string };
  /** False when the story was unpublished after it was pinned: the pin shows nothing until it is live again. */
  visible: boolean;
  pinnedBy: string | null;
};

/** The unexpired pins: the lead (if any) and the featured stories in their order. */
export async function listPins(now = new Date()): Promise<{ lead: PinView | null; featured: PinView[] }> {
  const rows = await db.homepagePin.findMany({
    where: { OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    select: {
      id: true,
      slot: true,
      expiresAt: true,
      createdBy: { select: { name: true } },
      article: { select: { id: true, slug: true, headline: true, status: true, publishedAt: true, section: { select: { slug: true } } } },
    },
  });
  const visibleIds = new Set(
    (await db.article.findMany({ where: { AND: [{ id: { in: rows.map((r) => r.article.id) } }, visibleToReaders(now)] }, select: { id: true } })).map((a) => a.id),
  );
  const views: PinView[] = rows.map((r) => ({
    id: r.id,
    slot: r.slot === 'lead' ? 'lead' : 'featured',
    expiresAt: r.expiresAt,
    article: { id: r.article.id, headline: r.article.headline, url: paths.article(r.article.section.slug, r.article.slug) },
    visible: visibleIds.has(r.article.id),
    pinnedBy: r.createdBy?.name ?? null,
  }));
  return { lead: views.find((v) => v.slot === 'lead') ?? null, featured: views.filter((v) => v.slot === 'featured') };
}

export type PinnableArticle = { id: string; headline: string; section: string; publishedAt: Date };

/** The latest stories readers can see, newest first: the choice offered by the pin form. */
export async function listPinnableArticles(limit = 100, now = new Date()): Promise<PinnableArticle[]> {
  const rows = await db.article.findMany({
    where: visibleToReaders(now),
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: { id: true, headline: true, publishedAt: true, section: { select: { name: true } } },
  });
  return rows.map((r) => ({ id: r.id, headline: r.headline, section: r.section.name, publishedAt: r.publishedAt ?? new Date(0) }));
}
