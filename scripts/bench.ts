// `npm run bench`: serving throughput of the production build on the demo newsroom. Measures warm (cached)
// reader pages against a static file served by the same server, and prints requests per second and latency.
// Loopback only; each run is bounded in time. Options: BENCH_SECONDS (default 8), BENCH_CONNECTIONS (default 32).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { databaseTarget } from '../lib/db/url';
import { applyMigrations } from './db/engine';
import { buildIsCurrent, recordBuild } from './lib/build-state';
import { nextBin } from './lib/next-bin';

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const port = Number(process.env.BENCH_PORT ?? 3200);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-bench-'));
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  DATABASE_URL: `file:${path.join(dir, 'bench.db')}`,
  MEDIA_DIR: path.join(dir, 'media'),
  DEMO_ACCOUNTS_FILE: path.join(dir, 'demo-accounts.txt'),
};

if (!buildIsCurrent()) {
  spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env });
  recordBuild();
}
await applyMigrations(databaseTarget(env.DATABASE_URL));
spawnSync(process.execPath, [path.resolve(import.meta.dirname, '../node_modules/tsx/dist/cli.mjs'), 'prisma/seed/index.ts'], {
  stdio: 'inherit',
  env,
});

const server = spawn(process.execPath, [path.resolve(import.meta.dirname, '../server.mjs'), '--port', String(port), '--hostname', '127.0.0.1'], {
  env,
  stdio: 'ignore',
  detached: true,
});
const base = `http://127.0.0.1:${port}`;
try {
  await waitFor(`${base}/`);
  const home = await (await fetch(`${base}/`)).text();
  const article = /href="(\/[a-z-]+\/[a-z0-9-]+)"/.exec(home.slice(home.indexOf('Top story')))?.[1];
  const css = /href="(\/_next\/static\/[^"]+\.css)"/.exec(home)?.[1];
  if (!article || !css) throw new Error('Could not find an article link or a stylesheet on the homepage');
  const targets = [
    ['static file (baseline)', css],
    ['homepage', '/'],
    ['article', article],
    ['section front', '/news'],
  ] as const;
  const rows: string[] = [];
  let baseline = 0;
  for (const [name, url] of targets) {
    for (let i = 0; i < 3; i++) await fetch(base + url); // warm: render once, then from the full-route cache
    const cache = (await fetch(base + url)).headers.get('x-nextjs-cache') ?? '-';
    const result = await autocannon({ url: base + url, connections, duration: seconds });
    const rps = result.requests.average;
    if (name.startsWith('static')) baseline = rps;
    rows.push(
      `${name.padEnd(24)} ${String(Math.round(rps)).padStart(7)} req/s  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  ` +
        `${baseline ? `${Math.round((rps / baseline) * 100)}% of baseline` : ''}  cache: ${cache}  errors: ${result.errors + result.non2xx}`,
    );
  }
  console.log(`\n${connections} connections, ${seconds} s each, ${os.cpus().length} cores\n${rows.join('\n')}`);
} finally {
  process.kill(-server.pid!, 'SIGTERM');
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(0);

async function waitFor(url: string) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer`);
}
