import { cacheCore } from '@/lib/cache/handlers/core.mjs';
import { databaseReachable } from '@/lib/db/availability';

export type Readiness = { ready: boolean; database: 'up' | 'down'; redis: 'up' | 'down' | 'off' };

const CHECK_TIMEOUT_MS = 1000;

const withinTimeout = <T>(work: Promise<T>) =>
  Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS).unref())]);

/**
 * Whether this instance can do its whole job: the database answers, and Redis does when REDIS_URL is set. An
 * instance that is not ready still serves what it has cached; the edge and load balancers send new work elsewhere.
 */
export async function checkReadiness(): Promise<Readiness> {
  const [database, redis] = await Promise.all([
    databaseReachable(CHECK_TIMEOUT_MS).then((up) => (up ? ('up' as const) : ('down' as const))),
    withinTimeout(cacheCore().redisStatus()).catch(() => 'down' as const),
  ]);
  return { ready: database === 'up' && redis !== 'down', database, redis };
}
