import type { ArticleSummary } from '@/lib/articles/types';
import type { HighlightPart, MatchScope } from './terms';

export type { HighlightPart };

/**
 * How well a story matches, best first: every word in the headline (3); in the headline, standfirst, tags or
 * bylines (2); only with the body's help (1). Within a rank the newest story comes first.
 */
export type SearchRank = 1 | 2 | 3;

/** One story found: its card fields, the headline and a snippet with the matched words marked, and its rank. */
export type SearchResult = ArticleSummary & {
  headlineParts: HighlightPart[];
  snippet: HighlightPart[];
  rank: SearchRank;
};

export type SearchResults = {
  /** The words searched for (empty when the query held none: nothing is searched). */
  terms: string[];
  results: SearchResult[];
  /** How many stories match; past COUNT_BOUND, COUNT_BOUND + 1 with `totalIsLowerBound` ("more than …"). */
  total: number;
  totalIsLowerBound: boolean;
  page: number;
  pageCount: number;
  /** Whether a section, author or date filter narrowed the search (ignored filters do not count). */
  filtered: boolean;
  /** Filters the page ignored, and why (an unknown section or author). */
  notices: string[];
};

/** The filters an engine applies, resolved to ids and instants. */
export type SearchFilters = { sectionId?: string; authorId?: string; from?: Date; until?: Date };

/** What both database engines answer: the same query, the same contract. */
export type SearchEngine = {
  /** How many stories match, counted up to `bound + 1` at most (more than `bound` is all a page needs to say). */
  count(terms: string[], filters: SearchFilters, now: Date, bound: number): Promise<number>;
  /** Up to `limit` stories matching in `scope`, newest first (read as far as that, whatever the number of matches). */
  newest(terms: string[], scope: MatchScope, filters: SearchFilters, now: Date, limit: number): Promise<string[]>;
  /** The headline, standfirst and body snippet of these articles with their matches marked. */
  highlights(terms: string[], ids: string[]): Promise<Map<string, RawHighlights>>;
};

/** Texts with MARK_OPEN/MARK_CLOSE around the matched words. */
export type RawHighlights = { headline: string; standfirst: string; body: string };
