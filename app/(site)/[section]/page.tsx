import type { Metadata } from 'next';
import { notFoundMetadata } from '@/components/site/not-found-page';
import { SectionFront } from '@/components/site/section-front';
import { BUILD_PLACEHOLDER, rejectBuildPlaceholder } from '@/lib/build-phase';
import { paths } from '@/lib/routes';
import { getSection } from '@/lib/sections/queries';
import { listMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ section: string }> };

export function generateStaticParams() {
  return [{ section: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await params;
  rejectBuildPlaceholder(p);
  const section = await getSection(p.section);
  if (!section) return notFoundMetadata;
  return listMetadata(section.name, section.description, paths.section(section.slug), 1);
}

export default async function SectionRoute({ params }: Props) {
  const p = await params;
  rejectBuildPlaceholder(p);
  return <SectionFront slug={p.section} page={1} />;
}
