import { cacheTag } from 'next/cache';
import { cacheReaderData } from '@/lib/cache/lifetimes';
import { cacheTags } from '@/lib/cache/tags';
import { db } from '@/lib/db/client';
import { commentsState } from './rules';
import type { CommentOrder } from './schemas';

/** A published comment as readers see it: the name shown, never the address. */
export type CommentView = { id: string; name: string; body: string; publishedAt: Date; featured: boolean; replies: CommentView[] };

export type CommentThread = {
  articleId: string;
  open: boolean;
  /** Why comments are closed, for the sentence that says so. */
  closedBecause: 'section' | 'story' | 'age' | null;
  count: number;
  /** Top-level comments: featured first, then in the chosen order; each with its replies, oldest first. */
  comments: CommentView[];
  /** More top-level comments than the page shows (the other order shows the other end). */
  truncated: boolean;
};

/** Top-level comments a page shows at most: the page stays small however busy a story gets. */
export const THREADS_SHOWN = 100;
/** Replies shown under each comment (the oldest). */
export const REPLIES_SHOWN = 50;

const commentSelect = { id: true, body: true, displayName: true, publishedAt: true, featured: true } as const;

type Row = { id: string; body: string; displayName: string; publishedAt: Date | null; featured: boolean };
const toView = (row: Row, replies: CommentView[] = []): CommentView => ({
  id: row.id,
  name: row.displayName || 'A reader',
  body: row.body,
  publishedAt: row.publishedAt ?? new Date(0),
  featured: row.featured,
  replies,
});

/**
 * The approved comments of the story at `slug` and whether it takes more, cached with the article page under the
 * article's tag (a moderator's decision invalidates it) and its section's (comments turned off there). The cached
 * answer ends when the story closes by age. Null when there is no such story for readers.
 */
export async function getCommentThread(slug: string, order: CommentOrder = 'oldest'): Promise<CommentThread | null> {
  'use cache';
  cacheTag(cacheTags.article(slug));
  const now = new Date();
  const story = await db.article.findUnique({
    where: { slug },
    select: { id: true, publishedAt: true, commentsClosed: true, section: { select: { slug: true, commentsEnabled: true } } },
  });
  if (!story) {
    cacheReaderData();
    return null;
  }
  cacheTag(cacheTags.section(story.section.slug));
  const state = commentsState(story, now);
  cacheReaderData(state.open ? state.closesAt : null);
  const direction = order === 'newest' ? 'desc' : 'asc';
  const [count, top] = await Promise.all([
    db.comment.count({ where: { articleId: story.id, status: 'approved', OR: [{ parentId: null }, { parent: { status: 'approved' } }] } }),
    db.comment.findMany({
      where: { articleId: story.id, status: 'approved', parentId: null },
      orderBy: [{ featured: 'desc' }, { publishedAt: direction }, { id: direction }],
      take: THREADS_SHOWN + 1,
      select: {
        ...commentSelect,
        // Bounded, as the threads are: one busy thread cannot make the page (or its cache entry) grow without end.
        replies: { where: { status: 'approved' }, orderBy: [{ publishedAt: 'asc' }, { id: 'asc' }], take: REPLIES_SHOWN, select: commentSelect },
      },
    }),
  ]);
  return {
    articleId: story.id,
    open: state.open,
    closedBecause: state.open ? null : state.reason,
    count,
    comments: top.slice(0, THREADS_SHOWN).map((row) => toView(row, row.replies.map((reply) => toView(reply)))),
    truncated: top.length > THREADS_SHOWN,
  };
}

/** A published top-level comment readers may reply to, with its story; null otherwise (the reply page 404s). */
export async function findReplyTarget(commentId: string) {
  const row = await db.comment.findFirst({
    where: { id: commentId, parentId: null, status: 'approved', article: { status: { in: ['published', 'scheduled'] }, publishedAt: { lte: new Date() } } },
    select: {
      ...commentSelect,
      article: { select: { id: true, slug: true, headline: true, publishedAt: true, commentsClosed: true, section: { select: { slug: true, commentsEnabled: true } } } },
    },
  });
  if (!row) return null;
  return { comment: toView(row), article: row.article, open: commentsState(row.article).open };
}
