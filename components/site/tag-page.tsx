import type { Metadata } from 'next';
import { getTag } from '@/lib/tags/queries';
import { getTagArticles } from '@/lib/articles/queries';
import { withFeedLinks } from '@/lib/feeds/links';
import { listMetadata } from '@/lib/seo/metadata';
import { collectionPageJsonLd } from '@/lib/seo/structured-data';
import { paths } from '@/lib/routes';
import { ArticleListPage } from './article-list-page';
import { requestPath } from '@/lib/redirects/schemas';
import { JsonLd } from './json-ld';
import { NotFoundPage, notFoundMetadata } from './not-found-page';

export async function TagPage({ slug, page }: { slug: string; page: number }) {
  const [tag, list] = await Promise.all([getTag(slug), getTagArticles(slug, page)]);
  // The list's own address may have moved (a renamed or merged one): it redirects from its first page.
  if (!tag || page > list.pageCount) return <NotFoundPage path={page === 1 ? requestPath('tag', slug) : undefined} />;
  const structuredData = collectionPageJsonLd({ name: tag.name, description: tag.description, url: paths.tag(slug, page), list });
  return (
    <>
      <ArticleListPage
        header={
          <>
            <p className="text-sm font-semibold uppercase tracking-wide text-accent">Topic</p>
            <h1 className="font-serif text-4xl font-bold">{tag.name}</h1>
            {tag.description && <p className="mt-2 max-w-2xl text-muted">{tag.description}</p>}
          </>
        }
        list={list}
        href={(p) => paths.tag(slug, p)}
        emptyMessage={`No stories about ${tag.name} yet.`}
      />
      <JsonLd data={structuredData} />
    </>
  );
}

/** Title, description and canonical URL of page `page` of the list (shared by the first and later pages). */
export async function tagPageMetadata(slug: string, page: number): Promise<Metadata> {
  const entity = await getTag(slug);
  if (!entity) return notFoundMetadata;
  return withFeedLinks(listMetadata(entity.name, entity.description || `Stories about ${entity.name}`, paths.tag(entity.slug, page), page), 'tag', entity.slug, entity.name);
}
