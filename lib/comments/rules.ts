import { siteConfig } from '@/lib/config/site';

// When a story takes comments: its section allows them, no editor closed it, and it was published less than
// COMMENTS_CLOSE_AFTER_DAYS ago (0: no limit by age).

export type CommentsState = { open: true; closesAt: Date | null } | { open: false; reason: 'section' | 'story' | 'age' };

type StoryForComments = { commentsClosed: boolean; publishedAt: Date | null; section: { commentsEnabled: boolean } };

/** Whether `story` takes comments at `now`, and until when. */
export function commentsState(story: StoryForComments, now = new Date()): CommentsState {
  if (!story.section.commentsEnabled) return { open: false, reason: 'section' };
  if (story.commentsClosed) return { open: false, reason: 'story' };
  const days = siteConfig().commentsCloseAfterDays;
  if (days === 0 || !story.publishedAt) return { open: true, closesAt: null };
  const closesAt = new Date(story.publishedAt.getTime() + days * 86_400_000);
  return closesAt > now ? { open: true, closesAt } : { open: false, reason: 'age' };
}
