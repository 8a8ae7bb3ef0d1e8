import { db } from '@/lib/db/client';

// The proxy's copy of the redirect table. The proxy answers 301 and 410 for story-shaped addresses (see proxy.ts)
// before any page is looked up, so its lookup must cost no database round trip: the whole table (one row per moved,
// deleted or manually redirected address; small) is kept in memory.
//
// Freshness: a write in this process (manage.ts calls invalidateRedirects) makes the very next lookup reload, so an
// editor's change answers at once. Writes made elsewhere (another app instance, a script) are picked up within
// TABLE_TTL_MS: after that, the next lookup starts a reload in the background and answers from the old table.

const TABLE_TTL_MS = 10_000;

type Table = Map<string, string | null>;

type TableState = {
  table: Table | null;
  loadedAt: number;
  /** Bumped by every write; the table is current when it was loaded at the latest generation. */
  generation: number;
  loadedGeneration: number;
  loading: { generation: number; promise: Promise<Table> } | null;
};

// On globalThis: Next bundles the proxy and the app separately, so each has its own copy of this module, but both
// run in one process and must share the table and its generation.
const STATE_KEY = Symbol.for('dateline.redirect-table');

function state(): TableState {
  const holder = globalThis as unknown as Record<symbol, TableState | undefined>;
  holder[STATE_KEY] ??= { table: null, loadedAt: 0, generation: 0, loadedGeneration: -1, loading: null };
  return holder[STATE_KEY];
}

/** Call after any write to the Redirect table (after its transaction commits): the next lookup reloads. */
export function invalidateRedirects(): void {
  state().generation++;
}

function reload(s: TableState): Promise<Table> {
  if (s.loading && s.loading.generation === s.generation) return s.loading.promise;
  const generation = s.generation;
  const promise = db.redirect
    .findMany({ select: { fromPath: true, toPath: true } })
    .then((rows) => {
      const table: Table = new Map(rows.map((r) => [r.fromPath, r.toPath]));
      s.table = table;
      s.loadedAt = Date.now();
      s.loadedGeneration = generation;
      return table;
    })
    .finally(() => {
      if (s.loading?.promise === promise) s.loading = null;
    });
  s.loading = { generation, promise };
  return promise;
}

export type RedirectHit = { toPath: string | null };

/**
 * The proxy's lookup. Where an old address leads: `{ toPath }` for a 301 (a path on this site or an absolute URL), `{ toPath: null }`
 * for 410 Gone, or null when the address has no redirect. Never throws: if the database cannot be read, readers
 * get the page as if there were no redirect (cached pages keep being served).
 */
export async function lookupRedirect(path: string): Promise<RedirectHit | null> {
  const s = state();
  let table = s.table;
  try {
    if (!table || s.loadedGeneration !== s.generation) {
      table = await reload(s);
    } else if (Date.now() - s.loadedAt > TABLE_TTL_MS) {
      reload(s).catch((error) => console.error('Could not refresh the redirect table', error));
    }
  } catch (error) {
    console.error('Could not load the redirect table', error);
    // Try again after the TTL rather than on every request while the database is down.
    s.loadedAt = Date.now();
    s.loadedGeneration = s.generation;
    s.table ??= new Map();
    table = s.table;
  }
  const hit = table.get(path);
  return hit === undefined ? null : { toPath: hit };
}
