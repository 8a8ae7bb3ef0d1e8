import Link from 'next/link';
import type { ArticleSummary } from '@/lib/articles/types';
import { siteConfig } from '@/lib/config/site';
import { formatLongDate } from '@/lib/dates/format';
import { paths } from '@/lib/routes';
import { DateText } from './date-text';

/** "Latest news": the most recent stories with their times; `more` links on to every story, page by page. */
export function LatestNews({ articles, headingLevel = 2, more = false }: { articles: ArticleSummary[]; headingLevel?: 2 | 3; more?: boolean }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section aria-labelledby="latest-news" className="latest">
      <Heading id="latest-news">Latest news</Heading>
      <ol>
        {/* Keyed by place: rendered whole on the server (a story's id is 25 characters, sent twice). The link's style is
            app/globals.css's, not a class on each (sent twice too). */}
        {articles.map((article, index) => (
          <li key={index}>
            <DateText date={article.publishedAt} format="clock" className="latest-time" />
            <div>
              {article.liveState === 'live' && <span className="live-label mr-2 align-middle">Live</span>}
              <Link href={article.url}>{article.headline}</Link>
              {/* The day as text: the <time> above already gives the moment to machines. */}
              <p>{`${formatLongDate(article.publishedAt, siteConfig().timeZone)} · ${article.section.name}`}</p>
            </div>
          </li>
        ))}
      </ol>
      {more && articles.length > 0 && (
        <p className="mt-2 border-t border-rule pt-3">
          <Link href={paths.latest()} className="inline-block py-1 text-sm font-semibold text-accent hover:underline">
            More latest news <span aria-hidden="true">→</span>
          </Link>
        </p>
      )}
    </section>
  );
}
