// `npm run bench`: what readers' traffic costs, against a reference measured in the same run (absolute figures drift
// between runs and machines). Loopback only, each measurement bounded in time; run it alone on the machine.
//
// 1. The edge: the same response for an article and for the homepage from nginx as a static file (the page's bytes
//    and the headers the app sends readers; gzip clients get a precompressed copy, gzip_static) against the same
//    pages through the edge cache (deploy/nginx), both encodings. Target: the edge at ≥ 90 % of nginx-static.
// 2. One instance without the edge: a cached article and the cached homepage against a trivial cached route of the
//    same server (/robots.txt), Next's own per-request floor. Target: ≥ 90 %.
// 3. Editors during a spike: admin requests (sign in, the desk, an article in the editor) quiet, then under a fixed
//    rate of readers through the edge (cached pages plus uncached searches). Target: p95 within 2× of quiet.
// 4. The input paths (scripts/bench-input.ts): the worst known input of each path against an ordinary story.
// 5. A live blog of 500 entries: the feed its open pages poll, at the instance (from its cache) and through the edge,
//    against the instance's /robots.txt; and the bytes of one poll.
//
// Options: BENCH_SECONDS (default 4 per measurement), BENCH_ROUNDS (default 7; medians are printed, see measure()),
// BENCH_SPIKE_RATE (reader requests per second, default 2000), BENCH_SKIP (comma-separated: edge,instance,spike,input,live).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { databaseTarget } from '../lib/db/url';
import { benchInputPaths } from './bench-input';
import { edgeMissing, startEdge, writeEdgeConfig } from './cluster/edge';
import { applyMigrations } from './db/engine';
import { buildIsCurrent, recordBuild } from './lib/build-state';
import { nextBin } from './lib/next-bin';

const root = path.resolve(import.meta.dirname, '..');
const seconds = Number(process.env.BENCH_SECONDS ?? 4);
const rounds = Number(process.env.BENCH_ROUNDS ?? 7);
const spikeRate = Number(process.env.BENCH_SPIKE_RATE ?? 2000);
const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
const APP_PORT = Number(process.env.BENCH_PORT ?? 3200);
const EDGE_PORT = APP_PORT + 80;
const STATIC_PORT = APP_PORT + 82;
const BARE_PORT = APP_PORT + 83;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-bench-'));
// nginx's workers (an unprivileged user) read the reference files and write the cache under it.
fs.chmodSync(dir, 0o755);
const app = `http://127.0.0.1:${APP_PORT}`;
const edge = `http://127.0.0.1:${EDGE_PORT}`;
const nginxStatic = `http://127.0.0.1:${STATIC_PORT}`;
const nginxBare = `http://127.0.0.1:${BARE_PORT}`;

const missing = [edgeMissing(), spawnSync('wrk', ['--version']).error ? 'wrk is not installed: apt-get install wrk' : null].filter(Boolean);
if (missing.length > 0) {
  console.error(`The bench needs:\n${missing.map((m) => `  - ${m}`).join('\n')}`);
  process.exit(1);
}

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  DATABASE_URL: `file:${path.join(dir, 'bench.db')}`,
  MEDIA_DIR: path.join(dir, 'media'),
  DEMO_ACCOUNTS_FILE: path.join(dir, 'demo-accounts.txt'),
  SITE_URL: edge,
  TRUSTED_PROXIES: '127.0.0.1',
  DATELINE_COMPRESS: 'off',
  EDGE_PURGE_URLS: `http://127.0.0.1:${EDGE_PORT + 1}/purge`,
};

if (!buildIsCurrent()) {
  if (spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env }).status !== 0) process.exit(1);
  recordBuild();
}
await applyMigrations(databaseTarget(env.DATABASE_URL));
spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'prisma/seed/index.ts'], { stdio: 'ignore', env });

const server = spawn(process.execPath, [path.join(root, 'server.mjs'), '--port', String(APP_PORT), '--hostname', '127.0.0.1'], { env, stdio: 'ignore' });
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const lines: string[] = [];
const say = (line = '') => {
  lines.push(line);
  console.log(line);
};

/** wrk's requests per second for one address (2 threads, keep-alive). */
function wrk(url: string, connections: number, encoding: '' | 'gzip'): number {
  const run = spawnSync('wrk', ['-t2', `-c${connections}`, `-d${seconds}s`, '-H', `Accept-Encoding: ${encoding}`, url], { encoding: 'utf8' });
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(run.stdout)?.[1];
  if (!rps) throw new Error(`wrk failed on ${url}: ${run.stderr || run.stdout}`);
  const errors = /Non-2xx or 3xx responses: (\d+)/.exec(run.stdout)?.[1];
  if (errors) throw new Error(`${url} answered ${errors} errors under load`);
  return Number(rps);
}

const pct = (ratio: number) => `${Math.round(ratio * 100)} %`;
const rps = (value: number) => `${Math.round(value).toLocaleString('en-GB')} req/s`.padStart(13);

type Target = { name: string; url: string; connections: number; encoding: '' | 'gzip' };

/**
 * Targets measured in BENCH_ROUNDS rounds, each round measuring them back to back (in reverse order every other
 * round). One measurement swings by ±15 % here as wrk and the server share two cores (nginx's static reference alone
 * spread 55,000-81,000 req/s within a minute), so medians taken separately cannot be divided: `ratio` divides the
 * figures of the same round and gives the median of those ratios, and their spread. Each figure printed is a median.
 */
function measure(targets: Target[]) {
  const figures = new Map<string, number[]>(targets.map((target) => [target.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const target of round % 2 === 0 ? targets : [...targets].reverse()) figures.get(target.name)!.push(wrk(target.url, target.connections, target.encoding));
  }
  return {
    median: (name: string) => median(figures.get(name)!),
    rps: (name: string) => rps(median(figures.get(name)!)),
    ratio(name: string, of: string) {
      const ratios = figures.get(name)!.map((value, round) => value / figures.get(of)![round]!);
      return `${pct(median(ratios))} (rounds ${pct(Math.min(...ratios)).replace(' %', '')}-${pct(Math.max(...ratios))})`;
    },
  };
}

try {
  for (let i = 0; i < 240 && !(await fetch(`${app}/robots.txt`).then((r) => r.ok, () => false)); i++) await sleep(250);
  const home = await (await fetch(`${app}/`)).text();
  const article = /href="(\/[a-z-]+\/[a-z0-9-]+)"/.exec(home.slice(home.indexOf('Top story')))?.[1];
  if (!article) throw new Error('Could not find an article on the homepage');

  // The same bytes for the static reference: what the instance sends, and a gzip copy for gzip_static.
  const www = path.join(dir, 'www');
  fs.mkdirSync(www, { recursive: true });
  for (const [name, address] of [['article.html', article], ['home.html', '/']] as const) {
    const bytes = Buffer.from(await (await fetch(app + address)).arrayBuffer());
    fs.writeFileSync(path.join(www, name), bytes);
    fs.writeFileSync(path.join(www, `${name}.gz`), zlib.gzipSync(bytes, { level: 5 }));
  }
  const runDir = path.join(dir, 'edge');
  writeEdgeConfig({
    runDir,
    edgePort: EDGE_PORT,
    purgePort: EDGE_PORT + 1,
    upstreams: [{ port: APP_PORT }],
    extraServers: [
      `server { listen 127.0.0.1:${STATIC_PORT}; access_log off; root ${www}; gzip_static on; default_type text/html; include ${path.join(runDir, 'reader-headers.conf')}; }`,
      `server { listen 127.0.0.1:${BARE_PORT}; access_log off; root ${www}; gzip_static on; default_type text/html; }`,
    ].map((server) => `    ${server}\n`).join(''),
  });
  const nginx = startEdge(runDir);
  try {
    for (let i = 0; i < 40 && !(await fetch(`${edge}/robots.txt`).then((r) => r.ok, () => false)); i++) await sleep(250);
    // Warm: each page rendered, then cached at the instance and at the edge in both encodings.
    for (const url of [`${app}${article}`, `${app}/`, `${app}/robots.txt`]) for (let i = 0; i < 3; i++) await fetch(url);
    for (const address of [article, '/']) for (const encoding of ['', 'gzip']) for (let i = 0; i < 2; i++) await fetch(edge + address, { headers: { 'Accept-Encoding': encoding } });
    say(`\nDateline bench — ${os.cpus().length} cores, ${seconds} s per measurement, ${rounds} rounds, each figure and ratio a median (wrk -t2)`);
    // What each side sends: the same page, and gzip copies within a few bytes (both zlib level 5).
    const sizes = async (address: string, file: string) => {
      const bytes = (f: string) => fs.statSync(path.join(www, f)).size.toLocaleString('en-GB');
      const atEdge = (await fetch(edge + address, { headers: { 'Accept-Encoding': 'gzip' } })).headers.get('content-length');
      return `${bytes(file)} bytes; gzip ${bytes(`${file}.gz`)} from the file, ${Number(atEdge).toLocaleString('en-GB')} from the edge`;
    };
    say(`article ${article} (${await sizes(article, 'article.html')})`);
    say(`homepage (${await sizes('/', 'home.html')})`);

    if (!skip.has('edge')) {
      // The reference sends the page with the headers the app sends readers (reader-headers.conf: security headers, Vary,
      // Cache-Control; about 700 bytes, 5 % of a 12 KB gzip article), as any server of this site must; the bare file,
      // with nginx's few headers only, is printed beside it.
      say('\n1. The edge cache against nginx serving the same response from a file (64 connections; target ≥ 90 %)');
      for (const [page, address, file] of [['article', article, 'article.html'], ['home', '/', 'home.html']] as const) {
        for (const encoding of ['', 'gzip'] as const) {
          const result = measure([
            { name: 'static', url: `${nginxStatic}/${file}`, connections: 64, encoding },
            { name: 'bare', url: `${nginxBare}/${file}`, connections: 64, encoding },
            { name: 'edge', url: edge + address, connections: 64, encoding },
          ]);
          say(`   ${page} ${encoding || 'identity'}: nginx-static ${result.rps('static').trim()}, edge ${result.rps('edge').trim()} = ${result.ratio('edge', 'static')}`);
          say(`      the bare file ${result.rps('bare').trim()}: edge = ${result.ratio('edge', 'bare')} of it`);
        }
      }
    }

    if (!skip.has('instance')) {
      const result = measure([
        { name: 'robots', url: `${app}/robots.txt`, connections: 16, encoding: '' },
        { name: 'article', url: `${app}${article}`, connections: 16, encoding: '' },
        { name: 'home', url: `${app}/`, connections: 16, encoding: '' },
      ]);
      say('\n2. One instance, no edge: cached pages against its own trivial cached route (16 connections; target ≥ 90 %)');
      say(`   /robots.txt            ${result.rps('robots')}`);
      say(`   article                ${result.rps('article')}   ${result.ratio('article', 'robots')} of /robots.txt`);
      say(`   homepage               ${result.rps('home')}   ${result.ratio('home', 'robots')} of /robots.txt`);
    }

    if (!skip.has('spike')) await spike(article);
    if (!skip.has('live')) await livePolling();
  } finally {
    nginx.kill('SIGQUIT');
  }

  if (!skip.has('input')) {
    say('\n4. Input paths: the worst known input against an ordinary story of the same size (target within 2×)');
    for (const row of await benchInputPaths()) say(`   ${row}`);
  }
} finally {
  server.kill('SIGTERM');
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(0);

/** The demo's live blog grown to 500 entries, its feed (what each open page asks every 3 s) under wrk. */
async function livePolling() {
  const { createClient } = await import('../lib/db/client');
  const db = createClient(databaseTarget(env.DATABASE_URL));
  const story = await db.article.findFirstOrThrow({ where: { liveState: 'live' }, select: { id: true, slug: true, section: { select: { slug: true } } } });
  const have = await db.liveEntry.count({ where: { articleId: story.id } });
  const text = (i: number) => `Update ${i}: the coastguard has asked people to keep away from the sea front while the tide is high.`;
  const { renderEntry } = await import('../lib/articles/rendered');
  await db.liveEntry.createMany({
    data: Array.from({ length: Math.max(0, 500 - have) }, (_, i) => {
      const body = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: text(i) }] }] };
      // Stored as saveLiveEntry stores an entry: with its render.
      return { articleId: story.id, at: new Date(Date.now() - (400 + i) * 60_000), body: JSON.stringify(body), ...renderEntry(body) };
    }),
  });
  await db.$disconnect();
  const feed = `/${story.section.slug}/${story.slug}/live.json`;
  for (const url of [app + feed, app + feed]) await fetch(url);
  for (const encoding of ['', 'gzip']) for (let i = 0; i < 2; i++) await fetch(edge + feed, { headers: { 'Accept-Encoding': encoding } });
  const result = measure([
    { name: 'robots', url: `${app}/robots.txt`, connections: 16, encoding: '' },
    { name: 'origin', url: app + feed, connections: 16, encoding: '' },
    { name: 'edge', url: edge + feed, connections: 64, encoding: 'gzip' },
  ]);
  // A kept-alive connection the edge closed during wrk's run fails once: asked again.
  const ask = (url: string, init?: RequestInit) => fetch(url, init).catch(() => fetch(url, init));
  const plain = await ask(edge + feed);
  const identity = (await plain.arrayBuffer()).byteLength;
  const gzip = (await ask(edge + feed, { headers: { 'Accept-Encoding': 'gzip' } })).headers.get('content-length');
  const unchanged = await ask(app + feed, { headers: { 'If-None-Match': plain.headers.get('etag') ?? '' } });
  say(`\n5. A live blog of 500 entries: the feed each open page polls every 3 s (${feed})`);
  say(`   instance, from its cache (16 connections)   ${result.rps('origin')}   ${result.ratio('origin', 'robots')} of its /robots.txt (${result.rps('robots').trim()})`);
  say(`   through the edge, gzip (64 connections)     ${result.rps('edge')}   = ${Math.round((result.median('edge') * 3) / 1000).toLocaleString('en-GB')}k open pages polling every 3 s`);
  say(`   one poll: ${identity.toLocaleString('en-GB')} bytes, ${Number(gzip).toLocaleString('en-GB')} gzip; unchanged, ${unchanged.status} with no body`);
}

/** Admin latencies quiet and under a fixed-rate reader load through the edge. */
async function spike(article: string) {
  const accounts = fs.readFileSync(env.DEMO_ACCOUNTS_FILE, 'utf8');
  const [, email, password] = /^editor\s+(\S+)\s+(\S+)$/m.exec(accounts) ?? [];
  const cookieOf = async (): Promise<string> => {
    const response = await fetch(`${edge}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: edge },
      body: JSON.stringify({ email, password }),
    });
    if (!response.ok) throw new Error(`Sign-in failed: ${response.status}`);
    return response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  };
  // The bench's own keep-alive connection to the edge may have been closed while wrk ran: one retry.
  const cookie = await cookieOf().catch(() => cookieOf());
  const articleId = /"articleId":"([^"]+)"/.exec(await (await fetch(`${app}${article}`)).text())?.[1];
  const adminRequests = [
    () => cookieOf(),
    () => fetch(`${edge}/admin`, { headers: { cookie } }).then((r) => r.text()),
    () => fetch(`${edge}/admin/articles`, { headers: { cookie } }).then((r) => r.text()),
    ...(articleId ? [() => fetch(`${edge}/admin/articles/${articleId}`, { headers: { cookie } }).then((r) => r.text())] : []),
  ];
  const timeAdmin = async (count: number) => {
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const started = performance.now();
      // A kept-alive connection the edge has just closed fails once: the request is made again, and timed in full.
      await adminRequests[i % adminRequests.length]!().catch(() => adminRequests[i % adminRequests.length]!());
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return { p50: times[Math.floor(times.length * 0.5)]!, p95: times[Math.floor(times.length * 0.95)]! };
  };
  const quiet = await timeAdmin(40);
  // Readers: cached pages at spikeRate, and uncached searches at 1 % of it, through the edge, while the editor works;
  // each load generator in a process of its own.
  const load = (options: object) =>
    new Promise<{ average: number; p99: number; errors: number }>((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(root, 'scripts/lib/load.mjs'), JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'inherit'] });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.on('exit', () => (output ? resolve(JSON.parse(output)) : reject(new Error('the load generator failed'))));
    });
  const duration = seconds * 2;
  const readers = load({ url: edge, connections: 64, overallRate: spikeRate, duration, requests: [{ path: '/' }, { path: article }, { path: '/news' }] });
  const searches = load({ url: edge, connections: 4, overallRate: Math.max(1, Math.round(spikeRate / 100)), duration, requests: [{ path: '/search?q=harbour' }, { path: '/search?q=council+budget' }] });
  await sleep(1500);
  const loaded = await timeAdmin(40);
  const [readerResult, searchResult] = await Promise.all([readers, searches]);
  say(`\n3. Editors during a spike: ${Math.round(readerResult.average)} reader req/s and ${Math.round(searchResult.average)} searches/s through the edge`);
  say(`   admin requests (sign in, dashboard, desk, editor) quiet p50 ${quiet.p50.toFixed(0)} ms p95 ${quiet.p95.toFixed(0)} ms; under load p50 ${loaded.p50.toFixed(0)} ms p95 ${loaded.p95.toFixed(0)} ms = ${(loaded.p95 / quiet.p95).toFixed(2)}× (target ≤ 2×)`);
  say(`   readers: p99 ${readerResult.p99} ms, errors ${readerResult.errors}; searches p99 ${searchResult.p99} ms, errors ${searchResult.errors}`);
}
