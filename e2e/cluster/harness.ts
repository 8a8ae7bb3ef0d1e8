import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { type Cluster, startCluster } from '../../scripts/cluster/start';

// The cluster suite's topology: two instances on a PostgreSQL database of this run, a Redis server of their own (so a
// test can stop it), and the nginx edge. scripts/test-cluster.ts creates the database and sets the environment.

// A browser asks again, once, when a GET meets a kept-alive connection that the server closed under it; Node's fetch
// does not. The edge closes its idle connections whenever nginx reloads, which follows every purge (its static tier
// gets a new folder: deploy/nginx/tier-rotate), so the tests' own reads do what a browser does.
const fetchOnce = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  try {
    return await fetchOnce(input, init);
  } catch (error) {
    const method = (init?.method ?? 'GET').toUpperCase();
    const closed = /other side closed|ECONNRESET/.test(String((error as Error).cause ?? ''));
    if (closed && (method === 'GET' || method === 'HEAD')) return fetchOnce(input, init);
    throw error;
  }
};

export const EDGE_PORT = Number(process.env.CLUSTER_E2E_EDGE_PORT ?? 8180);
export const REDIS_PORT = Number(process.env.CLUSTER_E2E_REDIS_PORT ?? 6391);
export const APP_PORT_BASE = Number(process.env.CLUSTER_E2E_APP_PORT ?? 3301);
export const EDGE = `http://127.0.0.1:${EDGE_PORT}`;
const root = path.resolve(import.meta.dirname, '../..');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A Redis server of the suite's own, in the foreground, keeping nothing on disk. */
export class PrivateRedis {
  private child: ChildProcess | null = null;

  async start(): Promise<void> {
    this.child = spawn('redis-server', ['--port', String(REDIS_PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      if (await this.answers()) return;
      await sleep(50);
    }
    throw new Error(`redis-server did not start on ${REDIS_PORT}`);
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }

  private async answers(): Promise<boolean> {
    const { default: Redis } = await import('ioredis');
    const client = new Redis(REDIS_PORT, '127.0.0.1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => {});
    try {
      await client.connect();
      return (await client.ping()) === 'PONG';
    } catch {
      return false;
    } finally {
      client.disconnect();
    }
  }
}

export async function startTestCluster(): Promise<Cluster> {
  return startCluster({
    instances: 2,
    databaseUrl: process.env.DATABASE_URL!,
    redisUrl: `redis://127.0.0.1:${REDIS_PORT}`,
    edgePort: EDGE_PORT,
    purgePort: EDGE_PORT + 1,
    appPortBase: APP_PORT_BASE,
    runDir: path.join(root, 'data/cluster-e2e'),
    env: { SITE_URL: EDGE, MEDIA_DIR: process.env.MEDIA_DIR!, DEMO_ACCOUNTS_FILE: path.join(root, 'data/cluster-e2e/demo-accounts.txt') },
    log: () => {},
  });
}

/** Every place a reader can be served from: each instance directly, and the edge. */
export const origins = (cluster: Cluster) => [...cluster.instances.map((i) => `http://127.0.0.1:${i.port}`), EDGE];

/**
 * For each origin, the milliseconds after `since` at which the first request that saw `check` hold was *started*
 * (checking every 50 ms, for at most 10 s; Infinity if never). A request started 0.2 s after the action that took
 * 0.9 s to answer on a busy machine counts as 0.2 s: the site's delay, not the machine's.
 */
export async function delaysUntilSeen(since: number, addresses: string[], check: (status: number, html: string) => boolean): Promise<number[]> {
  return Promise.all(
    addresses.map(async (address) => {
      while (Date.now() - since < 10_000) {
        const started = Date.now();
        try {
          const response = await fetch(address, { redirect: 'manual', headers: { 'Accept-Encoding': 'gzip' } });
          if (check(response.status, await response.text())) return started - since;
        } catch {
          // an instance restarting: try again
        }
        await sleep(50);
      }
      return Number.POSITIVE_INFINITY;
    }),
  );
}
