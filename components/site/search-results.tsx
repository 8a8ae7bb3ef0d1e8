import Link from 'next/link';
import { PAGE_SIZE } from '@/lib/routes';
import { searchPath, type SearchParams } from '@/lib/search/params';
import type { SearchResult } from '@/lib/search/types';
import { DateText } from './date-text';
import { HighlightedText } from './highlighted-text';
import { Pagination } from './pagination';

/**
 * One page of results, in rank order, each with its section, headline, date, bylines and marked snippet. Styled by
 * structure (`.results` in app/globals.css): each class would be sent twice for each of the 20 results.
 */
export function SearchResultList({ results, page }: { results: SearchResult[]; page: number }) {
  return (
    <ol start={(page - 1) * PAGE_SIZE + 1} className="results">
      {/* Keyed by place: the page is rendered whole on the server (a story's id is 25 characters). */}
      {results.map((result, index) => (
        <li key={index}>
          <article>
            <p className="kicker">
              <Link href={result.section.url}>{result.section.name}</Link>
            </p>
            <h2>
              <Link href={result.url}>
                <HighlightedText parts={result.headlineParts} />
              </Link>
            </h2>
            {result.snippet.length > 0 && (
              <p className="result-snippet">
                <HighlightedText parts={result.snippet} />
              </p>
            )}
            <p className="result-meta">
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
