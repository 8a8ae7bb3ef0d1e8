import { can } from '@/lib/auth/roles';
import type { Viewer } from '@/lib/auth/session';
import type { ArticleStatus } from './visibility';

// Who may touch which article (Ghost's contributor rules): contributors only their own stories, and only
// before they go live; authors their own at any stage; editors and administrators any.

type Owned = { ownerId: string | null; status: string };

const isOwn = (viewer: Viewer, article: Owned) => article.ownerId === viewer.userId;

/**
 * Whether the viewer may open the article in the newsroom at all (editor, preview, revisions, presence): editors
 * and administrators any; contributors and authors only their own (the role table: they edit only their own).
 */
export function canOpenArticle(viewer: Viewer, article: Pick<Owned, 'ownerId'>): boolean {
  return can(viewer.role, 'articles:edit-any') || article.ownerId === viewer.userId;
}

export function canEditArticle(viewer: Viewer, article: Owned): boolean {
  if (can(viewer.role, 'articles:edit-any')) return true;
  if (!isOwn(viewer, article)) return false;
  if (can(viewer.role, 'articles:publish-own')) return true;
  return (['draft', 'review'] as ArticleStatus[]).includes(article.status as ArticleStatus);
}

export function canPublishArticle(viewer: Viewer, article: Owned): boolean {
  if (can(viewer.role, 'articles:publish-any')) return true;
  return isOwn(viewer, article) && can(viewer.role, 'articles:publish-own');
}

/** Changing the byline is a publishing decision: contributors keep the byline an editor gave them. */
export function canChangeBylines(viewer: Viewer, article: Owned): boolean {
  return canPublishArticle(viewer, article);
}

export function canReview(viewer: Viewer): boolean {
  return can(viewer.role, 'articles:publish-any');
}

export function canDeleteArticle(viewer: Viewer, article: Owned & { publishedAt: Date | null }): boolean {
  if (can(viewer.role, 'articles:edit-any')) return true;
  // Writers may throw away their own drafts that never went out.
  return isOwn(viewer, article) && article.publishedAt === null && ['draft', 'review'].includes(article.status);
}

export const ARTICLE_NOT_FOUND = 'That article does not exist (it may have been deleted).';
export const NOT_YOUR_ARTICLE = 'You can edit only your own drafts.';
export const CANNOT_PUBLISH = 'Your role does not allow publishing this article.';
