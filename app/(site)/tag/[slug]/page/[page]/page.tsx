import type { Metadata } from 'next';
import { NotFoundPage, notFoundMetadata } from '@/components/site/not-found-page';
import { TagPage } from '@/components/site/tag-page';
import { BUILD_PLACEHOLDER, rejectBuildPlaceholder } from '@/lib/build-phase';
import { getTag } from '@/lib/tags/queries';
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
  const entity = page ? await getTag(p.slug) : null;
  if (!entity || !page) return notFoundMetadata;
  return listMetadata(entity.name, entity.description || `Stories about ${entity.name}`, paths.tag(entity.slug, page), page);
}

export default async function TagPageRoute({ params }: Props) {
  const p = await params;
  rejectBuildPlaceholder(p);
  const page = parsePageNumber(p.page);
  if (!page) return <NotFoundPage />;
  return <TagPage slug={p.slug} page={page} />;
}
