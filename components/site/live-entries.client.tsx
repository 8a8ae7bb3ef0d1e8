'use client';

import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { type LiveEntryItem, type LiveFeed, liveFeedPath, olderEntriesPath } from '@/lib/live/feed.shared';
import { useHydrated } from '../use-hydrated';

/** How often an open page asks for new entries while the blog is live (from the edge's cache, or a 304). */
export const LIVE_POLL_MS = 3000;

type Props = {
  /** The story's address on this site ("/news/storm-live"): its feed and its pages of older entries hang off it. */
  articlePath: string;
  /** Its absolute address, for each entry's shareable link. */
  articleUrl: string;
  initial: LiveFeed;
  /** Whether this page shows the newest entries (only that page learns of new ones). */
  newest: boolean;
};

const sortNewestFirst = (entries: LiveEntryItem[]) => [...entries].sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));

/**
 * The entries of a live blog. Server-rendered complete; with script, and while the blog is live, it polls for what
 * changed: new entries wait behind a "3 new updates" button rather than pushing the page down under the reader's
 * eyes, while edits and deletions apply at once. "Load older entries" fetches the next page in place.
 */
export function LiveEntries({ articlePath, articleUrl, initial, newest }: Props) {
  const feedUrl = liveFeedPath(articlePath);
  const [state, setState] = useState(initial.state);
  const [pinned, setPinned] = useState(initial.pinned);
  // What is shown, and the new entries waiting behind the button: one state, as every poll changes both together.
  const [list, setList] = useState<{ shown: LiveEntryItem[]; pending: LiveEntryItem[] }>({ shown: initial.entries, pending: [] });
  const { shown, pending } = list;
  const [nextFrom, setNextFrom] = useState(initial.nextFrom);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const firstNew = useRef<HTMLElement>(null);
  const [revealed, setRevealed] = useState<string | null>(null);
  const hydrated = useHydrated();

  useEffect(() => {
    if (!newest || state !== 'live') return;
    let timer: ReturnType<typeof setTimeout>;
    let stopped = false;
    const poll = async () => {
      if (document.visibilityState === 'visible') {
        try {
          const response = await fetch(feedUrl, { cache: 'no-cache', headers: { Accept: 'application/json' } });
          if (response.ok) apply((await response.json()) as LiveFeed);
        } catch {
          // Offline for a moment: the next poll tries again.
        }
      }
      if (!stopped) timer = setTimeout(poll, LIVE_POLL_MS);
    };
    const apply = (feed: LiveFeed) => {
      setState(feed.state);
      setPinned(feed.pinned);
      const latest = new Map(feed.entries.map((entry) => [entry.id, entry]));
      // The newest page covers entries from its oldest one on: one of those no longer in it was deleted.
      const oldest = feed.entries[feed.entries.length - 1]?.at ?? '';
      const current = (entry: LiveEntryItem) => latest.get(entry.id) ?? (entry.at < oldest ? entry : null);
      setList(({ shown: previous, pending: waiting }) => {
        const kept = previous.map(current).filter((entry): entry is LiveEntryItem => entry !== null);
        const known = new Set(kept.map((entry) => entry.id));
        const newestShown = kept[0]?.at ?? '';
        const stillThere = waiting.map((entry) => latest.get(entry.id)).filter((entry): entry is LiveEntryItem => entry !== undefined);
        const waitingIds = new Set(stillThere.map((entry) => entry.id));
        const arrived = feed.entries.filter((entry) => !known.has(entry.id) && !waitingIds.has(entry.id) && entry.at >= newestShown);
        return { shown: kept, pending: sortNewestFirst([...stillThere, ...arrived]) };
      });
    };
    timer = setTimeout(poll, LIVE_POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [feedUrl, newest, state]);

  useEffect(() => {
    if (revealed) firstNew.current?.focus();
  }, [revealed]);

  const reveal = () => {
    setRevealed(pending[0]?.id ?? null);
    setList(({ shown: previous, pending: waiting }) => ({
      shown: sortNewestFirst([...waiting, ...previous.filter((entry) => !waiting.some((p) => p.id === entry.id))]),
      pending: [],
    }));
  };

  const loadOlder = async (event: MouseEvent<HTMLAnchorElement>) => {
    if (!nextFrom) return;
    event.preventDefault();
    // Read now: React clears the event's currentTarget once the handler has returned.
    const href = event.currentTarget.href;
    setLoadingOlder(true);
    try {
      const response = await fetch(liveFeedPath(articlePath, nextFrom), { headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(String(response.status));
      const feed = (await response.json()) as LiveFeed;
      setList(({ shown: previous, pending: waiting }) => ({
        shown: [...previous, ...feed.entries.filter((entry) => !previous.some((p) => p.id === entry.id))],
        pending: waiting,
      }));
      setNextFrom(feed.nextFrom);
    } catch {
      // The page of older entries itself, as without script.
      window.location.assign(href);
    } finally {
      setLoadingOlder(false);
    }
  };

  const count = pending.length;
  return (
    <div className="mt-8" data-live-state={state} data-ready={hydrated || undefined}>
      {state === 'ended' && newest && (
        <p className="mb-6 border-l-4 border-rule bg-surface px-4 py-3 text-sm font-semibold" data-testid="live-ended">
          This live coverage has ended.
        </p>
      )}
      {pinned.length > 0 && (
        <section aria-label="Pinned" className="mb-8 space-y-4">
          {pinned.map((entry) => (
            <Entry key={entry.id} entry={entry} articleUrl={articleUrl} />
          ))}
        </section>
      )}
      <div aria-live="polite" className="sticky top-2 z-10 flex justify-center empty:hidden">
        {count > 0 && (
          <button type="button" onClick={reveal} className="rounded-full bg-accent px-4 py-2 text-sm font-semibold text-paper shadow">
            {count === 1 ? '1 new update' : `${count} new updates`}
          </button>
        )}
      </div>
      <ol aria-label="Updates, newest first" className="space-y-4">
        {shown.map((entry) => (
          <li key={entry.id}>
            <Entry entry={entry} articleUrl={articleUrl} focusRef={entry.id === revealed ? firstNew : undefined} />
          </li>
        ))}
      </ol>
      {nextFrom && (
        <p className="mt-8 text-center">
          <a href={olderEntriesPath(articlePath, nextFrom)} onClick={loadOlder} className="pill font-semibold" aria-busy={loadingOlder}>
            {loadingOlder ? 'Loading…' : 'Load older entries'}
          </a>
        </p>
      )}
    </div>
  );
}

function Entry({ entry, articleUrl, focusRef }: { entry: LiveEntryItem; articleUrl: string; focusRef?: React.Ref<HTMLElement> }) {
  const anchor = `entry-${entry.id}`;
  return (
    <article
      id={anchor}
      ref={focusRef}
      tabIndex={focusRef ? -1 : undefined}
      data-entry={entry.id}
      className={`live-entry${entry.pinned ? ' live-entry-pinned' : entry.keyEvent ? ' live-entry-key' : ''}`}
    >
      <p className="live-entry-meta">
        <a href={`#${anchor}`} className="font-bold tabular-nums hover:underline">
          <time dateTime={entry.at}>{entry.time}</time>
        </a>
        {entry.pinned && <span className="live-entry-flag">Pinned</span>}
        {entry.keyEvent && <span className="live-entry-flag">Key event</span>}
        {entry.author && (
          <a href={entry.author.url} className="text-muted hover:underline">
            {entry.author.name}
          </a>
        )}
      </p>
      {entry.title && <h3 className="mt-1 font-serif text-xl font-bold">{entry.title}</h3>}
      <div
        className="entry-body prose max-w-[70ch] font-serif"
        // Rendered from the stored document and sanitised with the article body's allow-list (lib/articles/body.ts).
        dangerouslySetInnerHTML={{ __html: entry.html }}
      />
      {/* The entry's own address, to copy or share (the time above is its anchor on this page). */}
      <a href={`${articleUrl}#${anchor}`} className="live-entry-share" aria-label={`Link to this entry (${entry.time})`}>
        Link to this entry
      </a>
    </article>
  );
}
