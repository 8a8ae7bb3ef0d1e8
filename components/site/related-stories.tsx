import type { ArticleSummary } from '@/lib/articles/types';
import { getRelatedArticles } from '@/lib/articles/queries';
import { ArticleCard } from './article-card';

/** The article's footer: its headline again as the title, then related published stories. */
export async function RelatedStories({ articleId, headline }: { articleId: string; headline: string }) {
  const related: ArticleSummary[] = await getRelatedArticles(articleId);
  return (
    <footer aria-labelledby="related-title" className="related">
      <p className="related-label">More on this story</p>
      <h2 id="related-title">{headline}</h2>
      {related.length > 0 && (
        <ul aria-label="Related stories">
          {/* Keyed by place, like "Most read": rendered whole on the server. */}
          {related.map((article, index) => (
            <li key={index}>
              <ArticleCard article={article} variant="compact" />
            </li>
          ))}
        </ul>
      )}
    </footer>
  );
}
