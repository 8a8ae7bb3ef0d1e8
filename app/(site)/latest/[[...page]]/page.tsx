import type { Metadata } from 'next';
import { LatestPage, latestPageMetadata } from '@/components/site/latest-page';
import { NotFoundPage, notFoundMetadata } from '@/components/site/not-found-page';
import { BUILD_PLACEHOLDER, rejectBuildPlaceholder } from '@/lib/build-phase';
import { parsePageNumber } from '@/lib/routes';

// /latest and /latest/page/N in one optional catch-all: it has a build placeholder, so `next build` needs no
// database, and the list renders on its first request. /latest/page/1 redirects to /latest (next.config.js: the
// first page of a list has one address).

type Props = { params: Promise<{ page?: string[] }> };

export function generateStaticParams() {
  return [{ page: [BUILD_PLACEHOLDER] }];
}

/** [] → 1, ['page', 'N'] → N (N ≥ 2); anything else → null. */
function pageOf(segments: string[]): number | null {
  if (segments.length === 0) return 1;
  if (segments.length !== 2 || segments[0] !== 'page') return null;
  const page = parsePageNumber(segments[1] ?? '');
  return page && page > 1 ? page : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page = [] } = await params;
  rejectBuildPlaceholder({ first: page[0] ?? '' });
  const n = pageOf(page);
  return n ? latestPageMetadata(n) : notFoundMetadata;
}

export default async function LatestRoute({ params }: Props) {
  const { page = [] } = await params;
  rejectBuildPlaceholder({ first: page[0] ?? '' });
  const n = pageOf(page);
  if (!n) return <NotFoundPage />;
  return <LatestPage page={n} />;
}
