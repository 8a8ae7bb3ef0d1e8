import type { Metadata } from 'next';
import { getLatestArticlesPage } from '@/lib/articles/queries';
import { withFeedLinks } from '@/lib/feeds/links';
import { paths } from '@/lib/routes';
import { listMetadata } from '@/lib/seo/metadata';
import { ArticleListPage } from './article-list-page';
import { NotFoundPage } from './not-found-page';

const DESCRIPTION = 'Every story, newest first.';

/** /latest: every story readers can see, newest first, 20 a page; the homepage's "Latest news" continues here. */
export async function LatestPage({ page }: { page: number }) {
  const list = await getLatestArticlesPage(page);
  if (page > list.pageCount) return <NotFoundPage />;
  return (
    <ArticleListPage
      header={
        <>
          <h1 className="font-serif text-4xl font-bold">Latest news</h1>
          <p className="mt-2 max-w-2xl text-muted">{DESCRIPTION}</p>
        </>
      }
      list={list}
      href={(p) => paths.latest(p)}
      emptyMessage="No stories have been published yet."
    />
  );
}

/** Title, description and canonical URL of page `page` (later pages keep their own canonical URL). */
export function latestPageMetadata(page: number): Metadata {
  return withFeedLinks(listMetadata('Latest news', DESCRIPTION, paths.latest(page), page), 'site');
}
