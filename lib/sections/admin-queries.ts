// What /admin/sections shows: never cached, every section whatever its articles.
import { db } from '@/lib/db/client';
import { paths } from '@/lib/routes';

export type SectionAdminRow = {
  id: string;
  name: string;
  slug: string;
  description: string;
  /** Whether readers may comment on its stories. */
  commentsEnabled: boolean;
  url: string;
  /** Every article in it, drafts included (a section with any cannot be deleted). */
  articleCount: number;
  /** Published or scheduled: their addresses fix the section's slug. */
  liveCount: number;
};

/** Sections in navigation order, with their article counts. */
export async function listSectionsForAdmin(): Promise<SectionAdminRow[]> {
  const [sections, live] = await Promise.all([
    db.section.findMany({
      orderBy: [{ position: 'asc' }, { name: 'asc' }],
      select: { id: true, name: true, slug: true, description: true, commentsEnabled: true, _count: { select: { articles: true } } },
    }),
    db.article.groupBy({ by: ['sectionId'], where: { status: { in: ['published', 'scheduled'] } }, _count: { _all: true } }),
  ]);
  const liveBySection = new Map(live.map((g) => [g.sectionId, g._count._all]));
  return sections.map((s) => ({
    id: s.id,
    name: s.name,
    slug: s.slug,
    description: s.description,
    commentsEnabled: s.commentsEnabled,
    url: paths.section(s.slug),
    articleCount: s._count.articles,
    liveCount: liveBySection.get(s.id) ?? 0,
  }));
}
