import { Prisma } from '@/lib/db/generated/sqlite/client';
import type { SearchFilters } from './types';

/**
 * The section and author filters as conditions on `"Article" a`, the same on both engines (the date filters are
 * engine-specific: bounds on SQLite's index numbers, columns on PostgreSQL). Values are bound parameters.
 */
export function storyConditions(filters: SearchFilters): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filters.sectionId) conditions.push(Prisma.sql`a."sectionId" = ${filters.sectionId}`);
  if (filters.authorId) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "ArticleAuthor" aa WHERE aa."articleId" = a."id" AND aa."authorId" = ${filters.authorId})`);
  }
  return conditions;
}
