// What the comment route handlers and pages share: where an outcome is told, and reading a story's path back from it.
import type { CommentOutcome, CommentRefusal } from './post';

export type ResultCode = CommentOutcome | CommentRefusal | 'name' | 'email' | 'body' | 'long';

const STORY_PATH = /^\/[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/;

/** A story's path from an address, when it has a story's shape (never another site, never a deeper path). */
export const storyPathOr = (raw: string | null | undefined, fallback = '/') => (raw && STORY_PATH.test(raw) ? raw : fallback);

/** The small page that says what became of a comment, with a link back to its story. */
export const resultPath = (code: ResultCode, storyPath?: string, commentId?: string) => {
  const query = new URLSearchParams({ m: code });
  if (storyPath && STORY_PATH.test(storyPath)) query.set('story', storyPath);
  if (commentId && code === 'published') query.set('comment', commentId);
  return `/comments/result?${query.toString()}`;
};
