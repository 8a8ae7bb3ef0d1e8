// `npm run bench:import`: how long a 10,000-post WordPress export takes to import (issue 14: "10,000 items import in
// a few minutes"). For each database (SQLite, and PostgreSQL when reachable) a fresh database is migrated, given one
// administrator, and `npm run import -- wxr` is run on a generated export: 10,000 posts of five paragraphs, 20
// authors, 8 categories, a pool of 300 tags (3 a post), a picture in one post of ten (100 distinct files read from a
// local uploads folder). Then the same import again, which must create nothing. Printed: seconds for each, stories a
// second, and the database's size. Gate (exit 1): each first import ≤ 300 s and creates every post; the second
// creates none.
//
// Run it alone on the machine. Options: BENCH_IMPORT_POSTS (default 10000), BENCH_IMPORT_DATABASES (default
// sqlite,postgresql), POSTGRES_TOOLING_URL (the PostgreSQL server; a database is created there and dropped after).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import sharp from 'sharp';
import { createClient } from '../lib/db/client';
import { databaseTarget, type DatabaseTarget } from '../lib/db/url';
import { applyMigrations } from './db/engine';
import { toolingPostgresUrl } from './db/postgres-url';

const root = path.resolve(import.meta.dirname, '..');
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
const POSTS = Number(process.env.BENCH_IMPORT_POSTS ?? 10_000);
const GATE_SECONDS = 300;
const databases = (process.env.BENCH_IMPORT_DATABASES ?? 'sqlite,postgresql').split(',').map((s) => s.trim());
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-bench-import-'));
const SITE = 'https://archive.example';

const words = 'harbour council ferry lifeboat market quay tide storm regatta library school bakery pier lighthouse museum choir'.split(' ');
const sentence = (n: number) => {
  const picked = Array.from({ length: 14 }, (_, i) => words[(n * 7 + i * 3) % words.length]);
  return `${picked.join(' ')} number ${n}.`.replace(/^./, (c) => c.toUpperCase());
};

async function writeExport(file: string, uploads: string) {
  for (let p = 0; p < 100; p++) {
    const target = path.join(uploads, '2015/01', `picture-${p}.jpg`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, await sharp({ create: { width: 320, height: 200, channels: 3, background: { r: p * 2, g: 80, b: 160 } } }).jpeg().toBuffer());
  }
  const out = fs.createWriteStream(file);
  const write = (text: string) => new Promise<void>((resolve) => (out.write(text) ? resolve() : out.once('drain', resolve)));
  await write(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Archive</title><link>${SITE}</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>${SITE}</wp:base_site_url>
${Array.from({ length: 20 }, (_, a) => `<wp:author><wp:author_login>writer${a}</wp:author_login><wp:author_display_name><![CDATA[Writer Number ${a}]]></wp:author_display_name></wp:author>`).join('\n')}
${Array.from({ length: 8 }, (_, c) => `<wp:category><wp:category_nicename>desk-${c}</wp:category_nicename><wp:cat_name><![CDATA[Desk ${c}]]></wp:cat_name></wp:category>`).join('\n')}
`);
  for (let n = 0; n < POSTS; n++) {
    const date = new Date(Date.UTC(2005, 0, 1) + n * 5 * 3_600_000);
    const stamp = date.toISOString().replace('T', ' ').slice(0, 19);
    const picture = n % 10 === 0 ? `<figure><img src="${SITE}/wp-content/uploads/2015/01/picture-${n % 100}-300x200.jpg" alt="Picture ${n % 100}"><figcaption>Caption ${n}</figcaption></figure>\n` : '';
    const body = Array.from({ length: 5 }, (_, p) => `<p>${sentence(n + p)} ${sentence(n * 3 + p)}</p>`).join('\n');
    const slug = `archive-story-${n}`;
    await write(`<item><title>Archive story ${n}: ${words[n % words.length]} news</title><link>${SITE}/${date.getUTCFullYear()}/${slug}/</link>
<dc:creator><![CDATA[writer${n % 20}]]></dc:creator><guid isPermaLink="false">${SITE}/?p=${n + 1}</guid>
<content:encoded><![CDATA[${picture}${body}]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>${n + 1}</wp:post_id><wp:post_date_gmt>${stamp}</wp:post_date_gmt><wp:post_name>${slug}</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
<category domain="category" nicename="desk-${n % 8}"><![CDATA[Desk ${n % 8}]]></category>
${[0, 1, 2].map((t) => `<category domain="post_tag" nicename="topic-${(n * 7 + t * 101) % 300}"><![CDATA[Topic ${(n * 7 + t * 101) % 300}]]></category>`).join('')}
</item>
`);
  }
  await write('</channel></rss>\n');
  await new Promise<void>((resolve) => out.end(resolve));
}

function timedImport(target: DatabaseTarget, file: string, uploads: string, media: string) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [tsx, 'scripts/import.ts', 'wxr', file, '--uploads', uploads], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: target.url, MEDIA_DIR: media, SITE_URL: 'http://localhost:3000' },
    encoding: 'utf8',
    timeout: 20 * 60_000,
  });
  const seconds = (performance.now() - started) / 1000;
  const done = /Done in [\d.]+ s: (\d+) created, (\d+) skipped, (\d+) refused/.exec(run.stdout);
  const held = /held the database for (\d+) ms/.exec(run.stdout);
  if (run.status !== 0 || !done) throw new Error(`import failed (${run.status}):\n${run.stderr.slice(-2000)}\n${run.stdout.slice(-2000)}`);
  return { seconds, created: Number(done[1]), skipped: Number(done[2]), refused: Number(done[3]), heldMs: Number(held?.[1] ?? NaN) };
}

const file = path.join(work, 'export.xml');
const uploads = path.join(work, 'uploads');
console.log(`Writing a WordPress export of ${POSTS.toLocaleString('en-GB')} posts …`);
await writeExport(file, uploads);
console.log(`  ${(fs.statSync(file).size / 1048576).toFixed(1)} MB`);

let failed = false;
for (const kind of databases) {
  let target: DatabaseTarget;
  let drop = async () => {};
  if (kind === 'sqlite') {
    target = databaseTarget(`file:${path.join(work, 'bench.db')}`);
  } else {
    const tooling = toolingPostgresUrl();
    const name = `dateline_bench_import_${process.pid}`;
    const admin = new pg.Client({ connectionString: tooling });
    try {
      await admin.connect();
    } catch {
      console.log(`postgresql: not reachable at ${tooling}, skipped`);
      continue;
    }
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(tooling);
    url.pathname = `/${name}`;
    target = databaseTarget(url.href);
    drop = async () => {
      const client = new pg.Client({ connectionString: tooling });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
  }
  try {
    await applyMigrations(target);
    const client = createClient(target);
    await client.section.create({ data: { slug: 'news', name: 'News' } });
    await client.user.create({ data: { email: 'bench-admin@example.org', name: 'Bench Admin', role: 'administrator' } });
    await client.$disconnect();
    const media = path.join(work, `media-${kind}`);
    const first = timedImport(target, file, uploads, media);
    const again = timedImport(target, file, uploads, media);
    const size = kind === 'sqlite' ? `${(fs.statSync(target.url.replace(/^file:/, '')).size / 1048576).toFixed(0)} MB` : '';
    console.log(
      `${kind}: first import ${first.seconds.toFixed(1)} s (${(first.created / first.seconds).toFixed(0)} stories/s, ${first.created} created, ${first.refused} refused, longest transaction ${first.heldMs} ms)` +
        `; again ${again.seconds.toFixed(1)} s (${again.created} created, ${again.skipped} skipped)${size ? `; database ${size}` : ''}`,
    );
    if (first.seconds > GATE_SECONDS || first.created !== POSTS || again.created !== 0) {
      console.log(`  FAIL: the first import must create all ${POSTS} posts within ${GATE_SECONDS} s, the second none`);
      failed = true;
    }
  } finally {
    await drop();
  }
}
fs.rmSync(work, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
