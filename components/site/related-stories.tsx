import type { ArticleSummary } from '@/lib/articles/types';
import { getRelatedArticles } from '@/lib/articles/queries';
import { ArticleCard } from './article-card';

/** The article's footer: its headline again as the title, then related published stories. */
export async function RelatedStories({ articleId, headline }: { articleId: string; headline: string }) {
  const related: ArticleSummary[] = await getRelatedArticles(articleId);
  return (
    <footer aria-labelledby="related-title" className="mt-12 border-t-4 border-ink pt-4">
      <p className="text-xs font-semibold uppercase tracking-wide text-accent">More on this story</p>
      <h2 id="related-title" className="font-serif text-2xl font-bold">
        {headline}
      </h2>
      {related.length > 0 && (
        <ul aria-label="Related stories" className="mt-6 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
          {related.map((article) => (
            <li key={article.id}>
              <ArticleCard article={article} variant="compact" />
            </li>
          ))}
        </ul>
      )}
    </footer>
  );
}
