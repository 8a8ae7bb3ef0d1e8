import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCacheCore } from '@/lib/cache/handlers/core.mjs';

// The shared cache core as two app instances see it, against a real Redis of this test's own (so it can stop it):
// invalidations and entries cross between them; with Redis stopped, each keeps answering within milliseconds from
// its own short-lived memory, says so once, and catches up when Redis returns.

const PORT = 6392 + Math.floor(Math.random() * 500);
let redis: ChildProcess | null = null;

async function startRedis() {
  redis = spawn('redis-server', ['--port', String(PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  await new Promise((resolve) => setTimeout(resolve, 300));
}
async function stopRedis() {
  const child = redis;
  redis = null;
  if (!child) return;
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGKILL');
  });
}

const env = { REDIS_URL: `redis://127.0.0.1:${PORT}`, CACHE_REDIS_PREFIX: `it-${PORT}:`, CACHE_FALLBACK_TTL_MS: '1500' };
let a: ReturnType<typeof createCacheCore>;
let b: ReturnType<typeof createCacheCore>;
const until = async (check: () => boolean | Promise<boolean>, ms: number) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return false;
};

beforeAll(async () => {
  await startRedis();
  a = createCacheCore(env);
  b = createCacheCore(env);
  expect(await until(() => a.healthy && b.healthy, 5000)).toBe(true);
});
afterAll(async () => {
  a?.close();
  b?.close();
  await stopRedis();
});

describe('the shared cache core', () => {
  it('carries an invalidation from one instance to the other within milliseconds', async () => {
    const before = Date.now() - 1;
    const sent = Date.now();
    await a.expireTags(['article:harbour-wall']);
    expect(a.tagsExpired(['article:harbour-wall'], before)).toBe(true);
    expect(await until(() => b.tagsExpired(['article:harbour-wall'], before), 1000)).toBe(true);
    expect(Date.now() - sent).toBeLessThan(1000);
  });

  it('counts a render begun after another instance’s change, but before hearing of it, as out of date', async () => {
    await a.expireTags(['section:sport']);
    const changed = Date.now();
    // This instance is busy rendering: the news of the change waits behind the render that began meanwhile.
    const renderBegan = changed + 5;
    while (Date.now() < changed + 30);
    expect(await until(() => b.tagsExpired(['section:sport'], changed - 1), 1000)).toBe(true);
    expect(b.tagsExpired(['section:sport'], renderBegan)).toBe(true);
    // Where the change was made, the same render was known to come after it; and a render after the news is fresh.
    expect(a.tagsExpired(['section:sport'], renderBegan)).toBe(false);
    expect(b.tagsExpired(['section:sport'], Date.now() + 1, Date.now() + 2)).toBe(false);
  });

  it('serves on one instance what the other stored', async () => {
    await a.redisSet('r', '/news/one', Buffer.from('page bytes'), 60);
    expect((await b.redisGet('r', '/news/one'))?.toString()).toBe('page bytes');
  });

  it('keeps answering within milliseconds while Redis is stopped, says so once, and catches up when it returns', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    a.memorySet('r', '/news/held', { html: 'held' }, 100);
    await stopRedis();
    expect(await until(() => !a.healthy && !b.healthy, 3000)).toBe(true);

    const started = Date.now();
    expect(await a.redisGet('r', '/news/one')).toBeNull();
    expect(Date.now() - started).toBeLessThan(200);
    // What it held when Redis went is served for the fallback time only: staleness stays bounded.
    expect(a.memoryGet('r', '/news/held')).toEqual({ html: 'held' });
    await new Promise((resolve) => setTimeout(resolve, 1600));
    expect(a.memoryGet('r', '/news/held')).toBeUndefined();

    // An invalidation made meanwhile counts here at once, and reaches the other instance when Redis returns.
    const before = Date.now() - 1;
    await a.expireTags(['section:news']);
    expect(a.tagsExpired(['section:news'], before)).toBe(true);
    expect(b.tagsExpired(['section:news'], before)).toBe(false);
    const downWarnings = warn.mock.calls.filter(([line]) => String(line).includes('unavailable'));
    expect(downWarnings.length).toBeLessThanOrEqual(2); // one per instance, not one per request

    await startRedis();
    expect(await until(() => a.healthy && b.healthy, 8000)).toBe(true);
    expect(await until(() => b.tagsExpired(['section:news'], before), 3000)).toBe(true);
    expect(warn.mock.calls.some(([line]) => String(line).includes('is back'))).toBe(true);
    warn.mockRestore();
  });
});

// Every reader page shows the day's date (its header), and carries the `site-day` tag for it.
describe('the site’s day in the cache', () => {
  const LONDON_MIDNIGHT = Date.parse('2019-07-22T23:00:00Z');

  it('counts everything tagged with the day as out of date from midnight in the site’s zone, on every instance, with no message', () => {
    const instances = [createCacheCore({ SITE_TIME_ZONE: 'Europe/London' }), createCacheCore({ SITE_TIME_ZONE: 'Europe/London' })];
    const madeAt = LONDON_MIDNIGHT - 60_000;
    for (const core of instances) {
      expect(core.tagsExpired(['site-day', 'article:harbour-wall'], madeAt, LONDON_MIDNIGHT - 1)).toBe(false);
      expect(core.tagsExpired(['site-day', 'article:harbour-wall'], madeAt, LONDON_MIDNIGHT)).toBe(true);
      // Made after midnight: good for the rest of the day; and untagged entries never turn over.
      expect(core.tagsExpired(['site-day'], LONDON_MIDNIGHT + 1, LONDON_MIDNIGHT + 86_399_000)).toBe(false);
      expect(core.tagsExpired(['article:harbour-wall'], madeAt, LONDON_MIDNIGHT + 3_600_000)).toBe(false);
      core.close();
    }
    // The site's own zone, not the machine's: midnight in New York comes five hours later.
    const newYork = createCacheCore({ SITE_TIME_ZONE: 'America/New_York' });
    expect(newYork.tagsExpired(['site-day'], madeAt, LONDON_MIDNIGHT + 5 * 3_600_000 - 1)).toBe(false);
    expect(newYork.tagsExpired(['site-day'], madeAt, LONDON_MIDNIGHT + 5 * 3_600_000)).toBe(true);
    newYork.close();
  });

  it('asks the edge to drop every page at the turnover, and not before', async () => {
    const purges: number[] = [];
    const edge = http.createServer((request, response) => {
      purges.push(Date.now());
      response.end('1');
    });
    await new Promise<void>((resolve) => edge.listen(0, '127.0.0.1', resolve));
    const { port } = edge.address() as { port: number };
    // The clock is fake (timers and Date); the purge is a real request, given real time to arrive.
    const settle = async () => {
      const end = performance.now() + 200;
      while (performance.now() < end) await new Promise((resolve) => setImmediate(resolve));
    };
    vi.useFakeTimers({ now: LONDON_MIDNIGHT - 90_000, toFake: ['setTimeout', 'Date'] });
    const core = createCacheCore({ SITE_TIME_ZONE: 'Europe/London', EDGE_PURGE_URLS: `http://127.0.0.1:${port}/purge` });
    try {
      await vi.advanceTimersByTimeAsync(89_990);
      await settle();
      expect(purges).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(30);
      await settle();
      expect(purges).toHaveLength(1);
      // Once a day: the rest of the night is quiet.
      await vi.advanceTimersByTimeAsync(3_600_000);
      await settle();
      expect(purges).toHaveLength(1);
    } finally {
      vi.useRealTimers();
      core.close();
      edge.close();
    }
  });
});
