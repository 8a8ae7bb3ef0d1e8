import type { Metadata } from 'next';
import { ArticleView } from '@/components/site/article-view';
import { NotFoundPage, notFoundMetadata } from '@/components/site/not-found-page';
import { getArticle } from '@/lib/articles/queries';
import { BUILD_PLACEHOLDER, rejectBuildPlaceholder } from '@/lib/build-phase';
import { requestPath } from '@/lib/redirects/schemas';
import { articleMetadata } from '@/lib/seo/metadata';

// The story with its comments newest first: the second (and last) cached variant of an article page. The order is
// in the address rather than a cookie or the query, so each variant is one cached page for every reader.

type Props = { params: Promise<{ section: string; slug: string }> };

export function generateStaticParams() {
  return [{ section: BUILD_PLACEHOLDER, slug: BUILD_PLACEHOLDER }];
}

async function load(params: Props['params']) {
  const p = await params;
  rejectBuildPlaceholder(p);
  const article = await getArticle(p.slug);
  return { p, article: article && article.section.slug === p.section ? article : null };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article } = await load(params);
  // The story's own address stays the one to index (its canonical link names it).
  return article ? { ...articleMetadata(article), robots: { index: false, follow: true } } : notFoundMetadata;
}

export default async function NewestCommentsRoute({ params }: Props) {
  const { p, article } = await load(params);
  if (!article) return <NotFoundPage path={requestPath(p.section, p.slug, 'comments', 'newest')} />;
  return <ArticleView article={article} comments="newest" />;
}
