// `npm run lighthouse`: Lighthouse (mobile preset) on the production build: the homepage, an article and a section
// front of the demo newsroom, served by server.mjs (as `npm start` serves it) on a free port from a freshly migrated and seeded scratch
// database. Each page is audited LIGHTHOUSE_RUNS times (default 3: one run's performance score swings with the
// machine's load); prints every run's four category scores and their median, writes the JSON reports to
// artifacts/lighthouse/, and fails unless accessibility, best practices and SEO score 100 in every run. Builds first
// when the sources changed.
// Uses Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium); nothing is fetched from the network.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS } from '../e2e/env';
import { databaseTarget } from '../lib/db/url';
import { applyMigrations } from './db/engine';
import { buildIsCurrent, recordBuild } from './lib/build-state';
import { nextBin } from './lib/next-bin';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'artifacts/lighthouse');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const lighthouseCli = path.join(root, 'node_modules/lighthouse/cli/index.js');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** Categories that must score 100; performance is reported (it depends on the machine's load) but not enforced. */
const REQUIRED = ['accessibility', 'best-practices', 'seo'] as const;
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));

type Report = {
  finalDisplayedUrl: string;
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string }>;
};

/** The middle value (the mean of the two middle values for an even count). */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The page's HTML, trying again while the server starts (or drops a kept-alive connection). */
async function get(url: string, attempts = 3): Promise<string> {
  for (let i = 1; ; i++) {
    try {
      const response = await fetch(url, { headers: { connection: 'close' } });
      const body = await response.text();
      if (response.ok) return body;
      if (i >= attempts) throw new Error(`${url} answered ${response.status}`);
    } catch (error) {
      if (i >= attempts) throw error;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** The audits that cost a category points, for the failure message. */
function failingAudits(report: Report, category: string): string[] {
  return report.categories[category]!.auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => ({ id: ref.id, audit: report.audits[ref.id]! }))
    .filter(({ audit }) => audit.scoreDisplayMode === 'binary' || audit.scoreDisplayMode === 'numeric')
    .filter(({ audit }) => audit.score !== null && audit.score < 1)
    .map(({ id, audit }) => `${id} (${audit.title})`);
}

/**
 * The sizes of the page's first picture (its lead, given fetchpriority="high"): Next's optimiser makes each size on
 * its first request and keeps it, so readers after the first get it from disk. Fetched ahead, as a browser asks.
 */
function leadPictureSizes(html: string): string[] {
  const img = /<img[^>]*fetchpriority="high"[^>]*>/i.exec(html)?.[0] ?? '';
  const srcset = /srcset="([^"]+)"/i.exec(img)?.[1] ?? '';
  return srcset
    .replaceAll('&amp;', '&')
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0]!)
    .filter(Boolean);
}

if (!fs.existsSync(chromium)) {
  console.error(`Chromium not found at ${chromium}: apt-get install chromium, or set CHROMIUM_PATH.`);
  process.exit(1);
}

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-lighthouse-'));
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  DATABASE_URL: `file:${path.join(scratch, 'lighthouse.db')}`,
  MEDIA_DIR: path.join(scratch, 'media'),
  DEMO_ACCOUNTS_FILE: path.join(scratch, 'demo-accounts.txt'),
  // Canonical URLs and robots.txt name the address Lighthouse visits.
  SITE_URL: base,
};

if (!buildIsCurrent()) {
  console.log('Building the site (changed sources)…');
  const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
  recordBuild();
}
await applyMigrations(databaseTarget(env.DATABASE_URL));
const seed = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'prisma/seed/index.ts'], { stdio: 'ignore', env });
if (seed.status !== 0) throw new Error('Seeding the scratch database failed');

const serverLog = path.join(scratch, 'server.log');
const logFd = fs.openSync(serverLog, 'a');
const server = spawn(process.execPath, [path.join(root, 'server.mjs'), '--port', String(port), '--hostname', '127.0.0.1'], {
  env,
  stdio: ['ignore', logFd, logFd],
  detached: true,
});

let failed = false;
try {
  const home = await get(`${base}/`, 120);
  const article = /href="(\/[a-z-]+\/[a-z0-9-]+)"/.exec(home.slice(home.indexOf('Top story')))?.[1];
  const section = /id="block-([a-z0-9-]+)"/.exec(home)?.[1];
  if (!article || !section) throw new Error('Could not find an article and a section block on the homepage');
  const pages = { home: '/', article, section: `/${section}` } as const;

  fs.mkdirSync(outDir, { recursive: true });
  const row = (label: string, scores: number[], url = '') => `${label.padEnd(14)}${scores.map((s) => String(s).padStart(16)).join('')}   ${url}`;
  const rows: string[] = [];
  for (const [name, url] of Object.entries(pages)) {
    // Rendered on the first request, then served from the full-route cache: measure what readers get.
    let html = '';
    for (let i = 0; i < 2; i++) html = await get(base + url);
    for (const src of leadPictureSizes(html)) await fetch(base + src, { headers: { accept: 'image/avif,image/webp,*/*' } }).then((r) => r.arrayBuffer());
    const runs: number[][] = [];
    for (let i = 1; i <= RUNS; i++) {
      const output = path.join(outDir, RUNS > 1 ? `${name}-${i}.json` : `${name}.json`);
      const run = spawnSync(
        process.execPath,
        [lighthouseCli, base + url, '--output=json', `--output-path=${output}`, '--quiet', `--chrome-flags=${CHROME_FLAGS}`],
        { stdio: 'inherit', env: { ...env, CHROME_PATH: chromium } },
      );
      if (run.status !== 0) throw new Error(`Lighthouse failed on ${url}`);
      const report = JSON.parse(fs.readFileSync(output, 'utf8')) as Report;
      const scores = CATEGORIES.map((c) => Math.round((report.categories[c]?.score ?? 0) * 100));
      runs.push(scores);
      rows.push(row(`${name} #${i}`, scores, url));
      for (const category of REQUIRED) {
        if ((report.categories[category]?.score ?? 0) < 1) {
          failed = true;
          console.error(`${name} (run ${i}): ${category} below 100: ${failingAudits(report, category).join('; ')}`);
        }
      }
    }
    if (RUNS > 1) rows.push(row(`${name} median`, CATEGORIES.map((_, c) => median(runs.map((scores) => scores[c]!))), url));
  }
  console.log(`\n${'page'.padEnd(14)}${CATEGORIES.map((c) => c.padStart(16)).join('')}   address\n${rows.join('\n')}`);
  console.log(`\nReports: ${path.relative(root, outDir)}/*.json`);
} catch (error) {
  failed = true;
  console.error(error);
  console.error(`\nServer log (last lines):\n${fs.readFileSync(serverLog, 'utf8').split('\n').slice(-30).join('\n')}`);
} finally {
  process.kill(-server.pid!, 'SIGTERM');
  fs.rmSync(scratch, { recursive: true, force: true });
}
if (failed) console.error('\nAccessibility, best practices and SEO must score 100 on every page.');
process.exit(failed ? 1 : 0);
