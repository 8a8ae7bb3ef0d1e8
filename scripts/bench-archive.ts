// `npm run bench:archive`: whether a reader's page costs the same in a paper with a large archive as in a small one
// (issue 13). For each database (SQLite, and PostgreSQL when reachable) and each archive size, a fresh database is
// migrated and seeded (the demo newsroom, then `seed:archive --stories N`), one production server is started on it,
// and 50 distinct addresses of each kind of reader page are requested, each rendered from scratch. Printed per kind:
// p50 and p95 at every size, and the largest size's p50 over the smallest's. Gate (exit 1): that p50 ratio ≤ 1.5 for
// every kind (a month's sitemap, which lists more stories as the archive grows: p95 ≤ 200 ms), every response 200, no
// response served from a cache. Targets, printed beside: every p95 ≤ 150 ms, search p95 ≤ 50 ms.
//
// Run it alone on the machine: absolute times and ratios both move with whatever else is using the CPU. Loopback
// only; every step is bounded in time. Seeding 100,000 stories takes a few minutes on SQLite and longer on PostgreSQL.
//
// Never cached: the server runs with CACHE_MEMORY_MB=0 and without REDIS_URL, so the cache core
// (lib/cache/handlers/core.mjs) evicts every page and every 'use cache' entry the moment it is stored, and Next's
// own memory cache is off (cacheMaxMemorySize: 0 in next.config.js). Every request is a full render from the
// database, whether or not its address was asked for before. The bench checks this rather than trusting it: a page
// answered with `x-nextjs-cache: HIT` fails the run, and one article is requested three times in a row, its cache
// header and times printed. Measured addresses are still distinct wherever the database has 60 (50 measured, 10 for
// the warm-up); kinds with fewer (section fronts, authors, the deep section page, /latest/page/2) cycle through what
// there is and say how many were distinct. Beyond the cache, an instance keeps the redirect table (one for every
// address, as in production) and the proxy's Last-Modified time of each article for 10 s (lib/seo/last-modified.ts):
// the measured articles are all different, so each pays for its own.
//
// Options: BENCH_ARCHIVE_SIZES (stories, default 1000,100000), BENCH_ARCHIVE_DATABASES (default sqlite,postgresql),
// BENCH_ARCHIVE_PORT (default 3300), POSTGRES_TOOLING_URL (the PostgreSQL server; a database per size is created
// there and dropped afterwards), SITE_TIME_ZONE (which months the archive and sitemaps have).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { databaseTarget, type DatabaseKind } from '../lib/db/url';
import { applyMigrations } from './db/engine';
import { postgresReachable, toolingPostgresUrl } from './db/postgres-url';
import { buildIsCurrent, recordBuild } from './lib/build-state';
import { nextBin } from './lib/next-bin';

const root = path.resolve(import.meta.dirname, '..');
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');

const REQUESTS = 50;
const WARM_UP = 10;
const REQUEST_TIMEOUT_MS = 30_000;
const GATE_RATIO = 1.5;
const P95_TARGET_MS = 150;
const SEARCH_P95_TARGET_MS = 50;
/** Issue 13: "the index and each month's sitemap answer in ≤ 200 ms cold". */
const SITEMAP_MONTH_P95_MS = 200;
const DEEP_PAGE = 200;
const PAGE_SIZE = 20; // lib/routes.ts
const MINUTE = 60_000;

const USAGE = 'BENCH_ARCHIVE_SIZES=1000,100000 BENCH_ARCHIVE_DATABASES=sqlite,postgresql npm run bench:archive';
const list = (value: string) =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const sizes = [...new Set(list(process.env.BENCH_ARCHIVE_SIZES ?? '1000,100000').map(Number))].sort((a, b) => a - b);
const databases = [...new Set(list(process.env.BENCH_ARCHIVE_DATABASES ?? 'sqlite,postgresql'))] as DatabaseKind[];
const port = Number(process.env.BENCH_ARCHIVE_PORT ?? 3300);
const timeZone = process.env.SITE_TIME_ZONE ?? 'Europe/London';
if (sizes.length === 0 || sizes.some((n) => !Number.isSafeInteger(n) || n < 1 || n > 9_999_999)) {
  console.error(`BENCH_ARCHIVE_SIZES must be whole numbers of stories from 1 to 9,999,999.\nUsage: ${USAGE}`);
  process.exit(1);
}
if (databases.length === 0 || databases.some((d) => d !== 'sqlite' && d !== 'postgresql')) {
  console.error(`BENCH_ARCHIVE_DATABASES must list sqlite and/or postgresql.\nUsage: ${USAGE}`);
  process.exit(1);
}

const KINDS = [
  'article',
  'section page 1',
  'section page 200',
  'tag',
  'author',
  'archive month',
  'latest page 2',
  'search',
  'sitemap month',
  'feed',
] as const;
type Kind = (typeof KINDS)[number];

const origin = `http://127.0.0.1:${port}`;
const count = (n: number) => n.toLocaleString('en-GB');
const say = (line = '') => console.log(line);

// ─── cleaning up: temporary files, databases and child processes go, also on failure and Ctrl-C ───

const cleanups: (() => Promise<void> | void)[] = [];
const children = new Set<ChildProcess>();
/** Runs `fn` once, however many times the result is asked for (a signal and a `finally` may both clean up). */
const once = (fn: () => Promise<void> | void) => {
  let done: Promise<void> | null = null;
  return () => (done ??= Promise.resolve().then(fn));
};
async function cleanUp() {
  for (const child of children) child.kill('SIGTERM');
  while (cleanups.length > 0) {
    try {
      await cleanups.pop()!();
    } catch (error) {
      console.error(`Cleaning up failed: ${(error as Error).message}`);
    }
  }
}
let stopping = false;
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  // A terminal's Ctrl-C reaches this process more than once (directly and relayed by tsx): clean up once.
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.error(`\n${signal}: stopping and removing the bench's databases …`);
    void cleanUp().finally(() => process.exit(code));
  });
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-bench-archive-'));
cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
// One set of demo pictures for every database (the seed adds only what is missing): drawn once, not per size.
const mediaDir = path.join(dir, 'media');

/** The environment of the seeds and the server: this run's database and files, nothing of data/ touched. */
function appEnv(databaseUrl: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: databaseUrl,
    MEDIA_DIR: mediaDir,
    DEMO_ACCOUNTS_FILE: path.join(dir, 'demo-accounts.txt'),
    SITE_URL: origin,
    BETTER_AUTH_SECRET: randomBytes(32).toString('hex'),
    INDEXNOW_KEY: 'dateline-bench-archive',
    // Nothing kept between requests (see the header); the edge compresses in production, so the app does not here.
    CACHE_MEMORY_MB: '0',
    DATELINE_COMPRESS: 'off',
  };
  for (const name of ['REDIS_URL', 'EDGE_PURGE_URLS', 'INDEXNOW_ENDPOINT', 'NEXT_PRIVATE_DEBUG_CACHE']) delete env[name];
  return env;
}

/** A child process that must finish within `timeoutMs`; its output is shown (`inherit`) or kept for an error. */
function run(name: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number, output: 'inherit' | 'quiet'): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: output === 'inherit' ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let text = '';
    child.stdout?.on('data', (chunk) => (text = (text + chunk).slice(-4000)));
    child.stderr?.on('data', (chunk) => (text = (text + chunk).slice(-4000)));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
    }, timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      children.delete(child);
      if (code === 0) resolve();
      else reject(new Error(`${name} failed (${signal ?? `exit ${code}`}${timedOut ? `: it ran past ${timeoutMs / MINUTE} min` : ''})${text ? `:\n${text}` : ''}`));
    });
  });
}

// ─── databases ───

type Bench = { kind: DatabaseKind; size: number; url: string; label: string };

const describePostgres = (url: string) => {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}`;
};

async function postgresClient(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000, statement_timeout: 5 * MINUTE });
  await client.connect();
  return client;
}


/** A fresh, empty database for one run, removed by the returned function (also registered for Ctrl-C). */
async function createDatabase(kind: DatabaseKind, size: number): Promise<{ url: string; drop: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const file = path.join(dir, `archive-${size}.db`);
    const drop = once(() => {
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
    });
    cleanups.push(drop);
    return { url: `file:${file}`, drop };
  }
  const name = `dateline_bench_archive_${size}_${process.pid}`;
  const drop = once(async () => {
    const client = await postgresClient(toolingPostgresUrl());
    try {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } finally {
      await client.end();
    }
  });
  const client = await postgresClient(toolingPostgresUrl());
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  cleanups.push(drop);
  const url = new URL(toolingPostgresUrl());
  url.pathname = `/${name}`;
  return { url: url.toString(), drop };
}

// ─── addresses, read from the database itself ───

type Row = Record<string, unknown>;
type Reader = { all(sql: string): Promise<Row[]>; close(): Promise<void>; ms(column: string): string };

async function openReader(bench: Bench): Promise<Reader> {
  if (bench.kind === 'sqlite') {
    const target = databaseTarget(bench.url);
    if (target.kind !== 'sqlite') throw new Error(`Not an SQLite URL: ${bench.url}`);
    const sqlite = new Database(target.file, { readonly: true, fileMustExist: true });
    return { all: async (sql) => sqlite.prepare(sql).all() as Row[], close: async () => void sqlite.close(), ms: (column) => column };
  }
  const client = await postgresClient(bench.url);
  return {
    all: async (sql) => (await client.query(sql)).rows as Row[],
    close: () => client.end(),
    // timestamp(3) holds UTC without a zone: read as epoch milliseconds, never through the local time zone.
    ms: (column) => `(extract(epoch FROM ${column}) * 1000)::bigint`,
  };
}

/** A stored time as epoch milliseconds: SQLite keeps ISO text (or numbers), PostgreSQL's bigint arrives as text. */
function toMs(value: unknown): number {
  if (typeof value === 'number' || typeof value === 'bigint') return Number(value);
  if (typeof value === 'string') return /^-?\d+$/.test(value) ? Number(value) : Date.parse(value);
  if (value instanceof Date) return value.getTime();
  return NaN;
}

const monthFormat = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' });
/** "2026-11": the month, in the site's time zone, of an instant (lib/sitemaps/months.ts). */
const monthOf = (ms: number) => {
  const parts = Object.fromEntries(monthFormat.formatToParts(ms).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}`;
};

/** `n` items spread evenly over `items` (all of them when there are no more than `n`). */
function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]!);
}
const cycle = <T>(items: readonly T[], n: number): T[] => Array.from({ length: n }, (_, i) => items[i % items.length]!);

type AddressSet = { warm: string[]; measured: string[]; distinct: number; note?: string };

/**
 * 50 measured addresses and 10 for the warm-up, all different when there are 60 candidates; otherwise the measured
 * ones cycle through every candidate (each still rendered in full, see the header) and the warm-up reuses them.
 */
function addressSet(candidates: readonly string[], note?: string): AddressSet {
  const unique = [...new Set(candidates)];
  if (unique.length === 0) return { warm: [], measured: [], distinct: 0, note };
  if (unique.length >= REQUESTS + WARM_UP) {
    const picked = spread(unique, REQUESTS + WARM_UP);
    // Every sixth for the warm-up, so both sets span the whole range (old and new, big lists and small).
    return { warm: picked.filter((_, i) => i % 6 === 5), measured: picked.filter((_, i) => i % 6 !== 5), distinct: REQUESTS, note };
  }
  const measured = cycle(spread(unique, REQUESTS), REQUESTS);
  return { warm: cycle(unique, WARM_UP), measured, distinct: Math.min(unique.length, REQUESTS), note };
}

const STOP_WORDS = new Set(['with', 'from', 'over', 'after', 'into', 'that', 'this', 'than', 'their', 'they', 'were', 'have', 'will', 'what', 'when', 'says', 'said', 'more', 'amid', 'about', 'could', 'would']);
const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * 60 searches from the stories' own headlines, in three blocks of 20 (so the warm-up takes from each): the most
 * common words, the rarest, and three consecutive words of headlines spread over the archive.
 */
function searchQueries(headlines: readonly string[]): string[] {
  const frequency = new Map<string, number>();
  for (const headline of headlines) {
    for (const word of new Set(wordsOf(headline))) {
      if (word.length >= 4 && !/^\d+$/.test(word) && !STOP_WORDS.has(word)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    }
  }
  const byFrequency = [...frequency].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
  const common = byFrequency.slice(0, 20);
  const rarest = byFrequency.slice(-Math.max(20, byFrequency.filter((w) => frequency.get(w)! <= 2).length)).filter((w) => !common.includes(w));
  const rare = spread(rarest, 20);
  const phrases = [
    ...new Set(
      spread(headlines, 200)
        .map((headline) => wordsOf(headline))
        .filter((words) => words.length >= 5)
        .map((words) => words.slice(1, 4).join(' ')),
    ),
  ];
  return [...common, ...rare, ...spread(phrases, 20)];
}

type Picked = { sets: Map<Kind, AddressSet>; article: string; stories: number };

async function pickAddresses(bench: Bench): Promise<Picked> {
  const reader = await openReader(bench);
  try {
    const now = Date.now();
    const live = `a."status" IN ('published', 'scheduled') AND a."publishedAt" IS NOT NULL`;
    const rows = await reader.all(
      `SELECT a."id" AS id, a."slug" AS slug, s."slug" AS section, a."headline" AS headline, ${reader.ms('a."publishedAt"')} AS t,
              a."noindex" AS noindex, a."canonicalUrl" AS canonical
       FROM "Article" a JOIN "Section" s ON s."id" = a."sectionId" WHERE ${live}`,
    );
    // What readers see: the publication time has come (as every reader query filters).
    const stories = rows
      .map((r) => ({ id: String(r.id), slug: String(r.slug), section: String(r.section), headline: String(r.headline), t: toMs(r.t), indexed: !r.noindex && !r.canonical }))
      .filter((s) => s.t <= now)
      .sort((a, b) => a.t - b.t || (a.id < b.id ? -1 : 1));
    const visible = new Set(stories.map((s) => s.id));
    /** Slugs with at least one visible story, the most stories first. */
    const listed = async (sql: string) => {
      const counts = new Map<string, number>();
      for (const r of await reader.all(sql)) if (visible.has(String(r.id))) counts.set(String(r.slug), (counts.get(String(r.slug)) ?? 0) + 1);
      return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    };
    const tags = await listed(`SELECT t."slug" AS slug, x."articleId" AS id FROM "ArticleTag" x JOIN "Tag" t ON t."id" = x."tagId"`);
    const authors = await listed(`SELECT p."slug" AS slug, x."articleId" AS id FROM "ArticleAuthor" x JOIN "Author" p ON p."id" = x."authorId"`);
    const sectionCounts = new Map<string, number>();
    for (const s of stories) sectionCounts.set(s.section, (sectionCounts.get(s.section) ?? 0) + 1);
    const sections = [...sectionCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

    const articles = spread(stories, REQUESTS + WARM_UP).map((s) => `/${s.section}/${s.slug}`);
    const [largest, largestCount] = sections[0] ?? ['', 0];
    const lastPage = Math.max(1, Math.ceil(largestCount / PAGE_SIZE));
    const deep = Math.min(DEEP_PAGE, lastPage);
    const deepPath = deep > 1 ? `/${largest}/page/${deep}` : `/${largest}`;
    const months = (of: typeof stories) => [...new Set(of.map((s) => monthOf(s.t)))].sort();
    /** The `n` values that occur most often (ties: in order), in their order. */
    const fullest = (values: string[], n: number) => {
      const counts = new Map<string, number>();
      for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
      const top = new Set([...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n).map(([value]) => value));
      return [...top].sort();
    };
    // Feeds of sections, tags and authors in turn, each in the next of the three formats.
    // Only full feeds (a page of stories or more) at every size: a tag with two stories at 1,000 has twenty at
    // 100,000, and the ratio would measure the feed's length, not the archive's cost.
    const full = (lists: [string, number][]) => lists.filter(([, n]) => n >= PAGE_SIZE);
    const feedLists = [
      full(sections).map(([slug]) => `section/${slug}`),
      spread(full(tags), REQUESTS + WARM_UP).map(([slug]) => `tag/${slug}`),
      spread(full(authors), REQUESTS + WARM_UP).map(([slug]) => `author/${slug}`),
    ];
    const feeds: string[] = [];
    for (let i = 0; feeds.length < REQUESTS + WARM_UP && feedLists.some((l) => l.length > 0); i++) {
      const next = feedLists[i % 3]!.shift();
      if (next) feeds.push(`/feeds/${next}/${['rss.xml', 'atom.xml', 'feed.json'][feeds.length % 3]}`);
    }

    const sets = new Map<Kind, AddressSet>([
      ['article', addressSet(articles)],
      ['section page 1', addressSet(sections.map(([slug]) => `/${slug}`))],
      ['section page 200', addressSet([deepPath], deep === DEEP_PAGE ? `${deepPath}` : `${deepPath} (the last page of the largest section)`)],
      ['tag', addressSet(spread(tags, REQUESTS + WARM_UP).map(([slug]) => `/tag/${slug}`))],
      ['author', addressSet(spread(authors, REQUESTS + WARM_UP).map(([slug]) => `/author/${slug}`))],
      // The fullest months: at 1,000 stories a month holds about 6 (a page of 6 cards), at 100,000 about 550 (a page of
      // 20); the ratio should measure the archive's cost, not the length of the page.
      ['archive month', addressSet(fullest(stories.map((s) => monthOf(s.t)), REQUESTS + WARM_UP).map((m) => `/archive/${m.replace('-', '/')}`))],
      ['latest page 2', addressSet(stories.length > PAGE_SIZE ? ['/latest/page/2'] : [])],
      ['search', addressSet(searchQueries(stories.map((s) => s.headline)).map((q) => `/search?q=${encodeURIComponent(q)}`))],
      ['sitemap month', addressSet(spread(months(stories.filter((s) => s.indexed)), REQUESTS + WARM_UP).map((m) => `/sitemaps/articles/${m}.xml`))],
      ['feed', addressSet(feeds)],
    ]);
    return { sets, article: sets.get('article')!.warm[0] ?? articles[0] ?? '/', stories: stories.length };
  } finally {
    await reader.close();
  }
}

// ─── the server and the requests ───

type Sample = { ms: number; status: number | string; cache: string | null };

/** One request, timed from sending it to the last byte of its body; redirects are not followed (they are not 200). */
async function timed(address: string): Promise<Sample> {
  // Stopping: no more requests, or the server's graceful close would wait for this bench's own connection.
  if (stopping) throw new Error('stopped');
  const started = performance.now();
  try {
    const response = await fetch(origin + address, { redirect: 'manual', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    await response.arrayBuffer();
    return { ms: performance.now() - started, status: response.status, cache: response.headers.get('x-nextjs-cache') };
  } catch (error) {
    return { ms: performance.now() - started, status: (error as Error).name === 'TimeoutError' ? 'timeout' : 'error', cache: null };
  }
}

const answers = (url: string) => fetch(url, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function startServer(env: NodeJS.ProcessEnv): Promise<() => Promise<void>> {
  // Another server on the port would be measured instead of this one.
  if (await answers(`${origin}/robots.txt`)) throw new Error(`Something already answers on ${origin}: stop it or set BENCH_ARCHIVE_PORT.`);
  const server = spawn(process.execPath, [path.join(root, 'server.mjs'), '--port', String(port), '--hostname', '127.0.0.1'], { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
  children.add(server);
  let errors = '';
  server.stderr.on('data', (chunk) => (errors = (errors + chunk).slice(-4000)));
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const stop = once(async () => {
    if (server.exitCode === null && server.signalCode === null) {
      server.kill('SIGTERM');
      const timer = setTimeout(() => server.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    children.delete(server);
  });
  cleanups.push(stop);
  for (let i = 0; i < 360; i++) {
    if (server.exitCode !== null) throw new Error(`The server stopped at start (exit ${server.exitCode}):\n${errors}`);
    if (await answers(`${origin}/robots.txt`)) return stop;
    await sleep(250);
  }
  await stop();
  throw new Error(`The server did not answer within 90 s:\n${errors}`);
}

type KindResult = { times: number[]; failures: Map<string, number>; hits: number; distinct: number; note?: string };
type RunResult = { results: Map<Kind, KindResult>; uncached: string; stories: number };

const percentile = (sorted: number[], p: number) => (sorted.length === 0 ? NaN : sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!);

async function measure(bench: Bench, picked: Picked): Promise<RunResult> {
  const sets = picked.sets;
  // Warm-up, not counted: the first renders of each kind also compile its code paths (JIT), which is not the
  // archive's cost.
  for (const kind of KINDS) for (const address of sets.get(kind)!.warm) await timed(address);

  // The same article three times in a row: each must be a render (no HIT), in about the time of a first request.
  const repeats: Sample[] = [];
  for (let i = 0; i < 3; i++) repeats.push(await timed(picked.article));
  const uncached = `${picked.article} three times: ${repeats.map((r) => `${r.status} ${r.cache ?? 'no x-nextjs-cache'} ${r.ms.toFixed(1)} ms`).join(', ')}`;
  if (repeats.some((r) => r.cache === 'HIT')) throw new Error(`Pages are being served from a cache although CACHE_MEMORY_MB=0 (${uncached}): the bench would not measure renders.`);

  const results = new Map<Kind, KindResult>(KINDS.map((kind) => [kind, { times: [], failures: new Map(), hits: 0, distinct: sets.get(kind)!.distinct, note: sets.get(kind)!.note }]));
  // Round-robin over the kinds, so that drift during the run (other work on the machine, the database's own page
  // cache filling) falls on every kind alike.
  for (let i = 0; i < REQUESTS; i++) {
    for (const kind of KINDS) {
      const address = sets.get(kind)!.measured[i];
      if (address === undefined) continue;
      const sample = await timed(address);
      const result = results.get(kind)!;
      result.times.push(sample.ms);
      if (sample.status !== 200) {
        const key = `${sample.status} ${address}`;
        result.failures.set(key, (result.failures.get(key) ?? 0) + 1);
      }
      if (sample.cache === 'HIT') result.hits++;
    }
    if ((i + 1) % 10 === 0) say(`${bench.label} measured ${(i + 1) * KINDS.length} of ${REQUESTS * KINDS.length} requests`);
  }
  return { results, uncached, stories: picked.stories };
}

async function runOne(kind: DatabaseKind, size: number): Promise<RunResult> {
  const label = `[${kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'} ${count(size)}]`;
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
  const database = await createDatabase(kind, size);
  const bench: Bench = { kind, size, url: database.url, label };
  try {
    say(`${label} migrating a fresh database${kind === 'postgresql' ? ` (${new URL(database.url).pathname.slice(1)})` : ''} …`);
    await applyMigrations(databaseTarget(database.url));
    const env = appEnv(database.url);
    say(`${label} seeding the demo newsroom … (${elapsed()})`);
    await run('The demo seed (prisma/seed/index.ts)', [tsx, 'prisma/seed/index.ts'], env, 10 * MINUTE, 'quiet');
    say(`${label} adding ${count(size)} archive stories (npm run seed:archive) … (${elapsed()})`);
    await run('npm run seed:archive', [tsx, 'scripts/seed-archive.ts', '--stories', String(size)], env, 15 * MINUTE + size * 20, 'inherit');
    say(`${label} choosing addresses from the database … (${elapsed()})`);
    const picked = await pickAddresses(bench);
    say(`${label} ${count(picked.stories)} visible stories; distinct addresses: ${KINDS.map((k) => `${k} ${picked.sets.get(k)!.distinct}`).join(', ')}`);
    say(`${label} first addresses: ${KINDS.map((k) => picked.sets.get(k)!.measured[0] ?? `(no ${k})`).join('  ')}`);
    say(`${label} starting the production server (CACHE_MEMORY_MB=0) on ${origin} … (${elapsed()})`);
    const stop = await startServer(env);
    try {
      say(`${label} ${WARM_UP} warm-up requests per kind, then ${REQUESTS} measured … (${elapsed()})`);
      const result = await measure(bench, picked);
      say(`${label} done (${elapsed()})`);
      return result;
    } finally {
      await stop();
    }
  } finally {
    await database.drop();
  }
}

// ─── the table ───

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');
const shortSize = (n: number) => (n >= 1000 && n % 1000 === 0 ? `${count(n / 1000)}k` : count(n));

/** Prints one database's table; returns whether its gate passed. */
function printTable(name: string, runs: Map<number, RunResult>): boolean {
  const measuredSizes = [...runs.keys()];
  const small = measuredSizes[0]!;
  const large = measuredSizes.at(-1)!;
  const stats = (size: number, kind: Kind) => {
    const result = runs.get(size)!.results.get(kind)!;
    const sorted = [...result.times].sort((a, b) => a - b);
    return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), result };
  };
  const header = ['kind', 'distinct', ...measuredSizes.flatMap((s) => [`${shortSize(s)} p50`, 'p95']), 'ratio p50', 'p95', `gate ≤ ${GATE_RATIO}`, 'not 200', 'p95 target'];
  const rows: string[][] = [];
  let passed = true;
  const notes: string[] = [];
  for (const kind of KINDS) {
    const perSize = measuredSizes.map((size) => stats(size, kind));
    const first = perSize[0]!;
    const last = perSize.at(-1)!;
    const ratio50 = last.p50 / first.p50;
    const ratio95 = last.p95 / first.p95;
    const failures = perSize.reduce((n, s) => n + [...s.result.failures.values()].reduce((a, b) => a + b, 0), 0);
    const hits = perSize.reduce((n, s) => n + s.result.hits, 0);
    const empty = perSize.some((s) => s.result.times.length === 0);
    // A month's sitemap lists every story of the month: 6 at 1,000 stories, 550 at 100,000. Its size grows with the
    // archive, so no ratio can hold; it is held to the issue's own bound for it, 200 ms cold.
    const grows = kind === 'sitemap month';
    let gate = measuredSizes.length < 2 ? '–' : (grows ? last.p95 <= SITEMAP_MONTH_P95_MS : ratio50 <= GATE_RATIO) ? 'PASS' : 'FAIL';
    if (grows && gate !== '–') gate += ` (p95 ≤ ${SITEMAP_MONTH_P95_MS})`;
    if (failures > 0 || hits > 0 || empty) gate = 'FAIL';
    if (gate === 'FAIL') passed = false;
    const target = kind === 'search' ? SEARCH_P95_TARGET_MS : P95_TARGET_MS;
    const missed = measuredSizes.filter((_, i) => !(perSize[i]!.p95 <= target));
    rows.push([
      kind,
      [...new Set(perSize.map((s) => s.result.distinct))].join('/'),
      ...perSize.flatMap((s) => [ms(s.p50), ms(s.p95)]),
      measuredSizes.length < 2 ? '–' : ratio50.toFixed(2),
      measuredSizes.length < 2 ? '–' : ratio95.toFixed(2),
      gate,
      String(failures),
      `≤ ${target} ms ${missed.length === 0 ? 'met' : `missed at ${missed.map(shortSize).join(', ')}`}`,
    ]);
    for (const [i, s] of perSize.entries()) {
      for (const [failure, n] of s.result.failures) notes.push(`${kind} at ${count(measuredSizes[i]!)}: ${n}× ${failure}`);
      if (s.result.hits > 0) notes.push(`${kind} at ${count(measuredSizes[i]!)}: ${s.result.hits} responses were cache HITs`);
      if (s.result.times.length === 0) notes.push(`${kind} at ${count(measuredSizes[i]!)}: no address of this kind in the database`);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i >= cells.length - 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  say();
  say(`${name}: cold renders (CACHE_MEMORY_MB=0), ${REQUESTS} requests per kind after ${WARM_UP} warm-up, ms from sending to the last byte`);
  say(`stories: ${measuredSizes.map((s) => `${count(s)} archive + demo = ${count(runs.get(s)!.stories)} visible`).join('; ')}`);
  say(line(header));
  for (const row of rows) say(line(row));
  say(`ratio: p50 (and p95) at ${count(large)} over ${count(small)}; the gate is the p50 ratio (a month's sitemap, which lists more stories as the archive grows: its p95), every response 200 and none a cache HIT`);
  for (const size of measuredSizes) say(`section page 200 at ${count(size)}: ${runs.get(size)!.results.get('section page 200')!.note}`);
  for (const size of measuredSizes) say(`uncached check at ${count(size)}: ${runs.get(size)!.uncached}`);
  for (const note of notes) say(`!! ${note}`);
  return passed;
}

// ─── the run ───

let exitCode = 0;
try {
  say(`Dateline archive bench — ${os.cpus().length} cores; sizes ${sizes.map(count).join(', ')}; databases ${databases.join(', ')} (run it alone on the machine)`);
  if (!buildIsCurrent()) {
    say('Building the production site (next build) …');
    await run('next build', [nextBin, 'build'], { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, 20 * MINUTE, 'inherit');
    recordBuild();
  }
  let measured = 0;
  const tables: { name: string; runs: Map<number, RunResult> }[] = [];
  for (const kind of databases) {
    const name = kind === 'sqlite' ? 'SQLite' : 'PostgreSQL';
    if (kind === 'postgresql' && !(await postgresReachable())) {
      say(`PostgreSQL at ${describePostgres(toolingPostgresUrl())} is not reachable (POSTGRES_TOOLING_URL): skipped.`);
      continue;
    }
    const runs = new Map<number, RunResult>();
    for (const size of sizes) runs.set(size, await runOne(kind, size));
    tables.push({ name, runs });
    measured++;
    if (!printTable(name, runs)) exitCode = 1;
  }
  if (tables.length > 1) {
    say('\nAll tables again:');
    for (const table of tables) printTable(table.name, table.runs);
  }
  if (measured === 0) {
    say('Nothing was measured.');
    exitCode = 1;
  }
  say(exitCode === 0 ? '\nGate passed.' : '\nGate FAILED (see the rows marked FAIL and the lines marked !!).');
} catch (error) {
  // After Ctrl-C, the step it cut short fails too: that is no news.
  if (!stopping) console.error(`\n${(error as Error).message}`);
  exitCode = 1;
} finally {
  await cleanUp();
}
process.exit(exitCode);
