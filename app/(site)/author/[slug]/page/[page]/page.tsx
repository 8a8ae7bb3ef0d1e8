import type { Metadata } from 'next';
import { NotFoundPage, notFoundMetadata } from '@/components/site/not-found-page';
import { AuthorPage } from '@/components/site/author-page';
import { BUILD_PLACEHOLDER, rejectBuildPlaceholder } from '@/lib/build-phase';
import { getAuthor } from '@/lib/authors/queries';
import { parsePageNumber, paths } from '@/lib/routes';
import { listMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ slug: string; page: string }> };

export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER, page: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await params;
  rejectBuildPlaceholder(p);
  const page = parsePageNumber(p.page);
  const entity = page ? await getAuthor(p.slug) : null;
  if (!entity || !page) return notFoundMetadata;
  return listMetadata(entity.name, entity.bio, paths.author(entity.slug, page), page);
}

export default async function AuthorPageRoute({ params }: Props) {
  const p = await params;
  rejectBuildPlaceholder(p);
  const page = parsePageNumber(p.page);
  if (!page) return <NotFoundPage />;
  return <AuthorPage slug={p.slug} page={page} />;
}
