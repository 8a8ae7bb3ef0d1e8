import type { Metadata } from 'next';
import { ArticleView } from '@/components/site/article-view';
import { NotFoundPage, notFoundMetadata } from '@/components/site/not-found-page';
import { getArticle } from '@/lib/articles/queries';
import { BUILD_PLACEHOLDER, rejectBuildPlaceholder } from '@/lib/build-phase';
import { getLiveFeed } from '@/lib/live/queries';
import { liveFeedQuerySchema } from '@/lib/live/schemas';
import { requestPath } from '@/lib/redirects/schemas';
import { articleMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ section: string; slug: string; entry: string }> };

export function generateStaticParams() {
  return [{ section: BUILD_PLACEHOLDER, slug: BUILD_PLACEHOLDER, entry: BUILD_PLACEHOLDER }];
}

/** A live blog's older entries, from `entry` back, for readers without script: the story, then that page. */
async function load(params: Props['params']) {
  const p = await params;
  rejectBuildPlaceholder(p);
  const { from } = liveFeedQuerySchema.parse({ from: p.entry });
  const article = await getArticle(p.slug);
  if (!from || !article || article.section.slug !== p.section || !article.liveState) return { p, article: null };
  return { p, article: (await getLiveFeed(article.id, article.slug, from)) ? article : null, from };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article } = await load(params);
  // The story's own address stays the one to index; this page only leads further back through its entries.
  return article ? { ...articleMetadata(article), robots: { index: false, follow: true } } : notFoundMetadata;
}

export default async function OlderEntriesRoute({ params }: Props) {
  const { p, article, from } = await load(params);
  if (!article) return <NotFoundPage path={requestPath(p.section, p.slug, 'from', p.entry)} />;
  return <ArticleView article={article} liveFrom={from} />;
}
