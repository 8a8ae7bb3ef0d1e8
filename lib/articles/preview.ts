import { db } from '@/lib/db/client';
import { articleSelect, toArticle } from './queries';
import { withCurrentStoryRenders } from './rendered';
import type { Article } from './types';

/**
 * Any article, whatever its status, as readers would see it: for the editor's preview only. Never cached (the
 * preview must show the latest save) and never reachable without a session or a signed link.
 */
export async function getArticleForPreview(articleId: string): Promise<(Article & { status: string; ownerId: string | null }) | null> {
  const found = await db.article.findUnique({ where: { id: articleId }, select: { ...articleSelect, ownerId: true } });
  if (!found) return null;
  const [row] = await withCurrentStoryRenders([found]);
  if (!row) return null;
  // A draft has no publication time yet: the preview shows it as if published now.
  const article = toArticle({ ...row, publishedAt: row.publishedAt ?? new Date() });
  return { ...article, status: row.status, ownerId: row.ownerId };
}
