import type { Metadata } from 'next';
import { NotFoundPage, notFoundMetadata } from '@/components/site/not-found-page';
import { SectionFront, sectionFrontMetadata } from '@/components/site/section-front';
import { BUILD_PLACEHOLDER, rejectBuildPlaceholder } from '@/lib/build-phase';
import { parsePageNumber } from '@/lib/routes';

type Props = { params: Promise<{ section: string; page: string }> };

export function generateStaticParams() {
  return [{ section: BUILD_PLACEHOLDER, page: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await params;
  rejectBuildPlaceholder(p);
  const page = parsePageNumber(p.page);
  return page ? sectionFrontMetadata(p.section, page) : notFoundMetadata;
}

// Page 1 redirects to the list's own address (next.config.js).
export default async function SectionPageRoute({ params }: Props) {
  const p = await params;
  rejectBuildPlaceholder(p);
  const page = parsePageNumber(p.page);
  if (!page) return <NotFoundPage />;
  return <SectionFront slug={p.section} page={page} />;
}
