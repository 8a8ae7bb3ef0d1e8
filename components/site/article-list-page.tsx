import type { ReactNode } from 'react';
import type { ArticleSummary, Page } from '@/lib/articles/types';
import { ArticleCard } from './article-card';
import { Pagination } from './pagination';

/** A section front, author page or tag page: a heading block, then the stories newest first, paginated. */
export function ArticleListPage({
  header,
  list,
  href,
  emptyMessage,
}: {
  header: ReactNode;
  list: Page<ArticleSummary>;
  href: (page: number) => string;
  emptyMessage: string;
}) {
  return (
    <div className="pt-8">
      <header className="border-b-4 border-double border-ink pb-4">{header}</header>
      {list.items.length === 0 ? (
        <p className="mt-8 text-muted">{emptyMessage}</p>
      ) : (
        <ul className="story-grid mt-6 gap-x-8 sm:gap-y-10 lg:grid-cols-3">
          {/* Keyed by place: a page of the list is rendered whole on the server (a story's id is 25 characters). */}
          {list.items.map((article, i) => (
            <li key={i}>
              <ArticleCard
                article={article}
                headingLevel={2}
                priority={list.page === 1 && i < 3}
                sizes="(min-width: 1024px) 352px, (min-width: 640px) 50vw, 112px"
              />
            </li>
          ))}
        </ul>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} href={href} />
    </div>
  );
}
