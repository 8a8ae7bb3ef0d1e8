import Link from 'next/link';
import { PAGE_SIZE } from '@/lib/routes';
import { searchPath, type SearchParams } from '@/lib/search/params';
import type { SearchResult } from '@/lib/search/types';
import { DateText } from './date-text';
import { HighlightedText } from './highlighted-text';
import { Pagination } from './pagination';

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

/** Previous/next pages of the same search (the results are ranked, so not "newer" and "older"). */
export function SearchPagination({ params, pageCount }: { params: SearchParams; pageCount: number }) {
  return (
    <Pagination
      page={params.page}
      pageCount={pageCount}
      href={(page) => searchPath({ ...params, page: Math.min(page, pageCount) })}
      labels={{ previous: '← Previous results', next: 'More results →' }}
      className="mt-8 max-w-3xl"
    />
  );
}
