import { cacheTag } from 'next/cache';
import { cacheReaderData } from '@/lib/cache/lifetimes';
import { cacheTags } from '@/lib/cache/tags';
import { db } from '@/lib/db/client';
import { paths } from '@/lib/routes';

export type SectionView = { slug: string; name: string; description: string; url: string };

const toSectionView = (s: { slug: string; name: string; description: string }): SectionView => ({
  slug: s.slug,
  name: s.name,
  description: s.description,
  url: paths.section(s.slug),
});

/** Sections in navigation order. */
export async function getSections(): Promise<SectionView[]> {
  'use cache';
  cacheTag(cacheTags.sections);
  cacheReaderData();
  const rows = await db.section.findMany({
    orderBy: [{ position: 'asc' }, { name: 'asc' }],
    select: { slug: true, name: true, description: true },
  });
  return rows.map(toSectionView);
}

export async function getSection(slug: string): Promise<SectionView | null> {
  'use cache';
  cacheTag(cacheTags.section(slug), cacheTags.sections);
  cacheReaderData();
  const row = await db.section.findUnique({ where: { slug }, select: { slug: true, name: true, description: true } });
  return row ? toSectionView(row) : null;
}
