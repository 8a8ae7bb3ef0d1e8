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
        className="site-search-input"
      />
      <button type="submit" className="site-search-button">
        Search
      </button>
    </form>
  );
}
