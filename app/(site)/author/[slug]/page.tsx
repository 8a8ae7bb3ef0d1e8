import type { Metadata } from 'next';
import { notFoundMetadata } from '@/components/site/not-found-page';
import { AuthorPage } from '@/components/site/author-page';
import { BUILD_PLACEHOLDER, rejectBuildPlaceholder } from '@/lib/build-phase';
import { getAuthor } from '@/lib/authors/queries';
import { paths } from '@/lib/routes';
import { listMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await params;
  rejectBuildPlaceholder(p);
  const entity = await getAuthor(p.slug);
  if (!entity) return notFoundMetadata;
  return listMetadata(entity.name, entity.bio, paths.author(entity.slug), 1);
}

export default async function AuthorRoute({ params }: Props) {
  const p = await params;
  rejectBuildPlaceholder(p);
  return <AuthorPage slug={p.slug} page={1} />;
}
