import { LIVE_STATUSES } from '@/lib/articles/visibility';
import { Prisma } from '@/lib/db/generated/sqlite/client';
import type { SearchFilters } from './types';

/**
 * The WHERE conditions on `"Article" a` that both engines share: what readers may see (live, publication time
 * passed, as visibleToReaders() says), then the reader's filters. Values are bound parameters.
 */
export function readerConditions(filters: SearchFilters, now: Date): Prisma.Sql {
  const conditions = [Prisma.sql`a."status" IN (${Prisma.join(LIVE_STATUSES)})`, Prisma.sql`a."publishedAt" <= ${now}`];
  if (filters.sectionId) conditions.push(Prisma.sql`a."sectionId" = ${filters.sectionId}`);
  if (filters.authorId) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ArticleAuthor" aa WHERE aa."articleId" = a."id" AND aa."authorId" = ${filters.authorId})`,
    );
  }
  if (filters.from) conditions.push(Prisma.sql`a."publishedAt" >= ${filters.from}`);
  if (filters.until) conditions.push(Prisma.sql`a."publishedAt" < ${filters.until}`);
  return Prisma.join(conditions, ' AND ');
}

/** Best rank first, then newest: the order of every results page. */
export const RESULT_ORDER = Prisma.sql`"rank" DESC, a."publishedAt" DESC, a."id" DESC`;
