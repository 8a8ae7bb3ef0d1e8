import type { Metadata } from 'next';
import { NotFoundPage, notFoundMetadata } from '@/components/site/not-found-page';
import { removedStoryMetadata } from '@/components/site/removed-story-content';
import { BUILD_PLACEHOLDER, rejectBuildPlaceholder } from '@/lib/build-phase';
import { GONE_PAGE_PATH } from '@/lib/redirects/schemas';

// The page behind every 410 Gone (GONE_PAGE_PATH, "/removed/story"): the proxy serves its HTML with status 410 at
// the address of a deleted story; opened at its own address, it answers 404. A route param (not a static segment)
// so that `next build`, which has no database, does not prerender it with an empty "Latest news".

type Props = { params: Promise<{ what: string }> };

const isGonePage = (what: string) => `/removed/${what}` === GONE_PAGE_PATH;

export function generateStaticParams() {
  return [{ what: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await params;
  rejectBuildPlaceholder(p);
  return isGonePage(p.what) ? removedStoryMetadata : notFoundMetadata;
}

export default async function RemovedStoryRoute({ params }: Props) {
  const p = await params;
  rejectBuildPlaceholder(p);
  return <NotFoundPage gone={isGonePage(p.what)} />;
}
