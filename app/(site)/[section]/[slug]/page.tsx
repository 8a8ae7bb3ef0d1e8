import type { Metadata } from 'next';
import { permanentRedirect } from 'next/navigation';
import { ArticleJsonLd } from '@/components/site/article-json-ld';
import { ArticleView } from '@/components/site/article-view';
import { NotFoundPage, notFoundMetadata } from '@/components/site/not-found-page';
import { getArticle } from '@/lib/articles/queries';
import { BUILD_PLACEHOLDER, rejectBuildPlaceholder } from '@/lib/build-phase';
import { requestPath } from '@/lib/redirects/schemas';
import { withFeedLinks } from '@/lib/feeds/links';
import { articleMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ section: string; slug: string }> };

export function generateStaticParams() {
  return [{ section: BUILD_PLACEHOLDER, slug: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await params;
  rejectBuildPlaceholder(p);
  const article = await getArticle(p.slug);
  return article ? withFeedLinks(articleMetadata(article), 'section', article.section.slug, article.section.name, ['rss']) : notFoundMetadata;
}

export default async function ArticleRoute({ params }: Props) {
  const p = await params;
  rejectBuildPlaceholder(p);
  const article = await getArticle(p.slug);
  // An old address of a moved or deleted story finds its redirect there.
  if (!article) return <NotFoundPage path={requestPath(p.section, p.slug)} />;
  // One canonical URL per article: a wrong section in the path redirects to it.
  if (article.section.slug !== p.section) permanentRedirect(article.url);
  return (
    <>
      <ArticleView article={article} comments="oldest" />
      <ArticleJsonLd article={article} />
    </>
  );
}
