import Redis from 'ioredis';
import { RateLimiterPrisma, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { db } from '@/lib/db/client';

/** Ghost's rule: 5 failed sign-ins for one account, or from one address, within 15 minutes lock that key out. */
export const SIGN_IN_MAX_FAILURES = 5;
export const SIGN_IN_WINDOW_SECONDS = 15 * 60;

let limiter: RateLimiterAbstract | undefined;

// Failure counts live in the database (or Redis when REDIS_URL is set, for several app instances), so a restart
// does not reset a lock-out.
function failures(): RateLimiterAbstract {
  if (limiter) return limiter;
  const options = { keyPrefix: 'sign-in', points: SIGN_IN_MAX_FAILURES, duration: SIGN_IN_WINDOW_SECONDS };
  limiter = process.env.REDIS_URL
    ? new RateLimiterRedis({ ...options, storeClient: new Redis(process.env.REDIS_URL, { enableOfflineQueue: false }) })
    : new RateLimiterPrisma({ ...options, storeClient: db, tableName: 'rateLimiterFlexible', clearExpiredByTimeout: false });
  return limiter;
}

export const signInKeys = (email: string, ip: string | null) => [
  `account:${email.trim().toLowerCase()}`,
  ...(ip ? [`address:${ip}`] : []),
];

/** Milliseconds until sign-in is allowed again for any of these keys, or 0 when it is allowed now. */
export async function signInLockedFor(keys: string[]): Promise<number> {
  let wait = 0;
  for (const key of keys) {
    const state = await failures().get(key);
    if (state && state.consumedPoints >= SIGN_IN_MAX_FAILURES) wait = Math.max(wait, state.msBeforeNext);
  }
  return wait;
}

export async function recordSignInFailure(keys: string[]): Promise<void> {
  for (const key of keys) await failures().penalty(key, 1);
}

/** A successful sign-in clears the account's count (not the address's: one good password must not unlock guessing). */
export async function clearAccountFailures(email: string): Promise<void> {
  await failures().delete(signInKeys(email, null)[0]!);
}

export function lockoutMessage(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}
