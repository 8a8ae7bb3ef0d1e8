// `npm run test:cluster`: the cluster suite (e2e/cluster) on a new PostgreSQL database of its own, dropped afterwards.
// Needs nginx with its Lua module, redis-server and PostgreSQL (POSTGRES_TOOLING_URL); says what is missing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { edgeMissing } from './cluster/edge';
import { toolingPostgresUrl } from './db/postgres-url';

const root = path.resolve(import.meta.dirname, '..');
const missing = [edgeMissing(), spawnSync('redis-server', ['--version']).status === 0 ? null : 'redis-server is not installed: apt-get install redis-server'].filter(Boolean);
if (missing.length > 0) {
  console.error(`The cluster suite cannot run here:\n${missing.map((m) => `  - ${m}`).join('\n')}`);
  process.exit(1);
}

const server = toolingPostgresUrl();
const name = `dateline_cluster_e2e_${Date.now()}_${process.pid}`;
const admin = new pg.Client({ connectionString: server });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}"`);
await admin.end();
const url = new URL(server);
url.pathname = `/${name}`;
const media = path.join(root, 'data/cluster-e2e/media');
fs.rmSync(path.join(root, 'data/cluster-e2e'), { recursive: true, force: true });

let status = 1;
try {
  const playwright = path.join(root, 'node_modules/@playwright/test/cli.js');
  const run = spawnSync(process.execPath, [playwright, 'test', '--config', 'playwright.cluster.config.ts', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: url.toString(), MEDIA_DIR: media, NEXT_TELEMETRY_DISABLED: '1' },
  });
  status = run.status ?? 1;
} finally {
  const cleanup = new pg.Client({ connectionString: server });
  await cleanup.connect();
  await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await cleanup.end();
}
process.exit(status);
