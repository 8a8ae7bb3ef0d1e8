import type { Prisma } from '@/lib/db/generated/sqlite/client';

import { ARTICLE_STATUSES, type ArticleStatus } from './status.shared';

export { ARTICLE_STATUSES, type ArticleStatus };

/** The statuses of articles readers can see once their publication time has passed. */
export const LIVE_STATUSES: ArticleStatus[] = ['published', 'scheduled'];

/** The filter every reader query applies: live, and its publication time has come. */
export function visibleToReaders(now: Date): Prisma.ArticleWhereInput {
  return { status: { in: LIVE_STATUSES }, publishedAt: { lte: now } };
}

/** The filter for articles that will become visible later without anyone touching them. */
export function comingLater(now: Date): Prisma.ArticleWhereInput {
  return { status: { in: LIVE_STATUSES }, publishedAt: { gt: now } };
}
