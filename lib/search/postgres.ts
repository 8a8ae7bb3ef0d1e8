// Search on PostgreSQL: the weighted tsvector in "article_search" (prisma/postgres/migrations/*_search).
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/sqlite/client';
import { LIVE_STATUSES } from '@/lib/articles/visibility';
import { storyConditions } from './filters-sql';
import { MARK_CLOSE, MARK_OPEN, type MatchScope, tsQuery } from './terms';
import type { RawHighlights, SearchEngine, SearchFilters } from './types';

/**
 * The WHERE conditions on `"Article" a`: what readers may see (live, publication time passed, as visibleToReaders()
 * says), then the reader's filters. Values are bound parameters.
 */
function readerConditions(filters: SearchFilters, now: Date): Prisma.Sql {
  const conditions = [Prisma.sql`a."status" IN (${Prisma.join(LIVE_STATUSES)})`, Prisma.sql`a."publishedAt" <= ${now}`, ...storyConditions(filters)];
  if (filters.from) conditions.push(Prisma.sql`a."publishedAt" >= ${filters.from}`);
  if (filters.until) conditions.push(Prisma.sql`a."publishedAt" < ${filters.until}`);
  return Prisma.join(conditions, ' AND ');
}

const marks = `StartSel="${MARK_OPEN}", StopSel="${MARK_CLOSE}"`;
/** Headline and standfirst: the whole text with its matches marked. */
const WHOLE_TEXT = `HighlightAll=true, ${marks}`;
/** Body: up to two passages of about 30 words around the matches. */
const PASSAGES = `MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … ", ${marks}`;

// ts_headline parses its text as HTML and leaves out anything that looks like a tag or an entity, so "<" and "&"
// are swapped for private-use characters on the way in and back on the way out: readers see the text as written.
const STAND_INS = [['<', '\uE002'], ['&', '\uE003']] as const;
const shielded = (column: Prisma.Sql) =>
  STAND_INS.reduce((sql, [char, standIn]) => Prisma.sql`replace(${sql}, ${char}, ${standIn})`, column);
const restored = (text: string) => STAND_INS.reduce((out, [char, standIn]) => out.replaceAll(standIn, char), text);

const query = (terms: string[]) => Prisma.sql`to_tsquery('simple', ${tsQuery(terms)})`;

/** Each scope's own lexemes, kept and indexed by PostgreSQL (prisma/postgres/migrations/*_search_scopes). */
const SCOPE_COLUMNS: Record<MatchScope, Prisma.Sql> = {
  all: Prisma.sql`s."document"`,
  near: Prisma.sql`s."near_document"`,
  headline: Prisma.sql`s."headline_document"`,
};
/** Up to this many matches, a scope's stories are found from its index and sorted; past it, by walking. */
const FEW = 2000;

const fromIndex = Prisma.sql`FROM "article_search" s JOIN "Article" a ON a."id" = s."article_id"`;

/**
 * Runs `statement` with the planner limited to `plan`. PostgreSQL cannot estimate how many stories a prefix
 * matches (it guesses a few hundred for "zebra":* and for "council":* alike), so where the right plan depends on
 * that number, the search chooses: `gin` reads the words' index into a bitmap (cost follows the matches, cheap when
 * few), `walk` goes backwards along the stories' publication index testing each (cost follows how far the page's
 * last story lies, cheap when many match).
 */
async function planned<T>(plan: 'gin' | 'walk', statement: Prisma.PrismaPromise<T>): Promise<T> {
  const off = plan === 'gin' ? ['seqscan', 'indexscan', 'indexonlyscan'] : ['seqscan', 'bitmapscan'];
  const results = await db.$transaction([...off.map((setting) => db.$executeRawUnsafe(`SET LOCAL enable_${setting} = off`)), statement]);
  return results.at(-1) as T;
}

export const postgresSearch: SearchEngine = {
  async count(terms, filters, now, bound) {
    const rows = await planned(
      'gin',
      db.$queryRaw<{ n: number | bigint }[]>`
        SELECT count(*) AS "n" FROM (
          SELECT 1 ${fromIndex}
          WHERE s."document" @@ ${query(terms)} AND ${readerConditions(filters, now)}
          LIMIT ${bound + 1}
        ) AS "found"`,
    );
    return Number(rows[0]?.n ?? 0);
  },

  async newest(terms, scope, filters, now, limit) {
    const matches = Prisma.sql`${SCOPE_COLUMNS[scope]} @@ ${query(terms)}`;
    const conditions = readerConditions(filters, now);
    // At most FEW matches: all of them from the scope's index, then sorted.
    const few = await planned(
      'gin',
      db.$queryRaw<{ id: string; matches: bigint | number }[]>`
        WITH "found" AS MATERIALIZED (SELECT s."article_id" FROM "article_search" s WHERE ${matches} LIMIT ${FEW + 1})
        SELECT a."id" AS "id", (SELECT count(*) FROM "found") AS "matches"
        FROM "found" JOIN "Article" a ON a."id" = "found"."article_id"
        WHERE ${conditions}
        ORDER BY a."publishedAt" DESC, a."id" DESC
        LIMIT ${limit}`,
    );
    if (few.length === 0 || Number(few[0]!.matches) <= FEW) return few.map((row) => row.id);
    // More: at least one story in FEW / (the archive's size) matches, so a page comes after a short walk.
    const walked = await planned(
      'walk',
      db.$queryRaw<{ id: string }[]>`
        SELECT a."id" AS "id" ${fromIndex}
        WHERE ${matches} AND ${conditions}
        ORDER BY a."publishedAt" DESC, a."id" DESC
        LIMIT ${limit}`,
    );
    return walked.map((row) => row.id);
  },

  async highlights(terms, ids) {
    if (ids.length === 0) return new Map();
    const rows = await db.$queryRaw<({ id: string } & RawHighlights)[]>`
      SELECT a."id" AS "id",
        ts_headline('simple', ${shielded(Prisma.sql`a."headline"`)}, q, ${WHOLE_TEXT}) AS "headline",
        ts_headline('simple', ${shielded(Prisma.sql`a."standfirst"`)}, q, ${WHOLE_TEXT}) AS "standfirst",
        ts_headline('simple', ${shielded(Prisma.sql`"article_search_body_text"(a."body")`)}, q, ${PASSAGES}) AS "body"
      FROM "Article" a CROSS JOIN ${query(terms)} AS q
      WHERE a."id" IN (${Prisma.join(ids)})`;
    return new Map(
      rows.map(({ id, headline, standfirst, body }) => [
        id,
        { headline: restored(headline), standfirst: restored(standfirst), body: restored(body) },
      ]),
    );
  },
};
