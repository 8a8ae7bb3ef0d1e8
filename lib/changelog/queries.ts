// Reader queries of the change log: a story's updates and corrections (shown under its text) and every
// correction on the site (/corrections).
import { cacheTag } from 'next/cache';
import { comingLater, visibleToReaders } from '@/lib/articles/visibility';
import type { Page } from '@/lib/articles/types';
import { cacheReaderData } from '@/lib/cache/lifetimes';
import { cacheTags } from '@/lib/cache/tags';
import { db } from '@/lib/db/client';
import { PAGE_SIZE, paths } from '@/lib/routes';
import type { LogKind } from './record';

/** What readers read for an update saved without a "What changed" note. */
export const DEFAULT_UPDATE_NOTE = 'The story was updated.';

export type ChangeEntry = { id: string; kind: LogKind; note: string; at: Date };
export type CorrectionEntry = { id: string; note: string; at: Date; article: { headline: string; url: string } };

const toEntry = (row: { id: string; kind: string; note: string; at: Date }): ChangeEntry => {
  const kind: LogKind = row.kind === 'correction' ? 'correction' : 'update';
  return { id: row.id, kind, note: row.note || (kind === 'update' ? DEFAULT_UPDATE_NOTE : ''), at: row.at };
};

/**
 * A story's change log, newest first. Cached under the story's own tag: the save that writes an entry invalidates
 * that tag in the same step, so the entry shows with the change it describes.
 */
export async function getArticleChangelog(articleId: string, slug: string): Promise<ChangeEntry[]> {
  'use cache';
  cacheTag(cacheTags.article(slug));
  cacheReaderData();
  const rows = await db.articleUpdate.findMany({
    where: { articleId },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    select: { id: true, kind: true, note: true, at: true },
  });
  return rows.map(toEntry);
}

/**
 * Page `page` of every correction on stories readers can see, newest first. Tagged `corrections` (a correction
 * written) and `articles:lists` (any story published, changed or taken down: its headline, address or visibility).
 */
export async function getCorrections(page: number): Promise<Page<CorrectionEntry>> {
  'use cache';
  cacheTag(cacheTags.corrections, cacheTags.articleLists);
  const now = new Date();
  const where = { kind: 'correction', article: visibleToReaders(now) };
  const [total, next] = await Promise.all([
    db.articleUpdate.count({ where }),
    db.article.findFirst({ where: comingLater(now), orderBy: { publishedAt: 'asc' }, select: { publishedAt: true } }),
  ]);
  const rows =
    total > (page - 1) * PAGE_SIZE
      ? await db.articleUpdate.findMany({
          where,
          orderBy: [{ at: 'desc' }, { id: 'desc' }],
          skip: (page - 1) * PAGE_SIZE,
          take: PAGE_SIZE,
          select: { id: true, note: true, at: true, article: { select: { headline: true, slug: true, section: { select: { slug: true } } } } },
        })
      : [];
  // A story taken down and scheduled again brings its corrections back at its minute.
  cacheReaderData(next?.publishedAt ?? null);
  return {
    items: rows.map((row) => ({
      id: row.id,
      note: row.note,
      at: row.at,
      article: { headline: row.article.headline, url: paths.article(row.article.section.slug, row.article.slug) },
    })),
    page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    total,
  };
}
