// The scale-out topology on one machine: CLUSTER_INSTANCES production instances of the app on PostgreSQL, sharing
// Redis, behind the nginx edge cache (deploy/nginx/dateline-edge.conf). Used by `npm run cluster`, the cluster test
// suite and the benchmark. See deploy/README.md for the same parts on several machines.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import Redis from 'ioredis';
import { databaseTarget } from '../../lib/db/url';
import { applyMigrations } from '../db/engine';
import { buildIsCurrent, recordBuild } from '../lib/build-state';
import { nextBin } from '../lib/next-bin';
import { edgeMissing, reloadEdge, startEdge, writeEdgeConfig } from './edge';

const root = path.resolve(import.meta.dirname, '../..');

export type ClusterOptions = {
  instances: number;
  databaseUrl: string;
  redisUrl: string;
  edgePort: number;
  purgePort: number;
  appPortBase: number;
  runDir: string;
  /** Extra environment for every instance (tests: IndexNow receiver, clock). */
  env?: Record<string, string>;
  log?: (line: string) => void;
};

export function clusterOptionsFromEnv(env = process.env): ClusterOptions {
  const edgePort = Number(env.EDGE_PORT ?? 8080);
  return {
    instances: Math.max(1, Number(env.CLUSTER_INSTANCES ?? 2)),
    databaseUrl: env.CLUSTER_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/dateline_cluster',
    redisUrl: env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    edgePort,
    purgePort: Number(env.EDGE_PURGE_PORT ?? edgePort + 1),
    appPortBase: Number(env.CLUSTER_APP_PORT ?? 3001),
    runDir: path.resolve(root, env.CLUSTER_RUN_DIR ?? 'data/cluster'),
  };
}

export type Instance = { index: number; port: number; process: ChildProcess; ready: boolean };
export type Cluster = {
  options: ClusterOptions;
  edgeOrigin: string;
  instances: Instance[];
  /** Stops instance `index` (SIGKILL: as if its machine died). */
  kill(index: number): void;
  /** Starts a stopped instance again and waits until it is ready. */
  restart(index: number): Promise<void>;
  stop(): Promise<void>;
};

/** What is missing to run the cluster here, one line each with the fix. */
export async function clusterMissing(options: ClusterOptions): Promise<string[]> {
  const missing: string[] = [];
  const edge = edgeMissing();
  if (edge) missing.push(edge);
  const redis = new Redis(options.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1000, retryStrategy: () => null });
  redis.on('error', () => {});
  try {
    await redis.connect();
    await redis.ping();
  } catch {
    missing.push(`Redis does not answer at ${options.redisUrl}: start it (redis-server --daemonize yes) or set REDIS_URL`);
  } finally {
    redis.disconnect();
  }
  const server = new URL(options.databaseUrl);
  server.pathname = '/postgres';
  const client = new pg.Client({ connectionString: server.toString(), connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
  } catch {
    missing.push(`PostgreSQL does not answer at ${server.host}: start it, or set CLUSTER_DATABASE_URL (the cluster never runs on SQLite)`);
  } finally {
    await client.end().catch(() => {});
  }
  return missing;
}

/** Creates the database when it does not exist; returns whether it was new. */
async function ensureDatabase(url: string): Promise<boolean> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`CLUSTER_DATABASE_URL: use a database name of letters, digits and underscores (got "${name}")`);
  const server = new URL(url);
  server.pathname = '/postgres';
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount) return false;
    await client.query(`CREATE DATABASE "${name}"`);
    return true;
  } finally {
    await client.end();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readiness(port: number): Promise<{ ready: boolean; reason: string }> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/health/ready`, { signal: AbortSignal.timeout(1500) });
    const body = (await response.json()) as { database?: string; redis?: string };
    return { ready: response.ok, reason: `database ${body.database ?? '?'}, Redis ${body.redis ?? '?'}` };
  } catch {
    return { ready: false, reason: 'not answering' };
  }
}

async function waitReady(port: number, timeoutMs = 90_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if ((await readiness(port)).ready) return;
    await sleep(250);
  }
  throw new Error(`The instance on port ${port} did not become ready within ${timeoutMs / 1000} s`);
}

/** Brings the whole topology up; resolves when the edge answers. */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const log = options.log ?? ((line: string) => console.log(line));
  const missing = await clusterMissing(options);
  if (missing.length > 0) throw new Error(missing.join('\n'));

  if (!buildIsCurrent()) {
    log('Building the site (changed sources)…');
    const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    if (build.status !== 0) throw new Error('The build failed');
    recordBuild();
  }

  const created = await ensureDatabase(options.databaseUrl);
  const applied = await applyMigrations(databaseTarget(options.databaseUrl));
  if (created || applied.length > 0) log(`Database ${new URL(options.databaseUrl).pathname.slice(1)}: ${created ? 'created, ' : ''}${applied.length} migration(s) applied`);

  fs.mkdirSync(options.runDir, { recursive: true });
  const edgeOrigin = `http://localhost:${options.edgePort}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: options.databaseUrl,
    REDIS_URL: options.redisUrl,
    SITE_URL: process.env.CLUSTER_SITE_URL ?? edgeOrigin,
    TRUSTED_PROXIES: '127.0.0.1,::1',
    EDGE_PURGE_URLS: `http://127.0.0.1:${options.purgePort}/purge`,
    DATELINE_COMPRESS: 'off',
    MEDIA_DIR: process.env.MEDIA_DIR ?? path.join(options.runDir, 'media'),
    DEMO_ACCOUNTS_FILE: path.join(options.runDir, 'demo-accounts.txt'),
    ...options.env,
  };

  const seed = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'prisma/seed/index.ts'], { stdio: 'pipe', env, encoding: 'utf8' });
  if (seed.status !== 0) throw new Error(`Seeding failed:\n${seed.stderr}`);
  if (/Demo newsroom accounts/.test(seed.stdout)) log(seed.stdout.slice(seed.stdout.indexOf('Demo newsroom accounts')).trim());

  const spawnInstance = (index: number): Instance => {
    const port = options.appPortBase + index;
    const child = spawn(process.execPath, [path.join(root, 'server.mjs'), '--port', String(port), '--hostname', '127.0.0.1'], {
      env: { ...env, DATELINE_INSTANCE: String(index + 1) },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    return { index, port, process: child, ready: false };
  };
  const instances = Array.from({ length: options.instances }, (_, i) => spawnInstance(i));
  await Promise.all(instances.map((instance) => waitReady(instance.port)));
  instances.forEach((instance) => (instance.ready = true));

  const upstreams = () => {
    // Never take every instance out: when none is ready (the database is down), all of them still serve what
    // they have cached.
    const anyReady = instances.some((i) => i.ready);
    return instances.map((i) => ({ port: i.port, down: anyReady && !i.ready }));
  };
  writeEdgeConfig({ runDir: path.join(options.runDir, 'edge'), edgePort: options.edgePort, purgePort: options.purgePort, upstreams: upstreams() });
  const edge = startEdge(path.join(options.runDir, 'edge'));
  for (let i = 0; i < 120; i++) {
    if ((await fetch(`http://127.0.0.1:${options.edgePort}/robots.txt`).catch(() => null))?.ok) break;
    await sleep(250);
  }

  // The edge routes around an instance whose readiness check fails (and back when it passes).
  let stopping = false;
  const watcher = setInterval(async () => {
    if (stopping) return;
    let changed = false;
    for (const instance of instances) {
      const { ready, reason } = await readiness(instance.port);
      if (ready !== instance.ready) {
        instance.ready = ready;
        changed = true;
        log(`Instance ${instance.index + 1} (port ${instance.port}) ${ready ? 'is ready again: back behind the edge' : `is not ready (${reason}): the edge routes around it`}`);
      }
    }
    if (changed && !stopping) reloadEdge(path.join(options.runDir, 'edge'), upstreams());
  }, 1000);
  watcher.unref();

  const cluster: Cluster = {
    options,
    edgeOrigin,
    instances,
    kill(index) {
      instances[index]?.process.kill('SIGKILL');
    },
    async restart(index) {
      const fresh = spawnInstance(index);
      instances[index] = fresh;
      await waitReady(fresh.port);
    },
    async stop() {
      stopping = true;
      clearInterval(watcher);
      const exited = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
      edge.kill('SIGQUIT');
      for (const instance of instances) instance.process.kill('SIGTERM');
      await Promise.race([Promise.all([exited(edge), ...instances.map((i) => exited(i.process))]), sleep(15_000)]);
    },
  };
  return cluster;
}
