import type { Metadata } from 'next';
import { SectionFront, sectionFrontMetadata } from '@/components/site/section-front';
import { BUILD_PLACEHOLDER, rejectBuildPlaceholder } from '@/lib/build-phase';

type Props = { params: Promise<{ section: string }> };

export function generateStaticParams() {
  return [{ section: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await params;
  rejectBuildPlaceholder(p);
  return sectionFrontMetadata(p.section, 1);
}

export default async function SectionRoute({ params }: Props) {
  const p = await params;
  rejectBuildPlaceholder(p);
  return <SectionFront slug={p.section} page={1} />;
}
