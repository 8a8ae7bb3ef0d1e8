import type { Metadata } from 'next';
import { permanentRedirect } from 'next/navigation';
import { ArticleView } from '@/components/site/article-view';
import { NotFoundPage, notFoundMetadata } from '@/components/site/not-found-page';
import { getArticle } from '@/lib/articles/queries';
import { BUILD_PLACEHOLDER, rejectBuildPlaceholder } from '@/lib/build-phase';
import { requestPath } from '@/lib/redirects/schemas';

type Props = { params: Promise<{ section: string; slug: string }> };

export function generateStaticParams() {
  return [{ section: BUILD_PLACEHOLDER, slug: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await params;
  rejectBuildPlaceholder(p);
  const article = await getArticle(p.slug);
  if (!article) return notFoundMetadata;
  const { seo } = article;
  return {
    title: seo.title || article.headline,
    description: seo.description || article.standfirst,
    alternates: { canonical: seo.canonicalUrl || article.url },
    ...(seo.noindex ? { robots: { index: false, follow: true } } : {}),
  };
}

export default async function ArticleRoute({ params }: Props) {
  const p = await params;
  rejectBuildPlaceholder(p);
  const article = await getArticle(p.slug);
  // An old address of a moved or deleted story finds its redirect there.
  if (!article) return <NotFoundPage path={requestPath(p.section, p.slug)} />;
  // One canonical URL per article: a wrong section in the path redirects to it.
  if (article.section.slug !== p.section) permanentRedirect(article.url);
  return <ArticleView article={article} />;
}
