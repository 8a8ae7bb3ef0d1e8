// Search on SQLite: the FTS5 table "article_search" over "article_search_doc" (prisma/migrations/*_search).
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/sqlite/client';
import { readerConditions, RESULT_ORDER } from './filters-sql';
import { ftsMatch, MARK_CLOSE, MARK_OPEN } from './terms';
import type { RawHighlights, SearchEngine, SearchRank } from './types';

/** Tokens in a body snippet (FTS5 allows at most 64). */
const SNIPPET_TOKENS = 32;

const matches = (terms: string[]) => Prisma.sql`"article_search" MATCH ${ftsMatch(terms)}`;

const fromIndex = Prisma.sql`
  FROM "article_search"
  JOIN "article_search_doc" d ON d."id" = "article_search"."rowid"
  JOIN "Article" a ON a."id" = d."article_id"`;

export const sqliteSearch: SearchEngine = {
  async count(terms, filters, now) {
    const rows = await db.$queryRaw<{ n: number | bigint }[]>`
      SELECT count(*) AS "n" ${fromIndex}
      WHERE ${matches(terms)} AND ${readerConditions(filters, now)}`;
    return Number(rows[0]?.n ?? 0);
  },

  async page(terms, filters, now, limit, offset) {
    const rows = await db.$queryRaw<{ id: string; rank: number | bigint }[]>`
      SELECT a."id" AS "id",
        CASE
          WHEN d."id" IN (SELECT "rowid" FROM "article_search" WHERE "article_search" MATCH ${ftsMatch(terms, 'headline')}) THEN 3
          WHEN d."id" IN (SELECT "rowid" FROM "article_search" WHERE "article_search" MATCH ${ftsMatch(terms, 'near')}) THEN 2
          ELSE 1
        END AS "rank"
      ${fromIndex}
      WHERE ${matches(terms)} AND ${readerConditions(filters, now)}
      ORDER BY ${RESULT_ORDER}
      LIMIT ${limit} OFFSET ${offset}`;
    return rows.map((r) => ({ id: r.id, rank: Number(r.rank) as SearchRank }));
  },

  async highlights(terms, ids) {
    if (ids.length === 0) return new Map();
    const rows = await db.$queryRaw<({ id: string } & RawHighlights)[]>`
      SELECT d."article_id" AS "id",
        highlight("article_search", 0, ${MARK_OPEN}, ${MARK_CLOSE}) AS "headline",
        highlight("article_search", 1, ${MARK_OPEN}, ${MARK_CLOSE}) AS "standfirst",
        snippet("article_search", 4, ${MARK_OPEN}, ${MARK_CLOSE}, '…', ${SNIPPET_TOKENS}) AS "body"
      FROM "article_search"
      JOIN "article_search_doc" d ON d."id" = "article_search"."rowid"
      WHERE ${matches(terms)} AND d."article_id" IN (${Prisma.join(ids)})`;
    return new Map(rows.map(({ id, ...texts }) => [id, texts]));
  },
};
