import type { Metadata } from 'next';
import { AuthorPage, authorPageMetadata } from '@/components/site/author-page';
import { BUILD_PLACEHOLDER, rejectBuildPlaceholder } from '@/lib/build-phase';

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await params;
  rejectBuildPlaceholder(p);
  return authorPageMetadata(p.slug, 1);
}

export default async function AuthorRoute({ params }: Props) {
  const p = await params;
  rejectBuildPlaceholder(p);
  return <AuthorPage slug={p.slug} page={1} />;
}
