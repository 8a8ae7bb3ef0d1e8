// Reader search: one entry point for both databases. The engine (SQLite FTS5 or PostgreSQL tsvector) finds and
// ranks the matches; this module resolves the filters, loads the stories' card fields and marks the snippets.
import { summarySelect, toArticleSummary } from '@/lib/articles/queries';
import { db } from '@/lib/db/client';
import { databaseTarget } from '@/lib/db/url';
import { PAGE_SIZE } from '@/lib/routes';
import type { SearchRequest } from './params';
import { postgresSearch } from './postgres';
import { sqliteSearch } from './sqlite';
import { hasMark, highlightParts, type MatchScope, searchTerms } from './terms';
import type { RawHighlights, SearchEngine, SearchFilters, SearchRank, SearchResult, SearchResults } from './types';

export type { SearchResult, SearchResults };

/**
 * Matches are counted exactly up to this many; past it the page says "more than 1,000 results". Counting every match
 * of a common word in a large archive costs as much as the rest of the page; no reader pages that far (a narrower
 * query or a filter serves better), so results page to COUNT_BOUND as well.
 */
export const COUNT_BOUND = 1000;
const MAX_SEARCH_PAGE = Math.ceil(COUNT_BOUND / PAGE_SIZE);

export const SEARCH_NOTICES = {
  unknownSection: (slug: string) => `There is no section “${slug}”, so all sections are searched.`,
  unknownAuthor: (slug: string) => `There is no author “${slug}”, so all authors are searched.`,
} as const;

/** The engine of the database in use. */
export function searchEngine(): SearchEngine {
  return databaseTarget().kind === 'postgresql' ? postgresSearch : sqliteSearch;
}

/** The section and author filters as ids; a slug that names nothing is dropped with a notice. */
async function resolveFilters(request: SearchRequest, notices: string[]): Promise<SearchFilters> {
  const { section, author } = request.params;
  const [sectionRow, authorRow] = await Promise.all([
    section ? db.section.findUnique({ where: { slug: section }, select: { id: true } }) : null,
    author ? db.author.findUnique({ where: { slug: author }, select: { id: true } }) : null,
  ]);
  if (section && !sectionRow) notices.push(SEARCH_NOTICES.unknownSection(section));
  if (author && !authorRow) notices.push(SEARCH_NOTICES.unknownAuthor(author));
  return { sectionId: sectionRow?.id, authorId: authorRow?.id, from: request.range.from, until: request.range.until };
}

/**
 * The snippet under a result: the body passage around the matches; else the standfirst when the match is there;
 * else the opening of the body (the match was in the headline, a tag or a byline).
 */
function pickSnippet(texts: RawHighlights | undefined, standfirst: string) {
  if (!texts) return highlightParts(standfirst);
  const body = highlightParts(texts.body.trim());
  if (hasMark(body)) return body;
  const intro = highlightParts(texts.standfirst);
  if (hasMark(intro) || body.length === 0) return intro;
  return body;
}

/** Best rank first, each with the scope its stories match in (the scopes nest: headline ⊂ near ⊂ all). */
const RANKS: [SearchRank, MatchScope][] = [
  [3, 'headline'],
  [2, 'near'],
  [1, 'all'],
];

/**
 * Results `offset` to `offset + limit`, best rank first, newest first within a rank. Because the ranks nest, this is
 * the headline matches, then the other metadata matches, then the rest, each read newest first only as far as the
 * page needs: the cost follows the page's depth, never the number of matches (the engines read matches in
 * publication order: lib/search/sqlite.ts, lib/search/postgres.ts).
 */
async function rankedPage(search: SearchEngine, terms: string[], filters: SearchFilters, now: Date, limit: number, offset: number) {
  const needed = offset + limit;
  const ranked: { id: string; rank: SearchRank }[] = [];
  const seen = new Set<string>();
  for (const [rank, scope] of RANKS) {
    // Every story of a better rank is in `seen` when this runs (the loop gets here only once the better rank came
    // back with fewer than it was asked for: all of it). They reappear in this wider scope, so `needed` more than
    // there are of them always holds `needed` stories in all.
    for (const id of await search.newest(terms, scope, filters, now, needed + seen.size)) {
      if (seen.has(id)) continue;
      seen.add(id);
      ranked.push({ id, rank });
    }
    // Otherwise this scope was read to its end (fewer than asked came back) and the next, wider one follows.
    if (ranked.length >= needed) break;
  }
  return ranked.slice(offset, needed);
}

/**
 * One page of search results: stories readers may see that contain every word of the query (the last one as a
 * prefix), headline matches first, newest first within a rank. Only live stories are searched, including those an
 * editor marked noindex (that asks search engines, not readers, to leave the story out).
 */
export async function searchArticles(request: SearchRequest, now = new Date()): Promise<SearchResults> {
  const notices = [...request.notices];
  const terms = searchTerms(request.params.q);
  const page = request.params.page;
  const filters = await resolveFilters(request, notices);
  const filtered = Object.values(filters).some((value) => value !== undefined);
  if (terms.length === 0) return { terms, results: [], total: 0, totalIsLowerBound: false, page, pageCount: 1, filtered, notices };

  const search = searchEngine();
  const [counted, hits] = await Promise.all([
    search.count(terms, filters, now, COUNT_BOUND),
    page <= MAX_SEARCH_PAGE ? rankedPage(search, terms, filters, now, PAGE_SIZE, (page - 1) * PAGE_SIZE) : [],
  ]);
  const totalIsLowerBound = counted > COUNT_BOUND;
  const total = Math.min(counted, COUNT_BOUND);
  const pageCount = Math.max(1, Math.min(MAX_SEARCH_PAGE, Math.ceil(total / PAGE_SIZE)));
  if (hits.length === 0) return { terms, results: [], total, totalIsLowerBound, page, pageCount, filtered, notices };

  const ids = hits.map((h) => h.id);
  const [rows, texts] = await Promise.all([
    db.article.findMany({ where: { id: { in: ids } }, select: summarySelect }),
    search.highlights(terms, ids),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const results: SearchResult[] = hits.flatMap(({ id, rank }) => {
    const row = byId.get(id);
    if (!row) return [];
    const marked = texts.get(id);
    const headlineParts = marked ? highlightParts(marked.headline) : [{ text: row.headline, mark: false }];
    return [{ ...toArticleSummary(row), headlineParts, snippet: pickSnippet(marked, row.standfirst), rank }];
  });
  return { terms, results, total, totalIsLowerBound, page, pageCount, filtered, notices };
}
