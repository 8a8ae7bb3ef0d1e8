// `npm run bench:insights`: whether the newsroom's dashboard (/admin/insights) stays fast on a year of page views
// for a 100,000-story archive (issue 15). For each database (SQLite, and PostgreSQL when reachable) a fresh database
// is migrated and given a small and a large history of views, written through the same grains the app keeps
// (lib/analytics/grains.ts): every story is read over its first two days hour by hour, then once a day for two
// weeks, a few stories far more than the rest, publication times spread over the year. Then every query the
// dashboard makes, for the whole site (an editor) and for one writer's stories (2,000 of them), for every period,
// is timed BENCH_INSIGHTS_RUNS times, and so is drawing its charts. Printed: p50 and p95 per query at each size,
// and the whole page's worth of queries. Gate (exit 1): at the largest size the page's queries together are under
// PAGE_P95_TARGET_MS at p95, for the whole site and for a writer.
//
// Run it alone on the machine. Options: BENCH_INSIGHTS_STORIES (default 1000,100000), BENCH_INSIGHTS_DATABASES
// (default sqlite,postgresql), BENCH_INSIGHTS_RUNS (default 20), POSTGRES_TOOLING_URL.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { DatabaseKind } from '../lib/db/url';
import { databaseTarget } from '../lib/db/url';
import { applyMigrations } from './db/engine';
import { postgresReachable, toolingPostgresUrl } from './db/postgres-url';
import { randomFor } from '../prisma/seed/views';

const list = (value: string) => value.split(',').map((s) => s.trim()).filter(Boolean);
const sizes = list(process.env.BENCH_INSIGHTS_STORIES ?? '1000,100000').map(Number).sort((a, b) => a - b);
const kinds = list(process.env.BENCH_INSIGHTS_DATABASES ?? 'sqlite,postgresql') as DatabaseKind[];
const RUNS = Number(process.env.BENCH_INSIGHTS_RUNS ?? 20);
const PAGE_P95_TARGET_MS = 150;
const WRITER_STORIES = 2000;
const ZONE = 'Europe/London';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

if (sizes.some((n) => !Number.isSafeInteger(n) || n < 100) || !RUNS) {
  console.error('Usage: BENCH_INSIGHTS_STORIES=1000,100000 BENCH_INSIGHTS_DATABASES=sqlite,postgresql npm run bench:insights');
  process.exit(1);
}


async function freshDatabase(kind: DatabaseKind, size: number): Promise<{ url: string; drop: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-bench-insights-'));
    return { url: `file:${path.join(dir, 'bench.db')}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `dateline_bench_insights_${size}_${process.pid}`;
  const admin = new pg.Client({ connectionString: toolingPostgresUrl() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(toolingPostgresUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: toolingPostgresUrl() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

type Lib = {
  db: import('../lib/db/client').Database;
  grains: typeof import('../lib/analytics/grains');
  insights: typeof import('../lib/analytics/insights');
  chart: typeof import('../components/admin/insights/chart-svg');
};

/** Stories (bare rows: the dashboard reads headlines and sections) and a year of their views. */
async function fill({ db, grains }: Lib, bulk: Bulk, size: number, now: Date): Promise<{ rows: number; views: number }> {
  const sections = Array.from({ length: 10 }, (_, i) => ({ id: `bench_section_${i}`, slug: `bench-section-${i}`, name: `Section ${i + 1}`, position: i }));
  await db.section.createMany({ data: sections });
  await db.user.create({ data: { id: 'bench_writer', email: 'writer@bench.example', name: 'Bench Writer', role: 'author' } });
  // Seeded, so both databases and every run get the same history.
  const random = randomFor(`bench-${size}`);
  let rows = 0;
  let views = 0;
  const BATCH = 1000;
  // The section grains gather across batches: summed here and written once at the end.
  const sectionSlots = new Map<string, { sectionId: string; slot: Date; views: number }>();
  const sectionDays = new Map<string, { sectionId: string; day: string; views: number }>();
  for (let from = 0; from < size; from += BATCH) {
    const stories = Array.from({ length: Math.min(BATCH, size - from) }, (_, i) => {
      const n = from + i;
      const publishedAt = new Date(now.getTime() - random() * 365 * DAY);
      return {
        id: `bench_${String(n).padStart(7, '0')}`,
        slug: `bench-story-${n}`,
        headline: `Bench story ${n}`,
        status: 'published',
        publishedAt,
        sectionId: sections[Math.floor(random() * random() * sections.length)]!.id,
        ownerId: n < WRITER_STORIES ? 'bench_writer' : null,
      };
    });
    await bulk.insert(
      'Article',
      ['id', 'slug', 'headline', 'status', 'publishedAt', 'sectionId', 'ownerId', 'modifiedAt'],
      stories.map((a) => [a.id, a.slug, a.headline, a.status, a.publishedAt, a.sectionId, a.ownerId, now]),
    );
    const counts: import('../lib/analytics/grains').ViewCount[] = [];
    for (const story of stories) {
      const reach = 30 * Math.exp(random() * 3) * (random() < 0.05 ? 10 : 1);
      const start = Math.ceil(story.publishedAt.getTime() / HOUR) * HOUR;
      // Hour by hour for two days (five-minute detail where that falls in the last two days), then once a day.
      const moments = [...Array.from({ length: 48 }, (_, h) => start + h * HOUR), ...Array.from({ length: 14 }, (_, d) => start + (d + 2) * DAY + 9 * HOUR)];
      for (const [i, at] of moments.entries()) {
        if (at > now.getTime()) break;
        const count = Math.round(reach * (i < 48 ? Math.exp(-i / 12) : 0.05) * (0.5 + random()));
        if (count <= 0) continue;
        if (at > now.getTime() - 2 * DAY) {
          for (let s = 0; s < 12 && at + s * grains.SLOT_MS <= now.getTime(); s++) counts.push({ articleId: story.id, sectionId: story.sectionId, at: new Date(at + s * grains.SLOT_MS), views: Math.ceil(count / 12) });
        } else {
          counts.push({ articleId: story.id, sectionId: story.sectionId, at: new Date(at), views: count });
        }
      }
    }
    // Story grains are new rows, written in bulk straight to the database (Prisma's createMany manages ~7,000 rows
    // a second, and a year for 100,000 stories is millions).
    const g = grains.grainsOf(counts, ZONE, now);
    await bulk.insert('ArticleViewHour', ['articleId', 'hour', 'views'], g.articleHours.map((r) => [r.articleId, r.hour, r.views]));
    await bulk.insert('ArticleViewSlot', ['articleId', 'slot', 'views'], g.articleSlots.map((r) => [r.articleId, r.slot, r.views]));
    await bulk.insert('ArticleViewDay', ['articleId', 'day', 'views'], g.articleDays.map((r) => [r.articleId, r.day, r.views]));
    for (const r of g.sectionSlots) {
      const key = `${r.sectionId}|${r.slot.toISOString()}`;
      sectionSlots.set(key, { ...r, views: (sectionSlots.get(key)?.views ?? 0) + r.views });
    }
    for (const r of g.sectionDays) {
      const key = `${r.sectionId}|${r.day}`;
      sectionDays.set(key, { ...r, views: (sectionDays.get(key)?.views ?? 0) + r.views });
    }
    rows += g.articleHours.length + g.articleSlots.length + g.articleDays.length;
    views += counts.reduce((a, c) => a + c.views, 0);
    if ((from / BATCH) % 10 === 0) process.stderr.write(`  ${(from + stories.length).toLocaleString('en-GB')} stories, ${rows.toLocaleString('en-GB')} rows of views\r`);
  }
  process.stderr.write('\n');
  await bulk.insert('SectionViewSlot', ['sectionId', 'slot', 'views'], [...sectionSlots.values()].map((r) => [r.sectionId, r.slot, r.views]));
  await bulk.insert('SectionViewDay', ['sectionId', 'day', 'views'], [...sectionDays.values()].map((r) => [r.sectionId, r.day, r.views]));
  return { rows: rows + sectionSlots.size + sectionDays.size, views };
}

type Value = string | number | Date | null;
type Bulk = { insert(table: string, columns: string[], rows: Value[][]): Promise<void>; close(): Promise<void> };

/** Rows written with the database's own driver, in large statements, as Prisma stores them (dates on SQLite as text). */
async function bulkWriter(url: string): Promise<Bulk> {
  if (url.startsWith('file:')) {
    const sqlite = new Database(url.slice('file:'.length));
    const encode = (v: Value) => (v instanceof Date ? v.toISOString().replace('Z', '+00:00') : v);
    return {
      async insert(table, columns, rows) {
        const statement = sqlite.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
        sqlite.transaction(() => rows.forEach((row) => statement.run(...row.map(encode))))();
      },
      close: async () => void sqlite.close(),
    };
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    async insert(table, columns, rows) {
      const per = Math.floor(30_000 / columns.length);
      for (let i = 0; i < rows.length; i += per) {
        const chunk = rows.slice(i, i + per);
        const values = chunk.map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`).join(', ');
        await client.query(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${values}`, chunk.flat());
      }
    },
    close: () => client.end(),
  };
}


const percentile = (samples: number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

type Timings = Map<string, number[]>;

async function measure({ insights, chart, db }: Lib, now: Date): Promise<Timings> {
  const timings: Timings = new Map();
  const time = async (name: string, work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    const ms = performance.now() - started;
    timings.set(name, [...(timings.get(name) ?? []), ms]);
    return ms;
  };
  const writer = insights.insightsScope({ userId: 'bench_writer', sessionId: 'bench', name: 'Writer', email: 'w@bench.example', role: 'author', authorId: null });
  const story = await db.article.findFirstOrThrow({ where: { ownerId: 'bench_writer' }, orderBy: { id: 'asc' } });
  for (let run = 0; run < RUNS + 2; run++) {
    const record = run >= 2; // two warm-up runs
    for (const [who, scope] of [['site', { kind: 'site' as const }], ['writer', writer]] as const) {
      let page = 0;
      page += await time(`${who}: figures`, () => insights.headlineFigures(scope, now, ZONE));
      page += await time(`${who}: 48 hours`, () => insights.hourlyViews(scope, now));
      page += await time(`${who}: 30 days`, () => insights.dailyViews(scope, now, ZONE));
      for (const period of ['now', 'today', '7d', '30d'] as const) {
        const ms = await time(`${who}: top stories ${period}`, () => insights.topStories(scope, period, now, ZONE));
        const ms2 = await time(`${who}: top sections ${period}`, () => insights.topSections(scope, period, now, ZONE));
        if (period === 'today') page += ms + ms2;
      }
      if (record) timings.set(`${who}: the page's queries (today)`, [...(timings.get(`${who}: the page's queries (today)`) ?? []), page]);
    }
    await time('a story: first week', () => insights.storyInsights(story.id, now));
    await time('drawing a 48-bar chart', async () => chart.barChartSvg({ labels: Array.from({ length: 48 }, (_, i) => `${i}`), values: Array.from({ length: 48 }, (_, i) => i * 7) }));
    if (!record) timings.clear();
  }
  return timings;
}

/** One database and size, in a process of its own (the app's database client is made once per process). */
async function child(kind: DatabaseKind, size: number): Promise<void> {
  const { url, drop } = await freshDatabase(kind, size);
  try {
    await applyMigrations(databaseTarget(url));
    process.env.DATABASE_URL = url;
    const lib: Lib = {
      db: (await import('../lib/db/client')).db,
      grains: await import('../lib/analytics/grains'),
      insights: await import('../lib/analytics/insights'),
      chart: await import('../components/admin/insights/chart-svg'),
    };
    const now = new Date();
    const started = performance.now();
    const bulk = await bulkWriter(url);
    const { rows, views } = await fill(lib, bulk, size, now);
    await bulk.close();
    console.log(`  ${kind}, ${size.toLocaleString('en-GB')} stories: ${rows.toLocaleString('en-GB')} rows, ${views.toLocaleString('en-GB')} views written in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    await lib.db.$executeRawUnsafe('ANALYZE');
    const timings = await measure(lib, now);
    await lib.db.$disconnect();
    console.log(`RESULT ${JSON.stringify([...timings])}`);
  } finally {
    await drop();
  }
}

function runOne(kind: DatabaseKind, size: number): Timings {
  const result = spawnSync(process.execPath, [...process.execArgv, import.meta.filename], {
    env: { ...process.env, BENCH_INSIGHTS_CHILD: `${kind}:${size}` },
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    timeout: 30 * 60_000,
  });
  const lines = (result.stdout ?? '').trim().split('\n');
  for (const line of lines.filter((l) => !l.startsWith('RESULT '))) console.log(line);
  const found = lines.find((l) => l.startsWith('RESULT '));
  if (result.status !== 0 || !found) throw new Error(`The ${kind} run with ${size} stories failed (exit ${result.status ?? result.signal})`);
  return new Map(JSON.parse(found.slice('RESULT '.length)) as [string, number[]][]);
}

if (process.env.BENCH_INSIGHTS_CHILD) {
  const [kind, size] = process.env.BENCH_INSIGHTS_CHILD.split(':') as [DatabaseKind, string];
  await child(kind, Number(size));
  process.exit(0);
}

const reachable = kinds.includes('postgresql') && (await postgresReachable());
let failed = false;
for (const kind of kinds) {
  if (kind === 'postgresql' && !reachable) {
    console.log(`PostgreSQL is not reachable at ${toolingPostgresUrl()}: skipped.`);
    continue;
  }
  console.log(`\n${kind}`);
  const results = new Map<number, Timings>();
  for (const size of sizes) results.set(size, runOne(kind, size));
  const names = [...results.get(sizes[0]!)!.keys()];
  const header = ['query', ...sizes.flatMap((s) => [`p50 ${s / 1000}k`, `p95 ${s / 1000}k`])];
  const table = names.map((name) => [name, ...sizes.flatMap((s) => [percentile(results.get(s)!.get(name)!, 50), percentile(results.get(s)!.get(name)!, 95)].map((ms) => `${ms.toFixed(1)} ms`))]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  for (const row of [header, ...table]) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
  const largest = results.get(sizes.at(-1)!)!;
  for (const who of ['site', 'writer']) {
    const p95 = percentile(largest.get(`${who}: the page's queries (today)`)!, 95);
    const ok = p95 <= PAGE_P95_TARGET_MS;
    failed ||= !ok;
    console.log(`${ok ? 'PASS' : 'FAIL'} ${kind} ${who}: the dashboard's queries at ${sizes.at(-1)!.toLocaleString('en-GB')} stories, p95 ${p95.toFixed(1)} ms (target ≤ ${PAGE_P95_TARGET_MS} ms)`);
  }
}
process.exit(failed ? 1 : 0);
