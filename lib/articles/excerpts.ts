import type { Database } from '@/lib/db/client';
import { openingParagraph } from './body';

// Article.excerpt: the body's first paragraph, cut at a word within 160 characters, the card text of a story without
// a standfirst. Every write of a body keeps it (lib/articles/save.ts, the importer, the seeds); lists read it
// instead of loading bodies.

export const excerptOf = (bodyJson: string): string => openingParagraph(bodyJson);

/**
 * Fills the excerpt of stories written before it was kept: the migration that added the column could not read the
 * bodies. Called at start-up (scripts/start.ts, npm run db:migrate); a second call finds only stories whose text has no
 * paragraph, and writes nothing. Returns how many were filled.
 */
export async function fillMissingExcerpts(client: Database, batchSize = 500): Promise<number> {
  let filled = 0;
  let cursor: string | undefined;
  for (;;) {
    const rows = await client.article.findMany({
      where: { excerpt: '', ...(cursor ? { id: { gt: cursor } } : {}) },
      select: { id: true, body: true, modifiedAt: true },
      orderBy: { id: 'asc' },
      take: batchSize,
    });
    if (rows.length === 0) return filled;
    cursor = rows.at(-1)!.id;
    const updates = rows.map((row) => ({ id: row.id, modifiedAt: row.modifiedAt, excerpt: excerptOf(row.body) })).filter((row) => row.excerpt);
    if (updates.length) {
      // One statement per story, in one transaction a batch. modifiedAt is written back as it was (Prisma's @updatedAt
      // would make it now): sitemaps and the desk date a story by it, and no one changed these stories.
      await client.$transaction(
        updates.map(({ id, excerpt, modifiedAt }) => client.article.updateMany({ where: { id, excerpt: '' }, data: { excerpt, modifiedAt } })),
      );
      filled += updates.length;
    }
  }
}
