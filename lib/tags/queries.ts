import { cacheTag } from 'next/cache';
import { cacheReaderData } from '@/lib/cache/lifetimes';
import { cacheTags } from '@/lib/cache/tags';
import { db } from '@/lib/db/client';
import { paths } from '@/lib/routes';

export type TagView = { slug: string; name: string; description: string; url: string };

export async function getTag(slug: string): Promise<TagView | null> {
  'use cache';
  cacheTag(cacheTags.tag(slug));
  cacheReaderData();
  const row = await db.tag.findUnique({ where: { slug }, select: { slug: true, name: true, description: true } });
  return row ? { ...row, url: paths.tag(row.slug) } : null;
}
