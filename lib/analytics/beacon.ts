// Deciding whether a view beacon (POST /api/views from the reader's browser, or the no-script pixel) counts.
// Privacy: no cookie is read or set, and neither the address nor the browser string is stored. The address is
// only used, as a keyed hash kept for at most an hour (in memory, or in Redis with several instances), to rate-limit
// one client (an IPv6 client by its /64).
import { createHmac } from 'node:crypto';
import Redis from 'ioredis';
import { isbot } from 'isbot';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { visibleToReaders } from '@/lib/articles/visibility';
import { authSecret } from '@/lib/auth/secret';
import { db } from '@/lib/db/client';
import { clientKey, requestMeta } from '@/lib/http/request-meta';
import { recordView } from './views';

export const INVALID_VIEW = 'Expected { "articleId": "<the id of a story>" }.';
export const NOT_A_STORY = 'No story readers can see has that id.';

export const viewSchema = z.object({
  articleId: z.string({ message: INVALID_VIEW }).trim().regex(/^[A-Za-z0-9_-]{1,64}$/, INVALID_VIEW),
});

/** What became of a beacon: counted, ignored on purpose (a bot, a prefetch), or refused. */
export type ViewOutcome =
  | { kind: 'counted' }
  | { kind: 'ignored'; reason: 'bot' | 'prefetch' | 'cross-site' }
  | { kind: 'invalid'; message: string }
  | { kind: 'not-found'; message: string }
  | { kind: 'limited'; retryAfterSeconds: number };

/** A crawler, a monitoring script, a headless browser, or a client that does not say what it is. */
export function isAutomated(headers: Headers): boolean {
  const userAgent = headers.get('user-agent');
  return !userAgent || isbot(userAgent);
}

/** A speculative load (link prefetch, prerender): nobody has read anything yet. */
export function isPrefetch(headers: Headers): boolean {
  const purpose = ['sec-purpose', 'purpose', 'x-purpose', 'x-moz'].map((name) => headers.get(name) ?? '').join(' ').toLowerCase();
  return /prefetch|prerender|preview/.test(purpose) || headers.has('next-router-prefetch');
}

// Per address: a reader opens a few stories a minute, not sixty; and reloading one story counts ten times an hour
// at most, so one person cannot push a story up the list.
const PER_ADDRESS = { points: 60, windowMs: 60_000 };
const PER_ADDRESS_AND_STORY = { points: 10, windowMs: 3_600_000 };
// Memory stays bounded whatever the traffic: the least recently seen clients are forgotten first (a forgotten
// client starts a fresh window, which errs towards counting a view, never towards refusing one).
const MAX_CLIENTS = 50_000;
const REDIS_TIMEOUT_MS = 100;

type Limit = { points: number; windowMs: number };
type Window = { used: number; endsAt: number };
type Limits = { address: LRUCache<string, Window>; story: LRUCache<string, Window>; redis: Redis | null };
// The windows are counted in Redis with REDIS_URL (one count for every instance; keys expire with their window), or
// in this process's memory; when Redis does not answer, in memory until it does (a client then gets at most one
// allowance per instance, which still stops one client from moving a story up).
const limits = ((globalThis as unknown as { datelineViewLimits?: Limits }).datelineViewLimits ??= {
  address: new LRUCache<string, Window>({ max: MAX_CLIENTS }),
  story: new LRUCache<string, Window>({ max: MAX_CLIENTS }),
  redis: process.env.REDIS_URL ? quietRedis(process.env.REDIS_URL) : null,
});

function quietRedis(url: string): Redis {
  const client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 0, commandTimeout: REDIS_TIMEOUT_MS, retryStrategy: (n) => Math.min(100 * 2 ** n, 2000) });
  // The cache core already says when Redis goes and comes back; one line per failed view would be noise.
  client.on('error', () => {});
  return client;
}

// A keyed hash of the client's address (an IPv6 client by its /64): the same on every instance of the site (the key
// derives from its secret), never the address itself, and kept no longer than its window.
const addressHash = (ip: string | null) =>
  createHmac('sha256', authSecret()).update(`views:${ip ? clientKey(ip) : 'unknown'}`).digest('base64url').slice(0, 22);

/** Takes one from `key`'s allowance in a fixed window in memory; the milliseconds until it refills, or 0 when allowed. */
function takeInMemory(cache: LRUCache<string, Window>, key: string, { points, windowMs }: Limit, now: number): number {
  const current = cache.get(key);
  const window = current && current.endsAt > now ? current : { used: 0, endsAt: now + windowMs };
  if (window.used >= points) return window.endsAt - now;
  window.used++;
  cache.set(key, window);
  return 0;
}

/** The same in Redis: INCR, a window set on the first use (PEXPIRE NX), and its time left, in one round trip. */
async function takeInRedis(redis: Redis, key: string, { points, windowMs }: Limit): Promise<number> {
  const results = await redis.multi().incr(key).pexpire(key, windowMs, 'NX').pttl(key).exec();
  const used = Number(results?.[0]?.[1] ?? 0);
  const left = Number(results?.[2]?.[1] ?? windowMs);
  return used > points ? Math.max(left, 1) : 0;
}

async function take(space: 'address' | 'story', key: string, limit: Limit, now: number): Promise<number> {
  if (limits.redis?.status === 'ready') {
    try {
      return await takeInRedis(limits.redis, `dateline:views:${space}:${key}`, limit);
    } catch {
      // Not answering: count in memory meanwhile.
    }
  }
  return takeInMemory(limits[space], key, limit, now);
}

/** Seconds to wait when the client is over a limit, or 0 when this view may count. */
async function overLimit(ip: string | null, articleId: string, now: number): Promise<number> {
  const client = addressHash(ip);
  const wait = (await take('address', client, PER_ADDRESS, now)) || (await take('story', `${client}:${articleId}`, PER_ADDRESS_AND_STORY, now));
  return wait > 0 ? Math.max(1, Math.ceil(wait / 1000)) : 0;
}

// Whether a story is visible, remembered for a minute: a busy story costs one query a minute, not one a view. An
// unknown id is remembered too, and the cache is bounded, so made-up ids cost one primary-key lookup each at most
// (and every client is held to the per-address limit before any lookup).
const LIVE_TTL_MS = 60_000;
const liveStories = new LRUCache<string, boolean>({ max: 10_000, ttl: LIVE_TTL_MS });

async function isLiveStory(articleId: string, now: Date): Promise<boolean> {
  const known = liveStories.get(articleId);
  if (known !== undefined) return known;
  const live = (await db.article.count({ where: { AND: [{ id: articleId }, visibleToReaders(now)] } })) > 0;
  liveStories.set(articleId, live);
  return live;
}

/** Forgets what isLiveStory remembered (tests publish and unpublish within the minute). */
export const forgetLiveStories = () => liveStories.clear();

/**
 * Counts one view of a story when the request comes from a reader's browser on this site, for a story readers can
 * see, within the rate limits. Checks run cheapest first, so bots and floods cost no database query.
 */
export async function countView(headers: Headers, raw: unknown, now = new Date()): Promise<ViewOutcome> {
  const parsed = viewSchema.safeParse(raw);
  if (!parsed.success) return { kind: 'invalid', message: INVALID_VIEW };
  if (isAutomated(headers)) return { kind: 'ignored', reason: 'bot' };
  if (isPrefetch(headers)) return { kind: 'ignored', reason: 'prefetch' };
  // Another site embedding our beacon must not inflate the counts with its own visitors.
  if (headers.get('sec-fetch-site') === 'cross-site') return { kind: 'ignored', reason: 'cross-site' };
  const { articleId } = parsed.data;
  const wait = await overLimit(requestMeta(headers).ip, articleId, now.getTime());
  if (wait > 0) return { kind: 'limited', retryAfterSeconds: wait };
  if (!(await isLiveStory(articleId, now))) return { kind: 'not-found', message: NOT_A_STORY };
  recordView(articleId, now);
  return { kind: 'counted' };
}
