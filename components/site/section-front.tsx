import type { Metadata } from 'next';
import { getSection } from '@/lib/sections/queries';
import { getSectionArticles } from '@/lib/articles/queries';
import { withFeedLinks } from '@/lib/feeds/links';
import { listMetadata } from '@/lib/seo/metadata';
import { collectionPageJsonLd } from '@/lib/seo/structured-data';
import { paths } from '@/lib/routes';
import { ArticleListPage } from './article-list-page';
import { requestPath } from '@/lib/redirects/schemas';
import { JsonLd } from './json-ld';
import { NotFoundPage, notFoundMetadata } from './not-found-page';

export async function SectionFront({ slug, page }: { slug: string; page: number }) {
  const [section, list] = await Promise.all([getSection(slug), getSectionArticles(slug, page)]);
  // Any unknown one-segment address lands here: it may be an old one that redirects.
  if (!section || page > list.pageCount) return <NotFoundPage path={page === 1 ? requestPath(slug) : undefined} />;
  const structuredData = collectionPageJsonLd({ name: section.name, description: section.description, url: paths.section(slug, page), list });
  return (
    <>
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
      <JsonLd data={structuredData} />
    </>
  );
}

/** Title, description and canonical URL of page `page` of the list (shared by the first and later pages). */
export async function sectionFrontMetadata(slug: string, page: number): Promise<Metadata> {
  const entity = await getSection(slug);
  if (!entity) return notFoundMetadata;
  return withFeedLinks(listMetadata(entity.name, entity.description, paths.section(entity.slug, page), page), 'section', entity.slug, entity.name);
}
