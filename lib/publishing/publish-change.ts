// The one publish step's reach: after any write to an article has committed (a save, a workflow step, a deletion),
// everything readers and search engines get from it is brought up to date together.
import { type EditingRow, footprintOf, isLiveStatus, publicPathOf } from '@/lib/articles/editing';
import { queueIndexNow } from '@/lib/indexnow/submit';
import { NEWS_WINDOW_MS } from '@/lib/sitemaps/queries';
import { invalidateReaderTags, tagsForChange } from './invalidate';

/** An article as it was before a change or is after it. */
export type ChangedArticle = Pick<EditingRow, 'slug' | 'status' | 'publishedAt' | 'section' | 'authors' | 'tags'>;

/** Whether readers could open the article at its address (live, and its time has come). */
const readable = (row: ChangedArticle | null, now: Date): row is ChangedArticle =>
  row !== null && isLiveStatus(row.status) && row.publishedAt !== null && row.publishedAt <= now;

/**
 * The addresses search engines should fetch again: where the story was readable, and where it is now — but not a
 * story that goes out for the first time with a publication time older than the news window (an archive story
 * given its original date): it is not news, and the sitemaps list it.
 */
export function changedPaths(before: ChangedArticle | null, after: ChangedArticle | null, now = new Date()): string[] {
  const archived = after !== null && !readable(before, now) && after.publishedAt !== null && after.publishedAt.getTime() < now.getTime() - NEWS_WINDOW_MS;
  return [...new Set([before, archived ? null : after].filter((row) => readable(row, now)).map(publicPathOf))];
}

/**
 * Invalidates every cached page, list, feed and sitemap index that shows the article (tagsForChange; again a moment
 * later), and queues an IndexNow ping of its changed addresses, sent in the background after the action returns.
 * Valid only inside a server action, like updateTag.
 */
export function publishChange(before: ChangedArticle | null, after: ChangedArticle | null): void {
  invalidateReaderTags(tagsForChange(before && footprintOf(before), after && footprintOf(after)));
  queueIndexNow(changedPaths(before, after));
}
