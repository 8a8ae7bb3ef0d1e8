import { db } from '@/lib/db/client';
import { LIVE_STATUSES } from '@/lib/articles/visibility';
import { changedSince } from '@/lib/cache/tag-clock';
import { cacheTags } from '@/lib/cache/tags';

// Last-Modified and If-Modified-Since for article pages, answered before Next by server.mjs
// (lib/http/story-address.ts). Next sends an ETag for every cached page and answers If-None-Match with 304 itself,
// but it sends no Last-Modified and, given If-Modified-Since, always answers 200 (it checks only the ETag).
//
// The time is the article's last write (`modifiedAt`, or its publication time if later, or its comments' latest change:
// the page shows the published ones). The answer must not cost a
// database round trip per request, so times are kept in memory per instance: looked up on first use, and looked up
// again when the article's cache tag was invalidated since (a publish step on any instance: the cache core's tag
// clock, lib/cache/tag-clock.ts) or after TTL_MS (a write behind the application's back).

const TTL_MS = 10_000;
const MAX_ENTRIES = 5_000;
const NOT_PAGES = new Set(['author', 'tag', 'page']);

type Entry = { section: string; httpDate: string; time: number } | null;
type Cached = { entry: Entry; until: number; loadedAt: number };
type State = { entries: Map<string, Cached>; refreshing: Set<string> };

// On globalThis: one copy per process whichever of Next's bundles loads this module (each would have its own copy);
// today that is instrumentation.ts's, for server.mjs (lib/http/story-address.ts).
const STATE_KEY = Symbol.for('dateline.article-times');

function state(): State {
  const holder = globalThis as unknown as Record<symbol, State | undefined>;
  holder[STATE_KEY] ??= { entries: new Map(), refreshing: new Set() };
  return holder[STATE_KEY];
}

/** Forgets every time this instance remembers (tests that write behind the application's back). */
export function forgetArticleTimes(): void {
  state().entries.clear();
}

async function load(slug: string, now: number): Promise<{ entry: Entry; until: number }> {
  const row = await db.article.findUnique({
    where: { slug },
    select: { id: true, status: true, publishedAt: true, modifiedAt: true, section: { select: { slug: true } } },
  });
  if (!row || !row.publishedAt || !(LIVE_STATUSES as string[]).includes(row.status)) return { entry: null, until: now + TTL_MS };
  // Not due yet: nothing until its minute.
  if (row.publishedAt.getTime() > now) return { entry: null, until: Math.min(now + TTL_MS, row.publishedAt.getTime()) };
  const comments = await db.comment.aggregate({ where: { articleId: row.id }, _max: { changedAt: true } });
  const latest = Math.max(row.modifiedAt.getTime(), row.publishedAt.getTime(), comments._max.changedAt?.getTime() ?? 0);
  // HTTP dates have whole seconds.
  const time = Math.floor(latest / 1000) * 1000;
  return { entry: { section: row.section.slug, time, httpDate: new Date(time).toUTCString() }, until: now + TTL_MS };
}

async function refresh(s: State, slug: string): Promise<Cached | null> {
  // Dated from before the query: a publish step during it makes this answer out of date at once.
  const loadedAt = Date.now();
  try {
    const cached = { ...(await load(slug, loadedAt)), loadedAt };
    s.entries.delete(slug);
    if (s.entries.size >= MAX_ENTRIES) s.entries.delete(s.entries.keys().next().value as string);
    s.entries.set(slug, cached);
    return cached;
  } catch (error) {
    console.error('Could not read an article’s modification time', error);
    return null;
  } finally {
    s.refreshing.delete(slug);
  }
}

/**
 * The last modification of the article at `/<section>/<slug>`, or null (not an article readers can see). An
 * expired time is refreshed in the background while the old one answers, as the redirect table does.
 */
export async function articleLastModified(pathname: string): Promise<Exclude<Entry, null> | null> {
  const [, section, slug, ...rest] = pathname.split('/');
  if (!section || !slug || rest.length > 0 || NOT_PAGES.has(section)) return null;
  const s = state();
  let cached: Cached | null | undefined = s.entries.get(slug);
  if (!cached || changedSince([cacheTags.article(slug)], cached.loadedAt)) {
    cached = await refresh(s, slug);
  } else if (cached.until <= Date.now() && !s.refreshing.has(slug)) {
    s.refreshing.add(slug);
    void refresh(s, slug);
  }
  const entry = cached?.entry ?? null;
  return entry && entry.section === section ? entry : null;
}
