import type { Metadata } from 'next';
import { NotFoundPage, notFoundMetadata } from '@/components/site/not-found-page';
import { TagPage, tagPageMetadata } from '@/components/site/tag-page';
import { BUILD_PLACEHOLDER, rejectBuildPlaceholder } from '@/lib/build-phase';
import { parsePageNumber } from '@/lib/routes';

type Props = { params: Promise<{ slug: string; page: string }> };

export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER, page: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await params;
  rejectBuildPlaceholder(p);
  const page = parsePageNumber(p.page);
  return page ? tagPageMetadata(p.slug, page) : notFoundMetadata;
}

// Page 1 redirects to the list's own address (next.config.js).
export default async function TagPageRoute({ params }: Props) {
  const p = await params;
  rejectBuildPlaceholder(p);
  const page = parsePageNumber(p.page);
  if (!page) return <NotFoundPage />;
  return <TagPage slug={p.slug} page={page} />;
}
