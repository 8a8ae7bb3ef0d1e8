import type { Metadata } from 'next';
import { TagPage, tagPageMetadata } from '@/components/site/tag-page';
import { BUILD_PLACEHOLDER, rejectBuildPlaceholder } from '@/lib/build-phase';

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await params;
  rejectBuildPlaceholder(p);
  return tagPageMetadata(p.slug, 1);
}

export default async function TagRoute({ params }: Props) {
  const p = await params;
  rejectBuildPlaceholder(p);
  return <TagPage slug={p.slug} page={1} />;
}
