import Redis from 'ioredis';
import { RateLimiterPrisma, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { db } from '@/lib/db/client';
import { clientKey } from '@/lib/http/request-meta';

/** Ghost's rule: 5 failed sign-ins for one account, or from one address, within 15 minutes lock that key out. */
export const SIGN_IN_MAX_FAILURES = 5;
export const SIGN_IN_WINDOW_SECONDS = 15 * 60;

const limiters = new Map<string, RateLimiterAbstract>();

// Attempt counts live in the database, or with REDIS_URL in Redis (shared by every app instance, one write per
// attempt), so a restart does not reset a lock-out. When Redis does not answer within REDIS_TIMEOUT_MS, the database
// store takes over (rate-limiter-flexible's insurance limiter): the limit holds (never open), and editors are not
// locked out by an outage. Expired rows are removed by the database store itself every five minutes.
const REDIS_TIMEOUT_MS = 200;

/** A limiter of `points` per `duration` seconds for keys under `keyPrefix`, in the store described above. */
export function limiterFor(keyPrefix: string, points: number, duration: number): RateLimiterAbstract {
  const known = limiters.get(keyPrefix);
  if (known) return known;
  const options = { keyPrefix, points, duration };
  const database = new RateLimiterPrisma({ ...options, storeClient: db, tableName: 'rateLimiterFlexible', clearExpiredByTimeout: true });
  const limiter = process.env.REDIS_URL ? new RateLimiterRedis({ ...options, storeClient: sharedRedis(process.env.REDIS_URL), insuranceLimiter: database }) : database;
  limiters.set(keyPrefix, limiter);
  return limiter;
}

const attempts = () => limiterFor('sign-in', SIGN_IN_MAX_FAILURES, SIGN_IN_WINDOW_SECONDS);

/** Takes one from `key`'s allowance of `points` per `duration` seconds; false when none is left. */
export async function withinLimit(keyPrefix: string, points: number, duration: number, key: string): Promise<boolean> {
  try {
    await limiterFor(keyPrefix, points, duration).consume(key, 1);
    return true;
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) return false;
    throw refusal;
  }
}

let redis: Redis | undefined;

/** One Redis connection for every limiter of this process. */
function sharedRedis(url: string): Redis {
  if (redis) return redis;
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: REDIS_TIMEOUT_MS,
    retryStrategy: (attempt) => Math.min(100 * 2 ** attempt, 2000),
  });
  let warned = false;
  client.on('error', (error) => {
    if (!warned) console.warn(`[dateline] sign-in and reset limits: Redis unavailable (${error.message}); counting in the database until it returns`);
    warned = true;
  });
  client.on('ready', () => {
    if (warned) console.warn('[dateline] sign-in and reset limits: Redis is back');
    warned = false;
  });
  redis = client;
  return client;
}

export type SignInKeys = { account: string | null; address: string | null };

/**
 * What an attempt counts against: the account, when one has that email (an unknown email leaves no row behind,
 * however many are tried), and the client's address (an IPv6 client by its /64).
 */
export async function signInKeys(email: string, ip: string | null): Promise<SignInKeys> {
  const normalised = email.trim().toLowerCase();
  const user = normalised ? await db.user.findUnique({ where: { email: normalised }, select: { id: true } }) : null;
  return { account: user ? `account:${user.id}` : null, address: ip ? `address:${clientKey(ip)}` : null };
}

const present = (keys: SignInKeys) => [keys.account, keys.address].filter((k): k is string => k !== null);

/**
 * Takes one attempt from the allowance of every key, before the password is checked, and returns 0 — or the
 * milliseconds to wait when a key has none left (then the password must not be checked). Counting before checking
 * is what makes the limit hold under parallel attempts: each increment is one atomic database (or Redis) write, so
 * of 30 simultaneous wrong passwords for one account at most five reach the password check.
 */
export async function takeSignInAttempt(keys: SignInKeys): Promise<number> {
  let wait = 0;
  for (const key of present(keys)) {
    try {
      await attempts().consume(key, 1);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      wait = Math.max(wait, refusal.msBeforeNext, 1000);
    }
  }
  return wait;
}

/**
 * A successful sign-in: the account's count starts again, and the address gets back the attempt it used (but keeps
 * its earlier failures: one good password must not unlock guessing at other accounts).
 */
export async function signInSucceeded(keys: SignInKeys): Promise<void> {
  if (keys.account) await attempts().delete(keys.account);
  if (keys.address) await attempts().reward(keys.address, 1);
}

export function lockoutMessage(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}
