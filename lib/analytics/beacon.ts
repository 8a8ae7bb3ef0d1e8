// Deciding whether a view beacon (POST /api/views from the reader's browser, or the no-script pixel) counts.
// Privacy: no cookie is read or set, and neither the address nor the browser string is stored. The address is
// only used, as a keyed hash that lives in this process's memory for at most an hour, to rate-limit one client
// (an IPv6 client by its /64).
import { createHmac, randomBytes } from 'node:crypto';
import { isbot } from 'isbot';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { visibleToReaders } from '@/lib/articles/visibility';
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

type Window = { used: number; endsAt: number };
type Limits = { address: LRUCache<string, Window>; story: LRUCache<string, Window>; key: Buffer };
// Per process (the view counts themselves are shared through the database): with N instances behind an edge cache a
// client's allowance is at most N times these figures, which still stops one client from moving a story up.
const limits = ((globalThis as unknown as { datelineViewLimits?: Limits }).datelineViewLimits ??= {
  address: new LRUCache<string, Window>({ max: MAX_CLIENTS }),
  story: new LRUCache<string, Window>({ max: MAX_CLIENTS }),
  // A random key of this process: the hashes cannot be matched against a list of addresses, here or elsewhere.
  key: randomBytes(32),
});

const addressHash = (ip: string | null) => createHmac('sha256', limits.key).update(ip ? clientKey(ip) : 'unknown').digest('base64url').slice(0, 22);

/** Takes one from `key`'s allowance in a fixed window; returns the milliseconds until it refills, or 0 when allowed. */
function take(cache: LRUCache<string, Window>, key: string, { points, windowMs }: { points: number; windowMs: number }, now: number): number {
  const current = cache.get(key);
  const window = current && current.endsAt > now ? current : { used: 0, endsAt: now + windowMs };
  if (window.used >= points) return window.endsAt - now;
  window.used++;
  cache.set(key, window);
  return 0;
}

/** Seconds to wait when the client is over a limit, or 0 when this view may count. */
function overLimit(ip: string | null, articleId: string, now: number): number {
  const client = addressHash(ip);
  const wait = take(limits.address, client, PER_ADDRESS, now) || take(limits.story, `${client}:${articleId}`, PER_ADDRESS_AND_STORY, now);
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
  const wait = overLimit(requestMeta(headers).ip, articleId, now.getTime());
  if (wait > 0) return { kind: 'limited', retryAfterSeconds: wait };
  if (!(await isLiveStory(articleId, now))) return { kind: 'not-found', message: NOT_A_STORY };
  recordView(articleId, now);
  return { kind: 'counted' };
}
