import type { Article } from '@/lib/articles/types';
import { getLiveBlogPage } from '@/lib/live/queries';
import { breadcrumbJsonLd, liveBlogJsonLd, newsArticleJsonLd } from '@/lib/seo/structured-data';
import { articleCrumbs } from './article-view';
import { JsonLd } from './json-ld';

/** An article's NewsArticle (a live blog's LiveBlogPosting) and the BreadcrumbList of the breadcrumb its page shows. */
export async function ArticleJsonLd({ article }: { article: Article }) {
  const live = article.liveState ? await getLiveBlogPage(article.id, article.slug) : null;
  return (
    <>
      <JsonLd data={live ? liveBlogJsonLd(article, live) : newsArticleJsonLd(article)} />
      <JsonLd data={breadcrumbJsonLd(articleCrumbs(article), article.url)} />
    </>
  );
}
