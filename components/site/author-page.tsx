import type { Metadata } from 'next';
import { getAuthor } from '@/lib/authors/queries';
import { getAuthorArticles } from '@/lib/articles/queries';
import { withFeedLinks } from '@/lib/feeds/links';
import { resizedSrc } from '@/lib/media/picture-sources';
import { listMetadata } from '@/lib/seo/metadata';
import { profilePageJsonLd } from '@/lib/seo/structured-data';
import { paths } from '@/lib/routes';
import { ArticleListPage } from './article-list-page';
import { requestPath } from '@/lib/redirects/schemas';
import { JsonLd } from './json-ld';
import { NotFoundPage, notFoundMetadata } from './not-found-page';

export async function AuthorPage({ slug, page }: { slug: string; page: number }) {
  const [author, list] = await Promise.all([getAuthor(slug), getAuthorArticles(slug, page)]);
  // The list's own address may have moved (a renamed or merged one): it redirects from its first page.
  if (!author || page > list.pageCount) return <NotFoundPage path={page === 1 ? requestPath('author', slug) : undefined} />;
  const structuredData = profilePageJsonLd({ ...author, pageUrl: paths.author(slug, page) });
  return (
    <>
      <ArticleListPage
        header={
          <div className="flex items-start gap-4">
            {author.photo && (
              // A plain <img> (next/image is a client component); the same two sizes next/image would ask for.
              // eslint-disable-next-line @next/next/no-img-element
              <img
                src={resizedSrc(author.photo.src, 256)}
                srcSet={`${resizedSrc(author.photo.src, 96)} 1x, ${resizedSrc(author.photo.src, 256)} 2x`}
                alt={author.photo.alt}
                width={96}
                height={96}
                loading="lazy"
                decoding="async"
                className="size-24 rounded-full object-cover text-transparent"
              />
            )}
            <div>
              <h1 className="font-serif text-4xl font-bold">{author.name}</h1>
              {author.jobTitle && <p className="font-semibold text-accent">{author.jobTitle}</p>}
              {/* A plain-text bio: a blank line starts a paragraph, a single line end stays a line break. */}
              {author.bio.split(/\n{2,}/).filter(Boolean).map((paragraph, i) => (
                <p key={i} className="mt-2 max-w-2xl whitespace-pre-line text-muted">
                  {paragraph}
                </p>
              ))}
            </div>
          </div>
        }
        list={list}
        href={(p) => paths.author(slug, p)}
        emptyMessage={`${author.name} has no published stories yet.`}
      />
      <JsonLd data={structuredData} />
    </>
  );
}

/** Title, description and canonical URL of page `page` of the list (shared by the first and later pages). */
export async function authorPageMetadata(slug: string, page: number): Promise<Metadata> {
  const entity = await getAuthor(slug);
  if (!entity) return notFoundMetadata;
  return withFeedLinks(listMetadata(entity.name, entity.bio, paths.author(entity.slug, page), page, 'profile'), 'author', entity.slug, entity.name);
}
