import { siteConfig } from '@/lib/config/site';
import type { Article } from '@/lib/articles/types';
import { formatDateTime } from '@/lib/dates/format';
import { olderEntriesPath } from '@/lib/live/feed.shared';
import { getLiveFeed, getLiveBlogPage } from '@/lib/live/queries';
import { absoluteUrl } from '@/lib/seo/absolute-url';
import { countOf } from '@/lib/text/plural';
import { LiveEntries } from './live-entries.client';

/**
 * A live blog under its summary (the story's body): its state, the key events as a jump list, pinned entries, then
 * the entries newest first — one page of them, `from` an entry for the pages further back.
 */
export async function LiveBlog({ article, from }: { article: Article; from?: string }) {
  const [feed, page] = await Promise.all([getLiveFeed(article.id, article.slug, from), getLiveBlogPage(article.id, article.slug, from)]);
  if (!feed || !page) return null;
  const onThisPage = new Set([...feed.pinned, ...feed.entries].map((entry) => entry.id));
  const jumpTo = (id: string) => (onThisPage.has(id) ? `#entry-${id}` : `${olderEntriesPath(article.url, id)}#entry-${id}`);
  const articleUrl = article.seo.canonicalUrl || absoluteUrl(article.url);
  return (
    <section aria-labelledby="live-title" className="mt-10 border-t-4 border-ink pt-4" data-live-blog={page.state}>
      <h2 id="live-title" className="flex flex-wrap items-baseline gap-x-3 font-serif text-2xl font-bold">
        {page.state === 'live' ? <span className="live-label">Live</span> : <span className="text-sm font-bold uppercase tracking-wider text-muted">Ended</span>}
        Latest updates
      </h2>
      <p className="mt-1 text-sm text-muted">
        {countOf(page.total, 'update')}
        {page.state === 'live' && page.endsAt && ` · Coverage planned until ${formatDateTime(page.endsAt, siteConfig().timeZone)}`}
      </p>
      {feed.keyEvents.length > 0 && (
        <nav aria-labelledby="key-events-title" className="mt-6 rounded border border-rule p-4">
          <h3 id="key-events-title" className="text-sm font-bold uppercase tracking-wider">
            Key events
          </h3>
          <ul className="mt-2 space-y-1 text-sm">
            {feed.keyEvents.map((event) => (
              <li key={event.id}>
                <a href={jumpTo(event.id)} className="hover:underline">
                  <strong className="tabular-nums">{event.time}</strong> {event.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <LiveEntries articlePath={article.url} articleUrl={articleUrl} initial={feed} newest={!from} />
    </section>
  );
}
