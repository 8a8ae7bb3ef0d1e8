import type { Metadata } from 'next';
import { NotFoundPage, notFoundMetadata } from '@/components/site/not-found-page';
import { SectionFront } from '@/components/site/section-front';
import { BUILD_PLACEHOLDER, rejectBuildPlaceholder } from '@/lib/build-phase';
import { parsePageNumber, paths } from '@/lib/routes';
import { getSection } from '@/lib/sections/queries';
import { listMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ section: string; page: string }> };

export function generateStaticParams() {
  return [{ section: BUILD_PLACEHOLDER, page: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await params;
  rejectBuildPlaceholder(p);
  const page = parsePageNumber(p.page);
  const section = page ? await getSection(p.section) : null;
  if (!section || !page) return notFoundMetadata;
  return listMetadata(section.name, section.description, paths.section(section.slug, page), page);
}

export default async function SectionPageRoute({ params }: Props) {
  const p = await params;
  rejectBuildPlaceholder(p);
  const page = parsePageNumber(p.page);
  if (!page) return <NotFoundPage />;
  return <SectionFront slug={p.section} page={page} />;
}
