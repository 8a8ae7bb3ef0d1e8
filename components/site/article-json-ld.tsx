import type { Article } from '@/lib/articles/types';
import { breadcrumbJsonLd, newsArticleJsonLd } from '@/lib/seo/structured-data';
import { articleCrumbs } from './article-view';
import { JsonLd } from './json-ld';

/** An article's NewsArticle and the BreadcrumbList of the breadcrumb its page shows. */
export function ArticleJsonLd({ article }: { article: Article }) {
  return (
    <>
      <JsonLd data={newsArticleJsonLd(article)} />
      <JsonLd data={breadcrumbJsonLd(articleCrumbs(article), article.url)} />
    </>
  );
}
