import type { SearchParams } from '@/lib/search/params';
import { SEARCH_PATH } from '@/lib/search/params';
import type { SearchOptions } from '@/lib/search/options';
import { MAX_QUERY_LENGTH } from '@/lib/search/terms';

const fieldClass = 'mt-1 block w-full rounded-sm border border-ink bg-paper px-2 py-2';

/**
 * The search page's form: the query and, folded away unless one is in use, the filters. A plain GET form whose
 * address is the search itself, so results can be bookmarked and shared, and no script is needed.
 */
export function SearchForm({ params, options }: { params: SearchParams; options: SearchOptions }) {
  const filtering = Boolean(params.section || params.author || params.from || params.to);
  return (
    <form action={SEARCH_PATH} method="get" role="search" aria-label="Search stories" className="mt-4 max-w-3xl">
      <label htmlFor="search-q" className="block font-semibold">
        Search for
      </label>
      <div className="mt-1 flex">
        <input
          id="search-q"
          type="search"
          name="q"
          defaultValue={params.q}
          maxLength={MAX_QUERY_LENGTH}
          aria-describedby="search-q-hint"
          className="min-w-0 flex-1 rounded-l-sm border border-ink bg-paper px-3 py-2 text-lg"
        />
        <button type="submit" className="rounded-r-sm border border-ink bg-ink px-5 font-semibold text-paper">
          Search
        </button>
      </div>
      <p id="search-q-hint" className="mt-1 text-sm text-muted">
        Headlines, text, topics and authors. Every word must appear; the last may be the start of a word. Up to{' '}
        {MAX_QUERY_LENGTH} characters.
      </p>
      <details open={filtering} className="mt-3">
        <summary className="cursor-pointer font-semibold">Filter results</summary>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          <label className="block text-sm font-semibold">
            Section
            <select name="section" defaultValue={params.section ?? ''} className={fieldClass}>
              <option value="">All sections</option>
              {options.sections.map((s) => (
                <option key={s.slug} value={s.slug}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <label className="block text-sm font-semibold">
            Author
            <select name="author" defaultValue={params.author ?? ''} className={fieldClass}>
              <option value="">All authors</option>
              {options.authors.map((a) => (
                <option key={a.slug} value={a.slug}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
          <label className="block text-sm font-semibold">
            Published from
            <input type="date" name="from" defaultValue={params.from ?? ''} className={fieldClass} />
          </label>
          <label className="block text-sm font-semibold">
            Published until
            <input type="date" name="to" defaultValue={params.to ?? ''} className={fieldClass} />
          </label>
        </div>
      </details>
    </form>
  );
}
