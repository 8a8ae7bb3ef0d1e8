// What /admin/tags shows: never cached.
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import { paths } from '@/lib/routes';
import { toSlug } from '@/lib/text/slug';

export const TAG_PAGE_SIZE = 50;

export type TagAdminRow = { id: string; name: string; slug: string; description: string; url: string; articleCount: number };

/**
 * One page of tags in name order, optionally those whose name or slug contains `q`. The slug match makes the
 * search case-insensitive on both databases (slugs are lower-case ASCII).
 */
export async function listTagsForAdmin({ q, page }: { q: string; page: number }) {
  const slugPart = toSlug(q);
  const where: Prisma.TagWhereInput = q ? { OR: [{ name: { contains: q } }, ...(slugPart ? [{ slug: { contains: slugPart } }] : [])] } : {};
  const [total, rows] = await Promise.all([
    db.tag.count({ where }),
    db.tag.findMany({
      where,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      skip: (page - 1) * TAG_PAGE_SIZE,
      take: TAG_PAGE_SIZE,
      select: { id: true, name: true, slug: true, description: true, _count: { select: { articles: true } } },
    }),
  ]);
  return {
    rows: rows.map(
      (t): TagAdminRow => ({ id: t.id, name: t.name, slug: t.slug, description: t.description, url: paths.tag(t.slug), articleCount: t._count.articles }),
    ),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / TAG_PAGE_SIZE)),
  };
}

/** Tag names for the merge form's suggestions. */
export async function listTagNames(limit = 1000): Promise<string[]> {
  const rows = await db.tag.findMany({ orderBy: { name: 'asc' }, take: limit, select: { name: true } });
  return [...new Set(rows.map((r) => r.name))];
}
