import { SEARCH_PATH } from '@/lib/search/params';
import { MAX_QUERY_LENGTH } from '@/lib/search/terms';

/** The header's search box: a plain GET form, so it works before (or without) any JavaScript. */
export function SiteSearch() {
  return (
    <form action={SEARCH_PATH} method="get" role="search" aria-label="Site search" className="flex items-center">
      <label htmlFor="site-search-q" className="sr-only">
        Search stories
      </label>
      <input
        id="site-search-q"
        type="search"
        name="q"
        placeholder="Search"
        maxLength={MAX_QUERY_LENGTH}
        className="w-28 rounded-l-sm border border-ink bg-paper px-2 py-1.5 text-sm sm:w-44"
      />
      <button type="submit" className="rounded-r-sm border border-l-0 border-ink bg-ink px-3 py-1.5 text-sm font-semibold text-paper">
        Search
      </button>
    </form>
  );
}
