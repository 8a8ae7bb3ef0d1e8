import { cacheTag } from 'next/cache';
import type { ImageView } from '@/lib/articles/types';
import { cacheReaderData } from '@/lib/cache/lifetimes';
import { cacheTags } from '@/lib/cache/tags';
import { db } from '@/lib/db/client';
import { toImageView } from '@/lib/media/urls';
import { paths } from '@/lib/routes';

export type AuthorView = { slug: string; name: string; jobTitle: string; bio: string; url: string; photo: ImageView | null };

export async function getAuthor(slug: string): Promise<AuthorView | null> {
  'use cache';
  cacheTag(cacheTags.author(slug));
  cacheReaderData();
  const row = await db.author.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      jobTitle: true,
      bio: true,
      photo: { select: { path: true, width: true, height: true, alt: true, caption: true, credit: true } },
    },
  });
  if (!row) return null;
  return { slug: row.slug, name: row.name, jobTitle: row.jobTitle, bio: row.bio, url: paths.author(row.slug), photo: toImageView(row.photo) };
}
