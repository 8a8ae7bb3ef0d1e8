import { db } from '@/lib/db/client';
import { cacheTags } from '@/lib/cache/tags';
import { changedSince, expireTagsNow } from '@/lib/cache/tag-clock';

// The proxy's copy of the redirect table. The proxy answers 301 and 410 for story-shaped addresses (see proxy.ts)
// before any page is looked up, so its lookup must cost no database round trip: the whole table (one row per moved,
// deleted or manually redirected address; small) is kept in memory, one copy per instance.
//
// Freshness: every write invalidates the `redirects` cache tag (invalidateRedirects), which reaches every instance's
// cache core within milliseconds (through Redis when there are several); a table loaded before that is reloaded on
// the next lookup. TABLE_TTL_MS is only a safety net (a write made behind the application's back, by a script): after
// it, the next lookup starts a reload in the background and answers from the old table.

const TABLE_TTL_MS = 10_000;

type Table = Map<string, string | null>;
type TableState = { table: Table | null; loadedAt: number; loading: Promise<Table> | null };

// On globalThis: Next bundles the proxy and the app separately, so each has its own copy of this module, but both run
// in one process and share the table.
const STATE_KEY = Symbol.for('dateline.redirect-table');

function state(): TableState {
  const holder = globalThis as unknown as Record<symbol, TableState | undefined>;
  holder[STATE_KEY] ??= { table: null, loadedAt: 0, loading: null };
  return holder[STATE_KEY];
}

/** Call after any write to the Redirect table (after it commits): every instance's next lookup reloads. */
export function invalidateRedirects(): Promise<void> {
  return expireTagsNow([cacheTags.redirects]);
}

function reload(s: TableState): Promise<Table> {
  if (s.loading) return s.loading;
  // Dated from before the query: a write during it makes this copy out of date at once.
  const startedAt = Date.now();
  const promise = db.redirect
    .findMany({ select: { fromPath: true, toPath: true } })
    .then((rows) => {
      const table: Table = new Map(rows.map((r) => [r.fromPath, r.toPath]));
      s.table = table;
      s.loadedAt = startedAt;
      return table;
    })
    .finally(() => {
      if (s.loading === promise) s.loading = null;
    });
  s.loading = promise;
  return promise;
}

export type RedirectHit = { toPath: string | null };

/**
 * The proxy's lookup. Where an old address leads: `{ toPath }` for a 301 (a path on this site or an absolute URL),
 * `{ toPath: null }` for 410 Gone, or null when the address has no redirect. Never throws: if the database cannot be
 * read, readers get the page as if there were no redirect (cached pages keep being served).
 */
export async function lookupRedirect(path: string): Promise<RedirectHit | null> {
  const s = state();
  let table = s.table;
  try {
    if (!table || changedSince([cacheTags.redirects], s.loadedAt)) {
      table = await reload(s);
    } else if (Date.now() - s.loadedAt > TABLE_TTL_MS) {
      reload(s).catch((error) => console.error('Could not refresh the redirect table', error));
    }
  } catch (error) {
    console.error('Could not load the redirect table', error);
    // Try again after the TTL rather than on every request while the database is down.
    s.loadedAt = Date.now();
    s.table ??= new Map();
    table = s.table;
  }
  const hit = table.get(path);
  return hit === undefined ? null : { toPath: hit };
}
