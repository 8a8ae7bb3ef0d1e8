import { appendFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMostRead } from '@/lib/analytics/most-read';
import { getArchiveDay, getArchiveMonth, getArchiveYear, getArchiveYears } from '@/lib/archive/queries';
import { readBreakingNews } from '@/lib/articles/breaking';
import {
  getArticle,
  getAuthorArticles,
  getHomepage,
  getLatestArticlesPage,
  getRelatedArticles,
  getSectionArticles,
  getTagArticles,
} from '@/lib/articles/queries';
import { listDeskArticles } from '@/lib/articles/desk-queries';
import { deskFilterSchema } from '@/lib/articles/schemas';
import type { Viewer } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { databaseTarget } from '@/lib/db/url';
import { getFeed } from '@/lib/feeds/queries';
import { findRedirect } from '@/lib/redirects/queries';
import { parseSearchParams } from '@/lib/search/params';
import { searchArticles } from '@/lib/search/search';
import { articleEntries, listingEntries, newsEntries, sitemapFiles } from '@/lib/sitemaps/queries';
import { seed } from '@/prisma/seed/seed';
import { mediaDir } from '@/lib/media/storage';
import { seedArchive } from '@/prisma/seed/archive';

// Every query a reader page sends, and the newsroom's article list, captured as the app sends it, and its plan
// asked of the database: none may read the whole story table, or sort all of its matches to show a page of them,
// because such a query grows with the archive (a 100,000-story archive made them half a second each). SQLite runs
// on the planner statistics of a seeded archive; PostgreSQL is told not to scan tables sequentially where it has
// any other way, so a plan that still scans has no index to use.

const STORY_TABLES = ['Article', 'ArticleTag', 'ArticleAuthor'];
const target = databaseTarget();
const ARCHIVE = 2_000;

type Captured = { sql: string; values: unknown[] };
const captured = new Map<string, Captured>();
const record = (sql: string, values: unknown[] = []) => {
  // A statement Prisma writes for an empty list (`WHERE 1=0`) reads nothing, whatever its plan says.
  if (/^\s*(SELECT|WITH)\b/i.test(sql) && !/WHERE 1=0/.test(sql) && !captured.has(sql)) captured.set(sql, { sql, values });
};

// Observation only: the real drivers run every query; their entry points also note the SQL and its values.
// Prisma's adapter binds the values first (`prepare(sql).bind(values)`), then runs the bound statement.
const statementMethods = ['bind', 'all', 'get', 'iterate', 'run'] as const;
const statementPrototype = Object.getPrototypeOf(new Database(':memory:').prepare('SELECT 1')) as Record<string, (...args: unknown[]) => unknown>;
const statementOriginals = Object.fromEntries(statementMethods.map((name) => [name, statementPrototype[name]!]));
const query = pg.Client.prototype.query;
function startCapture() {
  for (const name of statementMethods) {
    statementPrototype[name] = function (this: { source: string }, ...args: unknown[]) {
      record(this.source, args.flat());
      return statementOriginals[name]!.apply(this, args);
    };
  }
  pg.Client.prototype.query = function (this: pg.Client, config: unknown, values?: unknown, ...rest: unknown[]) {
    if (typeof config === 'string') record(config, Array.isArray(values) ? values : []);
    else if (config && typeof config === 'object' && 'text' in config) record(String(config.text), (config as { values?: unknown[] }).values ?? []);
    return (query as (...args: unknown[]) => unknown).call(this, config, values, ...rest);
  } as typeof query;
}
function stopCapture() {
  for (const name of statementMethods) statementPrototype[name] = statementOriginals[name]!;
  pg.Client.prototype.query = query;
}

/** The story tables a statement reads, by the names or aliases its plan will use. */
function storyNames(sql: string): Set<string> {
  const names = new Set(STORY_TABLES);
  for (const match of sql.matchAll(/["`](\w+)["`]\s+(?:AS\s+)?["`]?([A-Za-z_]\w*)["`]?/gi)) {
    if (STORY_TABLES.includes(match[1]!) && !/^(WHERE|JOIN|ON|LEFT|INNER|ORDER|GROUP|LIMIT|SET|VALUES|AND|OR)$/i.test(match[2]!)) names.add(match[2]!);
  }
  return names;
}

/**
 * What is wrong with a statement's plan: a full read of a story table. An index read in order until a LIMIT (a page
 * of the newsroom's list, however deep, from the index alone) is not one, nor a count from an index alone (the list
 * counts its stories: every entry of a narrow index, a fraction of the table); the bench (npm run bench:archive)
 * measures what those cost.
 */
async function planProblems(explain: (statement: Captured) => Promise<string[]>, statement: Captured): Promise<string[]> {
  const lines = await explain(statement);
  if (process.env.PLANS_LOG) appendFileSync(process.env.PLANS_LOG, `${statement.sql}\n  ${lines.join('\n  ')}\n\n`);
  const names = storyNames(statement.sql);
  const boundedOrCounted = /\bLIMIT\b/i.test(statement.sql) || /^\s*SELECT\s+COUNT\(\*\)/i.test(statement.sql);
  const problems: string[] = [];
  for (const line of lines) {
    const sqliteScan = /^SCAN (?:main\.)?(\w+)( USING (?:COVERING )?INDEX)?/.exec(line.trim());
    const postgresScan = /Seq Scan on "?(\w+)"?/.exec(line);
    const scanned = sqliteScan?.[1] ?? postgresScan?.[1];
    const indexWalk = Boolean(sqliteScan?.[2]) && boundedOrCounted;
    if (scanned && names.has(scanned) && !indexWalk) problems.push(line.trim());
  }
  return problems.length ? [`${statement.sql}\n  plan: ${lines.join(' | ')}`] : [];
}

/**
 * Makes SQLite's planner see the story tables `factor` times as large as the seeded archive (the statistics
 * ANALYZE wrote, scaled: rows, and rows per key where a key is not unique), so plans are chosen as for a
 * 100,000-story archive without seeding one in the test.
 */
function scaleStatistics(file: string, factor: number) {
  const sqlite = new Database(file);
  const rows = sqlite.prepare(`SELECT rowid, tbl, stat FROM sqlite_stat1 WHERE tbl IN (${STORY_TABLES.map(() => '?').join(',')})`).all(...STORY_TABLES) as { rowid: number; stat: string }[];
  const update = sqlite.prepare('UPDATE sqlite_stat1 SET stat = ? WHERE rowid = ?');
  for (const { rowid, stat } of rows) {
    const scaled = stat.split(' ').map((part, i) => (/^\d+$/.test(part) && (i === 0 || Number(part) > 1) ? String(Number(part) * factor) : part));
    update.run(scaled.join(' '), rowid);
  }
  // Samples of the small archive (when SQLite keeps them) would contradict the scaled counts.
  const hasSamples = sqlite.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_stat4'").get();
  if (hasSamples) sqlite.exec('DELETE FROM sqlite_stat4');
  sqlite.close();
}

/** A member of the newsroom with this role, as the desk sees them (the desk reads only the role and the id). */
const member = (role: 'editor' | 'contributor'): Viewer => ({ userId: `plans-${role}`, sessionId: 'plans', name: role, email: `${role}@plans.example`, role, authorId: null });

describe('reader queries at archive scale', () => {
  let explain: (statement: Captured) => Promise<string[]>;
  let close = async () => {};

  beforeAll(async () => {
    await seed({ db, mediaRoot: mediaDir(), demoAccounts: false });
    await seedArchive({ target, stories: ARCHIVE });
    if (target.kind === 'sqlite') {
      scaleStatistics(target.file, 50);
      const sqlite = new Database(target.file, { readonly: true });
      explain = async ({ sql, values }) =>
        sqlite
          .prepare(`EXPLAIN QUERY PLAN ${sql}`)
          .all(...values)
          .map((row) => String((row as { detail: string }).detail));
      close = async () => void sqlite.close();
    } else {
      const client = new pg.Client({ connectionString: target.url });
      await client.connect();
      await client.query('SET enable_seqscan = off');
      explain = async ({ sql, values }) => (await client.query(`EXPLAIN ${sql}`, values)).rows.map((row) => String(row['QUERY PLAN']));
      close = () => client.end();
    }
  }, 300_000);

  afterAll(async () => {
    stopCapture();
    await close();
    // The suites after this one share the database: leave it the size it was.
    await db.article.deleteMany({ where: { id: { startsWith: 'arch_' } } });
    await db.tag.deleteMany({ where: { id: { startsWith: 'arch_tag_' } } });
  });

  it('reads no story table whole, for any page a reader or crawler can ask for', async () => {
    const now = new Date();
    const story = await db.article.findFirstOrThrow({ where: { id: { startsWith: 'arch_' } }, include: { section: true } });
    const [tag, author] = await Promise.all([
      db.tag.findFirstOrThrow({ where: { articles: { some: {} } } }),
      db.author.findFirstOrThrow({ where: { articles: { some: {} } } }),
    ]);
    const month = story.publishedAt!.toISOString().slice(0, 7);

    startCapture();
    await getHomepage();
    for (const page of [1, 2, 50]) {
      await getLatestArticlesPage(page);
      await getSectionArticles(story.section.slug, page);
      await getTagArticles(tag.slug, page);
      await getAuthorArticles(author.slug, page);
    }
    await getArticle(story.slug);
    await getRelatedArticles(story.id);
    await getArchiveYears();
    await getArchiveYear(month.slice(0, 4));
    await getArchiveMonth(month, 1);
    await getArchiveDay(story.publishedAt!.toISOString().slice(0, 10), 1);
    await readMostRead(now);
    await readBreakingNews(now);
    await findRedirect('/news/an-old-address');
    await getFeed({ kind: 'site', slug: null }, true);
    await getFeed({ kind: 'section', slug: story.section.slug }, false);
    await getFeed({ kind: 'tag', slug: tag.slug }, false);
    await getFeed({ kind: 'author', slug: author.slug }, false);
    await sitemapFiles(now);
    for await (const entry of articleEntries(month, 1, now)) void entry;
    for await (const entry of newsEntries(now)) void entry;
    for (const kind of ['sections', 'tags', 'authors'] as const) for await (const entry of listingEntries(kind, 1, now)) void entry;
    const word = story.headline.split(/\s+/).find((w) => w.length > 4) ?? story.headline;
    for (const params of [{ q: word }, { q: word, page: '3' }, { q: `${word} the`, section: story.section.slug }, { q: word, author: author.slug, from: `${month}-01` }]) {
      await searchArticles(parseSearchParams(params));
    }
    // The newsroom's article list, every sort and filter, the headline's words too (of three characters or more: a
    // shorter filter reads every headline, see the README), deep too.
    // A contributor's own list only by latest change: the seeded archive's stories have no owner, so the planner
    // reads "one owner's stories" as half the archive and rightly walks the publication index for the other sorts.
    const desk = [
      ...['modified', 'published', 'headline'].map((sort) => ({ viewer: member('editor'), sort })),
      { viewer: member('contributor'), sort: 'modified' },
    ];
    for (const { viewer, sort } of desk) {
      // "the" is in most headlines: more matches than the desk counts, so a page walks the sort's index.
      const words = [{ q: word }, { q: word.slice(1, 4), status: 'published' }, { q: `${word} `, section: story.section.slug }, { q: 'the' }];
      for (const filter of [{}, { status: 'draft' }, { section: story.section.slug }, { author: author.slug }, ...words]) {
        for (const page of ['1', '2', '60']) await listDeskArticles(viewer, deskFilterSchema.parse({ ...filter, sort, page }));
      }
    }
    stopCapture();

    expect(captured.size).toBeGreaterThan(20);
    const problems: string[] = [];
    for (const statement of captured.values()) problems.push(...(await planProblems(explain, statement)));
    expect(problems, problems.join('\n\n')).toEqual([]);
  });
});
