import Link from 'next/link';
import { PAGE_SIZE } from '@/lib/routes';
import { searchPath, type SearchParams } from '@/lib/search/params';
import type { SearchResult } from '@/lib/search/types';
import { DateText } from './date-text';
import { HighlightedText } from './highlighted-text';

/** One page of results, in rank order, each with its section, headline, date, bylines and marked snippet. */
export function SearchResultList({ results, page }: { results: SearchResult[]; page: number }) {
  return (
    <ol start={(page - 1) * PAGE_SIZE + 1} className="mt-6 max-w-3xl divide-y divide-rule">
      {results.map((result) => (
        <li key={result.id} className="py-5">
          <article>
            <p className="text-xs font-bold uppercase tracking-wider text-accent">
              <Link href={result.section.url} className="hover:underline">
                {result.section.name}
              </Link>
            </p>
            <h2 className="mt-1 font-serif text-xl font-bold leading-snug">
              <Link href={result.url} className="hover:underline">
                <HighlightedText parts={result.headlineParts} />
              </Link>
            </h2>
            {result.snippet.length > 0 && (
              <p className="mt-1 text-muted">
                <HighlightedText parts={result.snippet} />
              </p>
            )}
            <p className="mt-1 text-xs text-muted">
              <DateText date={result.publishedAt} />
              {result.authors.length > 0 && ` · By ${result.authors.map((a) => a.name).join(', ')}`}
            </p>
          </article>
        </li>
      ))}
    </ol>
  );
}

const linkClass = 'inline-flex min-h-11 items-center rounded-sm border border-ink px-4 font-semibold hover:bg-ink hover:text-paper';

/** Previous/next pages of the same search (the results are ranked, so not "newer" and "older"). */
export function SearchPagination({ params, pageCount }: { params: SearchParams; pageCount: number }) {
  const { page } = params;
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pagination" className="mt-8 flex max-w-3xl items-center justify-between gap-4 border-t border-rule pt-4 text-sm">
      {page > 1 ? (
        <Link href={searchPath({ ...params, page: Math.min(page - 1, pageCount) })} rel="prev" className={linkClass}>
          ← Previous results
        </Link>
      ) : (
        <span />
      )}
      <span className="text-muted">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={searchPath({ ...params, page: page + 1 })} rel="next" className={linkClass}>
          More results →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
