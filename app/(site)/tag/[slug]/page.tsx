import type { Metadata } from 'next';
import { notFoundMetadata } from '@/components/site/not-found-page';
import { TagPage } from '@/components/site/tag-page';
import { BUILD_PLACEHOLDER, rejectBuildPlaceholder } from '@/lib/build-phase';
import { getTag } from '@/lib/tags/queries';
import { paths } from '@/lib/routes';
import { listMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await params;
  rejectBuildPlaceholder(p);
  const entity = await getTag(p.slug);
  if (!entity) return notFoundMetadata;
  return listMetadata(entity.name, entity.description || `Stories about ${entity.name}`, paths.tag(entity.slug), 1);
}

export default async function TagRoute({ params }: Props) {
  const p = await params;
  rejectBuildPlaceholder(p);
  return <TagPage slug={p.slug} page={1} />;
}
