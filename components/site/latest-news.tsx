import Link from 'next/link';
import type { ArticleSummary } from '@/lib/articles/types';
import { DateText } from './date-text';

/** "Latest news": the most recent stories with their times. */
export function LatestNews({ articles, headingLevel = 2 }: { articles: ArticleSummary[]; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section aria-labelledby="latest-news" className="border-t-4 border-ink pt-3">
      <Heading id="latest-news" className="font-serif text-xl font-bold">
        Latest news
      </Heading>
      <ol className="mt-3 divide-y divide-rule">
        {articles.map((article) => (
          <li key={article.id} className="flex gap-3 py-2">
            <DateText date={article.publishedAt} format="clock" className="w-12 shrink-0 pt-0.5 text-sm font-semibold text-accent" />
            <div>
              <Link href={article.url} className="font-serif font-semibold leading-snug hover:underline">
                {article.headline}
              </Link>
              <p className="text-xs text-muted">
                <DateText date={article.publishedAt} /> · {article.section.name}
              </p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
