import { getSectionArticles } from '@/lib/articles/queries';

import { paths } from '@/lib/routes';
import { getSection } from '@/lib/sections/queries';
import { ArticleListPage } from './article-list-page';
import { NotFoundPage } from '@/components/site/not-found-page';

export async function SectionFront({ slug, page }: { slug: string; page: number }) {
  const [section, list] = await Promise.all([getSection(slug), getSectionArticles(slug, page)]);
  if (!section || page > list.pageCount) return <NotFoundPage />;
  return (
    <ArticleListPage
      header={
        <>
          <h1 className="font-serif text-4xl font-bold">{section.name}</h1>
          {section.description && <p className="mt-2 max-w-2xl text-muted">{section.description}</p>}
        </>
      }
      list={list}
      href={(p) => paths.section(slug, p)}
      emptyMessage={`No stories in ${section.name} yet.`}
    />
  );
}
