// What /admin/authors shows: never cached, every profile whatever its articles.
import { db } from '@/lib/db/client';
import type { PickedImage } from '@/lib/media/types';
import { paths } from '@/lib/routes';

export type AuthorAdminRow = {
  id: string;
  name: string;
  slug: string;
  jobTitle: string;
  bio: string;
  url: string;
  photo: PickedImage | null;
  /** The newsroom account whose public page this is. */
  account: { name: string; email: string } | null;
  articleCount: number;
};

export async function listAuthorsForAdmin(): Promise<AuthorAdminRow[]> {
  const rows = await db.author.findMany({
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      name: true,
      slug: true,
      jobTitle: true,
      bio: true,
      photo: { select: { id: true, path: true, alt: true, width: true, height: true, caption: true, credit: true } },
      user: { select: { name: true, email: true } },
      _count: { select: { articles: true } },
    },
  });
  return rows.map((a) => ({
    id: a.id,
    name: a.name,
    slug: a.slug,
    jobTitle: a.jobTitle,
    bio: a.bio,
    url: paths.author(a.slug),
    photo: a.photo
      ? { id: a.photo.id, src: paths.media(a.photo.path), width: a.photo.width, height: a.photo.height, alt: a.photo.alt, caption: a.photo.caption, credit: a.photo.credit }
      : null,
    account: a.user,
    articleCount: a._count.articles,
  }));
}
