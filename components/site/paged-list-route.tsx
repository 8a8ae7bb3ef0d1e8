import type { Metadata } from 'next';
import type { ComponentType } from 'react';
import { BUILD_PLACEHOLDER, rejectBuildPlaceholder } from '@/lib/build-phase';
import { requestPath } from '@/lib/redirects/schemas';
import { parsePageNumber } from '@/lib/routes';
import { NotFoundPage, notFoundMetadata } from './not-found-page';

// A site-wide list at /<name> and /<name>/page/N, served by one optional catch-all route: it has a build
// placeholder, so `next build` needs no database, and the list renders on its first request. /<name>/page/1
// redirects to /<name> (next.config.js: the first page of a list has one address).

type Props = { params: Promise<{ page?: string[] }> };

/** [] → 1, ['page', 'N'] → N (N ≥ 2); anything else → null. */
function pageOf(segments: string[]): number | null {
  if (segments.length === 0) return 1;
  if (segments.length !== 2 || segments[0] !== 'page') return null;
  const page = parsePageNumber(segments[1] ?? '');
  return page && page > 1 ? page : null;
}

async function pageFrom(params: Props['params']): Promise<{ page: number | null; segments: string[] }> {
  const { page = [] } = await params;
  rejectBuildPlaceholder({ first: page[0] ?? '' });
  return { page: pageOf(page), segments: page };
}

/** The three exports of such a route at /`name`, for a list component and its metadata. */
export function pagedListRoute(name: string, List: ComponentType<{ page: number }>, metadata: (page: number) => Metadata) {
  return {
    generateStaticParams: () => [{ page: [BUILD_PLACEHOLDER] }],
    generateMetadata: async ({ params }: Props): Promise<Metadata> => {
      const { page } = await pageFrom(params);
      return page ? metadata(page) : notFoundMetadata;
    },
    Route: async function PagedListRoute({ params }: Props) {
      const { page, segments } = await pageFrom(params);
      // Not a page of the list: an editor's redirect from an old address under it still applies.
      return page ? <List page={page} /> : <NotFoundPage path={requestPath(name, ...segments)} />;
    },
  };
}
