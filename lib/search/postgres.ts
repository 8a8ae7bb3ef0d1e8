// Search on PostgreSQL: the weighted tsvector in "article_search" (prisma/postgres/migrations/*_search).
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/sqlite/client';
import { readerConditions, RESULT_ORDER } from './filters-sql';
import { MARK_CLOSE, MARK_OPEN, tsQuery } from './terms';
import type { RawHighlights, SearchEngine, SearchRank } from './types';

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

const query = (terms: string[], scope?: 'headline' | 'near') => Prisma.sql`to_tsquery('simple', ${tsQuery(terms, scope)})`;

const fromIndex = Prisma.sql`FROM "article_search" s JOIN "Article" a ON a."id" = s."article_id"`;

export const postgresSearch: SearchEngine = {
  async count(terms, filters, now, bound) {
    const rows = await db.$queryRaw<{ n: number | bigint }[]>`
      SELECT count(*) AS "n" FROM (
        SELECT 1 ${fromIndex}
        WHERE s."document" @@ ${query(terms)} AND ${readerConditions(filters, now)}
        LIMIT ${bound + 1}
      ) AS "found"`;
    return Number(rows[0]?.n ?? 0);
  },

  async page(terms, filters, now, limit, offset) {
    const rows = await db.$queryRaw<{ id: string; rank: number }[]>`
      SELECT a."id" AS "id",
        CASE
          WHEN s."document" @@ ${query(terms, 'headline')} THEN 3
          WHEN s."document" @@ ${query(terms, 'near')} THEN 2
          ELSE 1
        END AS "rank"
      ${fromIndex}
      WHERE s."document" @@ ${query(terms)} AND ${readerConditions(filters, now)}
      ORDER BY ${RESULT_ORDER}
      LIMIT ${limit} OFFSET ${offset}`;
    return rows.map((r) => ({ id: r.id, rank: Number(r.rank) as SearchRank }));
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
