// `npm run test:restore`: the backup round trip CI runs. The demo newsroom on a new SQLite database is backed up
// (`npm run backup`), restored into a new PostgreSQL database (`npm run restore`), both sites are started, and the
// main content of every address in the sitemaps is compared, byte for byte. Needs PostgreSQL
// (POSTGRES_TOOLING_URL) and a current production build (made here when the sources changed).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { toolingPostgresUrl } from './db/postgres-url';
import { buildIsCurrent, recordBuild } from './lib/build-state';
import { nextBin } from './lib/next-bin';

const root = path.resolve(import.meta.dirname, '..');
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-roundtrip-'));
const PORTS = { original: 3410, restored: 3411 };
// Both sites believe they are the same public site, so that absolute addresses in pages agree.
const SITE_URL = 'http://127.0.0.1:3410';

const base = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SITE_URL, DEMO_ACCOUNTS_FILE: path.join(work, 'accounts.txt') };
const original = { ...base, DATABASE_URL: `file:${path.join(work, 'original.db')}`, MEDIA_DIR: path.join(work, 'original-media') };
const server = toolingPostgresUrl();
const name = `dateline_restore_${Date.now()}_${process.pid}`;
const restoredUrl = new URL(server);
restoredUrl.pathname = `/${name}`;
const restored = { ...base, DATABASE_URL: restoredUrl.toString(), MEDIA_DIR: path.join(work, 'restored-media') };

function run(label: string, args: string[], env: NodeJS.ProcessEnv) {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { env, cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${label} failed:\n${result.stdout}\n${result.stderr}`);
  console.log(`${label}: ${Math.round(performance.now() - started)} ms. ${result.stdout.trim().split('\n').at(-1) ?? ''}`);
}

async function start(port: number, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(root, 'server.mjs'), '--port', String(port), '--hostname', '127.0.0.1'], { env, stdio: 'ignore' });
  for (let i = 0; i < 240; i++) {
    if (await fetch(`http://127.0.0.1:${port}/robots.txt`).then((r) => r.ok, () => false)) return child;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill();
  throw new Error(`The site on port ${port} did not start`);
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!.replace(/&amp;/g, '&')).pathname);

/** Every page address in the sitemaps (the index, then each sitemap it lists). */
async function sitemapAddresses(origin: string): Promise<string[]> {
  const pages = new Set<string>();
  const queue = ['/sitemap.xml', '/news-sitemap.xml'];
  for (const address of queue) {
    const xml = await (await fetch(origin + address)).text();
    for (const loc of locs(xml)) {
      if (/sitemap.*\.xml$|^\/sitemaps\//.test(loc)) {
        if (!queue.includes(loc)) queue.push(loc);
      } else pages.add(loc);
    }
  }
  return [...pages].sort();
}

/** The page's <main> element as sent. */
async function mainOf(origin: string, address: string): Promise<{ status: number; main: string }> {
  const response = await fetch(origin + address, { redirect: 'manual' });
  const html = await response.text();
  const main = html.match(/<main[\s>][\s\S]*<\/main>/)?.[0] ?? '';
  return { status: response.status, main };
}

const children: ChildProcess[] = [];
let failed = false;
const admin = new pg.Client({ connectionString: server });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}"`);
try {
  if (!buildIsCurrent()) {
    run('next build', [nextBin, 'build'], process.env);
    recordBuild();
  }
  run('migrate (SQLite)', [tsx, 'scripts/db/migrate.ts'], original);
  run('seed (SQLite)', [tsx, 'prisma/seed/index.ts'], original);
  const archive = path.join(work, 'backup.tar.gz');
  run('npm run backup', [tsx, 'scripts/backup.ts', archive], original);
  run('npm run restore (PostgreSQL)', [tsx, 'scripts/restore.ts', archive], restored);

  children.push(await start(PORTS.original, original), await start(PORTS.restored, restored));
  const origins = { original: `http://127.0.0.1:${PORTS.original}`, restored: `http://127.0.0.1:${PORTS.restored}` };
  const addresses = await sitemapAddresses(origins.original);
  const restoredAddresses = await sitemapAddresses(origins.restored);
  if (addresses.join('\n') !== restoredAddresses.join('\n')) throw new Error(`The sitemaps differ: ${addresses.length} addresses against ${restoredAddresses.length}`);
  if (addresses.length < 50) throw new Error(`Only ${addresses.length} addresses in the sitemaps: the demo newsroom did not load`);
  const differing: string[] = [];
  for (const address of addresses) {
    const [a, b] = [await mainOf(origins.original, address), await mainOf(origins.restored, address)];
    if (a.status !== 200 || !a.main) differing.push(`${address}: the original answered ${a.status}${a.main ? '' : ' with no <main>'}`);
    else if (a.status !== b.status || a.main !== b.main) {
      const at = [...a.main].findIndex((char, i) => char !== b.main[i]);
      differing.push(`${address}: ${b.status}; first difference at ${at}: …${a.main.slice(Math.max(0, at - 60), at + 60)}… against …${b.main.slice(Math.max(0, at - 60), at + 60)}…`);
    }
  }
  if (differing.length > 0) {
    failed = true;
    console.error(`${differing.length} of ${addresses.length} pages differ after the round trip:\n${differing.slice(0, 10).join('\n')}`);
  } else {
    console.log(`Backup SQLite → restore PostgreSQL: the main content of all ${addresses.length} sitemap addresses is identical.`);
  }
} catch (error) {
  failed = true;
  console.error((error as Error).message);
} finally {
  for (const child of children) child.kill('SIGTERM');
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
  await admin.end();
  fs.rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
