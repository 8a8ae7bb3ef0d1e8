import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Link as LinkView } from '@/lib/articles/types';
import { getSearchOptions, type SearchOptions } from '@/lib/search/options';
import { searchPath, type SearchRequest } from '@/lib/search/params';
import { searchArticles, type SearchResults } from '@/lib/search/search';
import { countOf } from '@/lib/text/plural';
import { SearchForm } from './search-form';
import { SearchPagination, SearchResultList } from './search-results';

/** /search: the form, then what it found, or an honest word that it found nothing and where to look instead. */
export async function SearchPage({ request }: { request: SearchRequest }) {
  const [found, options] = await Promise.all([searchArticles(request), getSearchOptions()]);
  const { params } = request;
  return (
    <div className="pt-8">
      <header className="border-b-4 border-ink pb-6">
        <h1 className="font-serif text-4xl font-bold">Search</h1>
        <SearchForm params={params} options={options} />
      </header>
      {found.notices.length > 0 && (
        <ul role="status" className="mt-4 max-w-3xl space-y-1 border-l-4 border-accent bg-surface px-4 py-3 text-sm">
          {found.notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      )}
      <SearchOutcome request={request} found={found} options={options} />
    </div>
  );
}

function SearchOutcome({ request, found, options }: { request: SearchRequest; found: SearchResults; options: SearchOptions }) {
  const { params } = request;
  if (!params.q) {
    return <p className="mt-6 max-w-3xl text-lg text-muted">Type a word or two above to search every story we have published.</p>;
  }
  if (found.terms.length === 0) {
    return (
      <NothingFound options={options} filtered={false} params={request.params}>
        “{params.q}” has no letters or numbers to search for.
      </NothingFound>
    );
  }
  if (found.total === 0) {
    return (
      <NothingFound options={options} filtered={found.filtered} params={request.params}>
        No stories match “{params.q}”{found.filtered ? ' with these filters' : ''}.
      </NothingFound>
    );
  }
  if (found.results.length === 0) {
    return (
      <p className="mt-6 max-w-3xl text-lg">
        There is no page {params.page} of results for “{params.q}”.{' '}
        <Link href={searchPath({ ...params, page: found.pageCount })} className="font-semibold underline">
          Go to the last page
        </Link>
        .
      </p>
    );
  }
  return (
    <>
      <p role="status" className="mt-6 text-lg">
        {found.totalIsLowerBound ? `More than ${found.total.toLocaleString('en-GB')} results` : countOf(found.total, 'result')} for “{params.q}”
      </p>
      <SearchResultList results={found.results} page={found.page} />
      <SearchPagination params={params} pageCount={found.pageCount} />
    </>
  );
}

function NothingFound({ children, options, filtered, params }: { children: ReactNode; options: SearchOptions; filtered: boolean; params: SearchRequest['params'] }) {
  return (
    <section aria-labelledby="nothing-found" className="mt-6 max-w-3xl">
      <h2 id="nothing-found" className="font-serif text-2xl font-bold">
        {children}
      </h2>
      <ul className="mt-3 list-disc space-y-1 pl-5 text-muted">
        <li>Check the spelling.</li>
        <li>Try fewer words, or more general ones: every word must appear in a story.</li>
        {filtered && (
          <li>
            <Link href={searchPath({ q: params.q })} className="font-semibold text-ink underline">
              Search all sections, authors and dates
            </Link>
            .
          </li>
        )}
      </ul>
      <LinkList title="Browse the sections" links={options.sections} />
      <LinkList title="Topics in the news" links={options.topics} />
    </section>
  );
}

function LinkList({ title, links }: { title: string; links: LinkView[] }) {
  if (links.length === 0) return null;
  return (
    <>
      <h3 className="mt-6 text-sm font-bold uppercase tracking-wider">{title}</h3>
      <ul className="mt-2 flex flex-wrap gap-2">
        {links.map((link) => (
          <li key={link.slug}>
            <Link href={link.url} className="inline-block rounded-sm border border-rule px-3 py-1 hover:border-ink">
              {link.name}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
