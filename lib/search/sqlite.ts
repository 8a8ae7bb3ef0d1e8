// Search on SQLite: the FTS5 table "article_search" over "article_search_doc" (prisma/migrations/*_search and
// *_search_publication_order). The index holds only stories readers can see or will, each numbered by its place in
// publication order (the second it was published × 2^30, plus a tiebreak), so:
// - "newest first" is the index's own order read backwards, and a page stops reading after its last story;
// - "published by now" and the date filters are bounds on that number, with no look at "Article";
// - a count stops at COUNT_BOUND (the page says "more than …").
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/sqlite/client';
import { storyConditions } from './filters-sql';
import { ftsMatch, MARK_CLOSE, MARK_OPEN, type MatchScope } from './terms';
import type { RawHighlights, SearchEngine, SearchFilters } from './types';

/** Tokens in a body snippet (FTS5 allows at most 64). */
const SNIPPET_TOKENS = 32;
/** One second of publication time in the index's numbering (the migration's 2^30). */
const SECOND = 1_073_741_824n;

/**
 * The first index number of the second `date` falls in (or the next second's, rounding up). A bigint: the numbers
 * pass 2^53, and FTS5 uses a bound on its rows only when it is bound as an integer (a JavaScript number is bound as
 * a real, and then every match is read and compared: 3 ms became 8-12 ms).
 */
const keyOf = (date: Date, round: typeof Math.floor) => BigInt(round(date.getTime() / 1000)) * SECOND;

/** The index rows a search may return: published by `now` (to the second), within the date filters. */
function bounds(filters: SearchFilters, now: Date): Prisma.Sql {
  const endOfNow = keyOf(new Date(now.getTime() + 1000), Math.floor);
  const until = filters.until ? keyOf(filters.until, Math.ceil) : endOfNow;
  const upper = until < endOfNow ? until : endOfNow;
  const conditions = [Prisma.sql`f."rowid" < ${upper}`];
  if (filters.from) conditions.push(Prisma.sql`f."rowid" >= ${keyOf(filters.from, Math.floor)}`);
  return Prisma.join(conditions, ' AND ');
}

/** The section and author filters, which need the story itself (through `d`, its row of article_search_doc). */
function storyFilters(filters: SearchFilters): { join: Prisma.Sql; where: Prisma.Sql } | null {
  const conditions = storyConditions(filters);
  if (conditions.length === 0) return null;
  return { join: Prisma.sql`JOIN "Article" a ON a."id" = d."article_id"`, where: Prisma.sql`AND ${Prisma.join(conditions, ' AND ')}` };
}

// ─── the last word's completions ───
// FTS5 answers a prefix ("harb"*) by first merging the stories of every word it begins, whole, before the first row
// comes back: 30-50 ms for a common word in a 100,000-story archive, on every query of a page, and again for each
// story's snippet. Prefixes of two and three characters have indexes of their own (prefix = '2 3') and are read as
// they go; longer ones are turned into the words they begin, found in article_search_vocab, so the query is an OR of
// plain words, which FTS5 reads as it goes. Only for letters and digits of ASCII: the vocabulary holds words as the
// tokenizer folded them (case, diacritics), which is the same as the query's lower case only there. Other last
// words, and prefixes of more than MAX_COMPLETIONS words, stay prefix queries (correct, slower on a large archive).
const MAX_COMPLETIONS = 128;
const SHORT_PREFIX = 3;
/** Completions looked up in the last few seconds: one search asks for them up to five times. */
const COMPLETIONS_TTL_MS = 5000;
const completionsCache = new Map<string, { words: string[] | undefined; until: number }>();

async function completionsOf(word: string): Promise<string[] | undefined> {
  if (word.length <= SHORT_PREFIX || !/^[a-z0-9]+$/.test(word)) return undefined;
  const now = Date.now();
  const cached = completionsCache.get(word);
  if (cached && cached.until > now) return cached.words;
  const next = word.slice(0, -1) + String.fromCharCode(word.charCodeAt(word.length - 1) + 1);
  const rows = await db.$queryRaw<{ term: string }[]>`
    SELECT "term" FROM "article_search_vocab" WHERE "term" >= ${word} AND "term" < ${next} LIMIT ${MAX_COMPLETIONS + 1}`;
  const words = rows.length > 0 && rows.length <= MAX_COMPLETIONS ? rows.map((row) => row.term) : undefined;
  if (completionsCache.size >= 1000) completionsCache.clear();
  completionsCache.set(word, { words, until: now + COMPLETIONS_TTL_MS });
  return words;
}

/** The MATCH expression for `terms` in `scope`, the last word as the words it begins. */
async function matchOf(terms: string[], scope: MatchScope = 'all'): Promise<string> {
  return ftsMatch(terms, scope, await completionsOf(terms.at(-1) ?? ''));
}

/** Up to `limit` matching stories of `scope`, newest first. */
async function newestMatches(terms: string[], scope: MatchScope, filters: SearchFilters, now: Date, limit: number): Promise<string[]> {
  const story = storyFilters(filters);
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT d."article_id" AS "id"
    FROM "article_search" f
    JOIN "article_search_doc" d ON d."id" = f."rowid"
    ${story?.join ?? Prisma.empty}
    WHERE f."article_search" MATCH ${await matchOf(terms, scope)} AND ${bounds(filters, now)} ${story?.where ?? Prisma.empty}
    ORDER BY f."rowid" DESC
    LIMIT ${limit}`;
  return rows.map((row) => row.id);
}

export const sqliteSearch: SearchEngine = {
  async count(terms, filters, now, bound) {
    const story = storyFilters(filters);
    const rows = await db.$queryRaw<{ n: number | bigint }[]>`
      SELECT count(*) AS "n" FROM (
        SELECT 1 FROM "article_search" f
        ${story ? Prisma.sql`JOIN "article_search_doc" d ON d."id" = f."rowid" ${story.join}` : Prisma.empty}
        WHERE f."article_search" MATCH ${await matchOf(terms)} AND ${bounds(filters, now)} ${story?.where ?? Prisma.empty}
        LIMIT ${bound + 1}
      )`;
    return Number(rows[0]?.n ?? 0);
  },

  newest: newestMatches,

  async highlights(terms, ids) {
    if (ids.length === 0) return new Map();
    // The stories' own span of the index: FTS5 reads the matches within it as it goes (a page's stories are close
    // together in publication order), where a lookup of each story's row would read every word's list from its start.
    const [span] = await db.$queryRaw<{ low: bigint | number | null; high: bigint | number | null }[]>`
      SELECT min("id") AS "low", max("id") AS "high" FROM "article_search_doc" WHERE "article_id" IN (${Prisma.join(ids)})`;
    if (span?.low == null || span.high == null) return new Map();
    const rows = await db.$queryRaw<({ id: string } & RawHighlights)[]>`
      SELECT d."article_id" AS "id",
        highlight("article_search", 0, ${MARK_OPEN}, ${MARK_CLOSE}) AS "headline",
        highlight("article_search", 1, ${MARK_OPEN}, ${MARK_CLOSE}) AS "standfirst",
        snippet("article_search", 4, ${MARK_OPEN}, ${MARK_CLOSE}, '…', ${SNIPPET_TOKENS}) AS "body"
      FROM "article_search"
      -- CROSS JOIN keeps this order: the index read within the span, then each match's row.
      CROSS JOIN "article_search_doc" d ON d."id" = "article_search"."rowid"
      WHERE "article_search" MATCH ${await matchOf(terms)}
        AND "article_search"."rowid" BETWEEN ${span.low} AND ${span.high}
        AND d."article_id" IN (${Prisma.join(ids)})`;
    return new Map(rows.map(({ id, ...texts }) => [id, texts]));
  },
};
